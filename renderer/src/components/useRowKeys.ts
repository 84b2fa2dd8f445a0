import { useEffect, useState, type KeyboardEvent, type RefObject } from 'react';

/**
 * Keyboard use of the virtual table: one row is in the tab order (roving tabindex); arrows,
 * Page Up/Down, Home/End move it, scrolling the row into view; Enter opens it.
 */
export function useRowKeys(
  count: number,
  rowHeight: number,
  scrollRef: RefObject<HTMLDivElement | null>,
  scrollToIndex: (index: number) => void,
  open: (index: number) => void,
) {
  const [active, setActive] = useState(0);
  const [focusWanted, setFocusWanted] = useState(false);
  useEffect(() => {
    if (active >= count && count > 0) setActive(count - 1);
  }, [active, count]);
  useEffect(() => {
    if (!focusWanted) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      setFocusWanted(false);
    }
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (count === 0) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -Infinity, End: Infinity };
    if (e.key === 'Enter') {
      e.preventDefault();
      open(active);
      return;
    }
    const delta = moves[e.key];
    if (delta === undefined) return;
    e.preventDefault();
    const next = Math.min(count - 1, Math.max(0, active + delta));
    setActive(next);
    scrollToIndex(next);
    setFocusWanted(true);
  };
  return { active, setActive, onKeyDown };
}
