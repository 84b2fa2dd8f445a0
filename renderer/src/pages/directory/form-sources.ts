import { useEffect, useState } from 'react';
import type { Result } from '../../../../shared/api/contract';
import type { Classification } from '../../../../shared/directory/catalog-models';
import { api } from '../../api/client';

/** The pick lists a form with a classification and a department needs; an empty list where one fails to load. */
export interface FormLists {
  classifications: Classification[];
  departments: Result<'departments.options'>;
}

/**
 * What a form page loads before its form opens: the record being edited (null for a new one)
 * and the pick lists. `id` changing loads again; an answer for an older id is dropped.
 */
export function useFormSources<R>(id: string | null, get: (id: string) => Promise<R>): { loaded: (FormLists & { record: R | null }) | null; error: unknown } {
  const [loaded, setLoaded] = useState<(FormLists & { record: R | null }) | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    setLoaded(null);
    setError(null);
    Promise.all([
      id ? get(id) : Promise.resolve(null),
      api.call('classifications.list', {}).catch(() => [] as Classification[]),
      api.call('departments.options', {}).catch(() => [] as Result<'departments.options'>),
    ]).then(
      ([record, classifications, departments]) => live && setLoaded({ record, classifications, departments }),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  return { loaded, error };
}
