import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../../shared/api/errors';
import type { ResourceInput } from '../../../../shared/directory/resource';
import { api } from '../../api/client';
import { useSubmit } from '../../components/useSubmit';
import { localCheck, sameAt } from './entry-check';
import type { Issue } from './entry-draft';

export const CHECK_DELAY_MS = 400;

/** A check call's failure as issues: the fields a VALIDATION error names, nothing for any other failure. */
export function issuesOfError(err: unknown): Issue[] {
  return err instanceof ApiError && err.code === 'VALIDATION' ? err.fields.map((f) => ({ path: f.path, key: f.key })) : [];
}

/**
 * Live validation as the user types, ~400 ms after the last keystroke: `check` says what it can
 * from here and asks the service for the rest. Answers to an older input are dropped, and while a
 * new check is pending a field changed since the last one no longer shows its old problem.
 * `scope` (the record's id) restarts the check when the form is for another record.
 */
export function useLiveCheck<I>(input: I, check: (input: I) => Issue[] | Promise<Issue[]>, scope: string | null): { issues: Issue[]; checking: boolean } {
  const [result, setResult] = useState<{ issues: Issue[]; input: I | null }>({ issues: [], input: null });
  const [checking, setChecking] = useState(false);
  const generation = useRef(0);
  const latest = useRef(check);
  latest.current = check;
  const key = JSON.stringify(input);
  useEffect(() => {
    const gen = ++generation.current;
    setChecking(true);
    const timer = setTimeout(() => {
      const done = (issues: Issue[]) => {
        if (gen !== generation.current) return;
        setResult({ issues, input });
        setChecking(false);
      };
      Promise.resolve()
        .then(() => latest.current(input))
        .then(done, (err: unknown) => done(issuesOfError(err)));
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scope, key]);
  const issues = result.input === null ? [] : result.issues.filter((i) => sameAt(result.input, input, i.path.replace(/^input\./, '')));
  return { issues, checking };
}

/**
 * The resource form's live check: an incomplete entry is checked here (schema and the guide's
 * rules); a complete one goes to `directory.check`, which adds what only the database knows
 * (near-duplicate names, unknown classifications or codes).
 */
export function useEntryCheck(id: string | null, input: ResourceInput): { issues: Issue[]; checking: boolean } {
  return useLiveCheck(
    input,
    (entry) => {
      const local = localCheck(entry);
      return local.complete ? api.call('directory.check', { id, input: entry }).then((r) => r.issues) : local.issues;
    },
    id,
  );
}

/**
 * A form's save (see useSubmit) and the service's refusal as issues: the fields a VALIDATION error
 * names, each standing while its field still holds what was sent.
 */
export function useSave<I>(input: I, save: (input: I) => Promise<void>, onError: () => void) {
  const sent = useRef<I | null>(null);
  const { busy, error, submit } = useSubmit(async () => {
    sent.current = input;
    await save(input);
  }, onError);
  const refused = sent.current === null ? [] : issuesOfError(error).filter((i) => sameAt(sent.current, input, i.path.replace(/^input\./, '')));
  return { busy, error, submit, refused };
}
