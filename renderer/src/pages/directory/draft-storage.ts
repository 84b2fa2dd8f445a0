import { draftKey, type EntryDraft } from './entry-draft';

export interface Stored {
  base: string | null;
  draft: EntryDraft;
}

/** Unsaved input is kept in this window's storage, so a reload or a wrong click loses nothing. */
export function storageKey(userId: string, resourceId: string | null) {
  return `tongchou.entryDraft.${userId}.${resourceId ?? 'new'}`;
}

export function restore(key: string, base: string | null): EntryDraft | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const stored = JSON.parse(raw) as Stored;
    if (stored.base !== base || !stored.draft || !Array.isArray(stored.draft.items)) return null;
    const d = stored.draft;
    return { ...d, items: d.items.map((i) => ({ ...i, key: draftKey() })), extra: d.extra.map((e) => ({ ...e, key: draftKey() })) };
  } catch {
    return null;
  }
}

