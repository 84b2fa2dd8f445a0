import { useEffect, useMemo, useState } from 'react';
import { draftKey, type EntryDraft } from './entry-draft';

/**
 * Unsaved input is kept in this window's storage, so a reload or a wrong click loses nothing.
 * Each form stores `{base, draft}`: `base` is the record's `updatedAt` when editing (null for a
 * new one), so a draft typed against an older version of the record is not offered back.
 */
export interface Stored<D = EntryDraft> {
  base: string | null;
  draft: D;
}

/** One key per form kind, user and record (`new` for a new one). */
export function storageKey(userId: string, recordId: string | null, kind = 'entryDraft') {
  return `tongchou.${kind}.${userId}.${recordId ?? 'new'}`;
}

/**
 * The draft stored under `key` for this `base`, through `revive` (which checks its shape and
 * gives list rows fresh React keys), or null.
 */
export function restoreDraft<D>(key: string, base: string | null, revive: (draft: D) => D | null): D | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const stored = JSON.parse(raw) as Stored<D>;
    if (stored.base !== base || !stored.draft) return null;
    return revive(stored.draft);
  } catch {
    return null;
  }
}

/** The resource form's stored draft, its rows given fresh React keys. */
export function reviveEntry(d: EntryDraft): EntryDraft | null {
  return Array.isArray(d.items) ? { ...d, items: d.items.map((i) => ({ ...i, key: draftKey() })), extra: (d.extra ?? []).map((e) => ({ ...e, key: draftKey() })) } : null;
}

/** Drops the stored draft (saved, or given up). */
export function forgetDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* storage disabled: nothing to forget */
  }
}

/**
 * Keeps `draft` in storage ~300 ms after the last change; while the form says what it said when
 * it opened (`pristine`), nothing is stored.
 */
export function useDraftStorage<D>(key: string, base: string | null, draft: D, pristine: boolean): void {
  useEffect(() => {
    const timer = setTimeout(() => {
      try {
        if (pristine) localStorage.removeItem(key);
        else localStorage.setItem(key, JSON.stringify({ base, draft } satisfies Stored<D>));
      } catch {
        /* storage full or disabled: the form still works */
      }
    }, 300);
    return () => clearTimeout(timer);
  }, [key, base, draft, pristine]);
}

/**
 * A form's state, kept in storage until saved: what was stored for this record comes back
 * (`restored` until the user closes the notice or discards it); `pristine` says what the form
 * holds when nothing was typed (the contract input as JSON), so an untouched form stores nothing.
 */
export function useStoredDraft<D>(key: string, base: string | null, initial: D, revive: (draft: D) => D | null, pristine: (draft: D) => string) {
  const [stored] = useState(() => restoreDraft(key, base, revive));
  const [draft, setDraft] = useState<D>(() => stored ?? initial);
  const [restored, setRestored] = useState(stored !== null);
  const untouched = useMemo(() => pristine(initial), [initial]); // eslint-disable-line react-hooks/exhaustive-deps
  useDraftStorage(key, base, draft, pristine(draft) === untouched);
  return {
    draft,
    setDraft,
    restored,
    closeNotice: () => setRestored(false),
    /** Back to the record as saved (or an empty form). */
    discard: () => {
      setDraft(initial);
      setRestored(false);
    },
    forget: () => forgetDraft(key),
  };
}
