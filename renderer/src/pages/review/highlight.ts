/**
 * Marking evidence in a text: where does each quoted fragment occur? The engine quotes the project
 * as it normalised it, so the search ignores width (全角/半角), case, spaces and punctuation and
 * maps what it finds back to the original characters.
 */

export interface Segment {
  text: string;
  marked: boolean;
}

/** Characters the comparison skips: spaces, punctuation and symbols (，。、“” · - …). */
const SKIP = /[\s\p{P}\p{S}]/u;

interface Folded {
  /** The folded text, and for each of its UTF-16 units the original [start, end) it came from. */
  text: string;
  start: number[];
  end: number[];
}

function fold(text: string): Folded {
  let out = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of text) {
    const next = i + ch.length;
    for (const c of ch.normalize('NFKC').toLowerCase()) {
      if (SKIP.test(c)) continue;
      out += c;
      for (let k = 0; k < c.length; k++) {
        start.push(i);
        end.push(next);
      }
    }
    i = next;
  }
  return { text: out, start, end };
}

/**
 * The [start, end) ranges of `text` where any of `needles` occurs (every occurrence), merged and
 * sorted. A needle of a single character marks only a text that is exactly that character: one
 * character alone would light up half a page.
 */
export function markRanges(text: string, needles: readonly string[]): [number, number][] {
  if (!text || needles.length === 0) return [];
  const hay = fold(text);
  const ranges: [number, number][] = [];
  for (const needle of new Set(needles)) {
    const n = fold(needle).text;
    if (!n || (n.length < 2 && n !== hay.text)) continue;
    for (let at = hay.text.indexOf(n); at >= 0; at = hay.text.indexOf(n, at + 1)) {
      ranges.push([hay.start[at]!, hay.end[at + n.length - 1]!]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The text cut into plain and marked pieces, in order (adjacent pieces never share a state). */
export function markSegments(text: string, needles: readonly string[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of markRanges(text, needles)) {
    if (s > at) out.push({ text: text.slice(at, s), marked: false });
    out.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
