import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../../shared/api/errors';
import type { ResourceInput } from '../../../../shared/directory/resource';
import { api } from '../../api/client';
import { localCheck, sameAt } from './entry-check';
import type { Issue } from './entry-draft';

export const CHECK_DELAY_MS = 400;

/**
 * Live validation as the user types, ~400 ms after the last keystroke: an incomplete entry is
 * checked here (schema and the guide's rules); a complete one goes to `directory.check`, which
 * adds what only the database knows (near-duplicate names, unknown classifications or codes).
 * Answers to an older entry are dropped.
 */
export function useEntryCheck(id: string | null, input: ResourceInput): { issues: Issue[]; checking: boolean } {
  const [result, setResult] = useState<{ issues: Issue[]; input: ResourceInput | null }>({ issues: [], input: null });
  const setIssues = (list: Issue[]) => setResult({ issues: list, input });
  const [checking, setChecking] = useState(false);
  const generation = useRef(0);
  const key = JSON.stringify(input);
  useEffect(() => {
    const gen = ++generation.current;
    setChecking(true);
    const timer = setTimeout(() => {
      const local = localCheck(input);
      if (!local.complete) {
        setIssues(local.issues);
        setChecking(false);
        return;
      }
      api.call('directory.check', { id, input }).then(
        (r) => {
          if (gen !== generation.current) return;
          setIssues(r.issues);
          setChecking(false);
        },
        (err: unknown) => {
          if (gen !== generation.current) return;
          setIssues(err instanceof ApiError && err.code === 'VALIDATION' ? err.fields.map((f) => ({ path: f.path, key: f.key })) : []);
          setChecking(false);
        },
      );
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, key]);
  // While a new check is pending, a field changed since the last one no longer shows its old problem.
  const issues = result.input === null ? [] : result.issues.filter((i) => sameAt(result.input, input, i.path.replace(/^input\./, '')));
  return { issues, checking };
}
