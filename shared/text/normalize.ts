/**
 * Chinese text normalisation shared by the directory (duplicate names, search) and, later, the
 * duplicate-construction engine: full-width → half-width (NFKC), lower case, no whitespace or
 * punctuation.
 */
const PUNCTUATION = /[\s\p{P}\p{S}]+/gu;

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(PUNCTUATION, '');
}

/**
 * The key two catalog names share when a reviewer would call them the same entry: normalised,
 * and without a trailing number of the kind Excel's drag-fill appends (企业登记信息1, 企业登记信息2).
 */
export function nameKey(name: string): string {
  return normalizeText(name).replace(/\d+$/, '');
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * Search tokens: each run of CJK characters as overlapping character bigrams (a lone character
 * stays a unigram), each run of latin letters or digits as one word. sql.js has FTS4 without a
 * Chinese tokenizer, so the index stores these tokens separated by spaces.
 */
export function searchTokens(text: string): string[] {
  const out: string[] = [];
  const norm = text.normalize('NFKC').toLowerCase();
  let run = '';
  let word = '';
  const flushRun = () => {
    const chars = [...run];
    if (chars.length === 1) out.push(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    run = '';
  };
  const flushWord = () => {
    if (word) out.push(word);
    word = '';
  };
  for (const ch of norm) {
    if (CJK.test(ch)) {
      flushWord();
      run += ch;
    } else if (/[a-z0-9]/.test(ch)) {
      flushRun();
      word += ch;
    } else {
      flushRun();
      flushWord();
    }
  }
  flushRun();
  flushWord();
  return out;
}
