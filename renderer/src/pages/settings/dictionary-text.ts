/** 审查词典 editing: the 同义名称 cell is one text of names separated by 、 or ，; the API takes arrays. */
import type { Dictionary } from '../../../../shared/review/dictionary';

export type ElementKind = Dictionary['elements'][number]['kind'];

/** One editable element row: synonyms kept as the text being typed; `key` is a stable React key. */
export interface ElementDraft {
  key: number;
  name: string;
  kind: ElementKind;
  synonyms: string;
  requires: string;
  ownerHint?: string;
}

export interface PairDraft {
  key: number;
  a: string;
  b: string;
}

/** Names from the text: split at 、，, ; (full or half width) and line breaks, trimmed, blanks and repeats dropped. */
export function parseNames(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[、，,；;\n\r]+/)) {
    const n = raw.trim();
    if (n && !out.includes(n)) out.push(n);
  }
  return out;
}

/** The text shown for a list of names. */
export function formatNames(names: readonly string[]): string {
  return names.join('、');
}

let nextKey = 1;
export const newKey = () => nextKey++;

export function toDrafts(d: Dictionary): { elements: ElementDraft[]; pairs: PairDraft[] } {
  return {
    elements: d.elements.map((e) => ({
      key: newKey(),
      name: e.name,
      kind: e.kind,
      synonyms: formatNames(e.synonyms),
      requires: e.requires ?? '',
      ...(e.ownerHint !== undefined ? { ownerHint: e.ownerHint } : {}),
    })),
    pairs: d.nonSynonyms.map(([a, b]) => ({ key: newKey(), a, b })),
  };
}

/** What `review.setDictionary` takes; indexes match the drafts, so error paths point back at rows. */
export function fromDrafts(elements: readonly ElementDraft[], pairs: readonly PairDraft[]): Dictionary {
  return {
    elements: elements.map((e) => ({
      name: e.name.trim(),
      kind: e.kind,
      synonyms: parseNames(e.synonyms),
      ...(e.ownerHint ? { ownerHint: e.ownerHint } : {}),
      ...(e.kind === 'dependent' && e.requires.trim() ? { requires: e.requires.trim() } : {}),
    })),
    nonSynonyms: pairs.map((p) => [p.a.trim(), p.b.trim()] as [string, string]),
  };
}

/** Whether a row matches the search text (name, synonyms or 依附). */
export function matchesSearch(e: ElementDraft, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [e.name, e.synonyms, e.requires].some((s) => s.toLowerCase().includes(q));
}
