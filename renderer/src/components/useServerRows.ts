import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page, TableQueryInput } from '../../../shared/model/table-query';

export const PAGE_SIZE = 100;
/** How long the visible window must stay put before its missing pages are fetched. */
const SETTLE_MS = 60;

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
  const wanted = useRef<{ start: number; end: number } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pagesRef = useRef(pages);
  pagesRef.current = pages;
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
    clearTimeout(timer.current);
    wanted.current = null;
    setPages(new Map());
    setTotal(null);
    load(0);
  }, [load, reloadKey]);
  useEffect(() => () => clearTimeout(timer.current), []);

  /**
   * Make sure the pages covering rows [start, end] are loaded or loading. While the user drags
   * the scrollbar through 100,000 rows the window moves faster than pages load: only the window
   * where scrolling settles is fetched, so the service never works through a backlog of pages
   * nobody looks at any more.
   */
  const ensure = useCallback(
    (start: number, end: number) => {
      const missing = (a: number, b: number) => {
        const out: number[] = [];
        for (let p = Math.floor(a / PAGE_SIZE); p <= Math.floor(b / PAGE_SIZE); p++) if (!pagesRef.current.has(p)) out.push(p);
        return out;
      };
      if (missing(start, end).length === 0) return;
      wanted.current = { start, end };
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const w = wanted.current;
        if (w) for (const p of missing(w.start, w.end)) load(p);
      }, SETTLE_MS);
    },
    [load],
  );

  const rowAt = (index: number): T | undefined => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  return { total, rowAt, ensure, error };
}
