import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page, TableQueryInput } from '../../../shared/model/table-query';

export const PAGE_SIZE = 100;

export interface ServerQuery {
  sort: { id: string; desc: boolean }[];
  filters: Record<string, string>;
  search: string;
}

/**
 * Rows fetched from a server-side query page by page as the virtual window needs them.
 * A query change drops the cache; answers to an older query are ignored (generation counter).
 */
export function useServerRows<T>(fetchPage: (q: TableQueryInput) => Promise<Page<T>>, query: ServerQuery, reloadKey: unknown) {
  const [total, setTotal] = useState<number | null>(null);
  const [pages, setPages] = useState<Map<number, T[]>>(new Map());
  const [error, setError] = useState<unknown>(null);
  const inflight = useRef(new Set<number>());
  const generation = useRef(0);
  const queryKey = JSON.stringify(query);

  const load = useCallback(
    (pageIndex: number) => {
      if (inflight.current.has(pageIndex)) return;
      inflight.current.add(pageIndex);
      const gen = generation.current;
      fetchPage({ ...query, offset: pageIndex * PAGE_SIZE, limit: PAGE_SIZE })
        .then((page) => {
          if (gen !== generation.current) return;
          setTotal(page.total);
          setPages((prev) => new Map(prev).set(pageIndex, page.rows));
          setError(null);
        })
        .catch((err: unknown) => gen === generation.current && setError(err))
        .finally(() => gen === generation.current && inflight.current.delete(pageIndex));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fetchPage, queryKey],
  );

  useEffect(() => {
    generation.current++;
    inflight.current = new Set();
    setPages(new Map());
    setTotal(null);
    load(0);
  }, [load, reloadKey]);

  /** Make sure the pages covering rows [start, end] are loaded or loading. */
  const ensure = useCallback(
    (start: number, end: number) => {
      for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(end / PAGE_SIZE); p++) if (!pages.has(p)) load(p);
    },
    [pages, load],
  );

  const rowAt = (index: number): T | undefined => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  return { total, rowAt, ensure, error };
}
