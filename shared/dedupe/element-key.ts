/**
 * Element keys: a data-item name reduced to what identifies the element, so spelling variants of one
 * element meet. Normalised (NFKC, no punctuation), 证书 → 证, interchangeable morphemes rewritten to
 * one form (类别 → 类型), and a trailing identifier word (编号, 号码, 代码, 号 …) replaced by '#':
 * 食品经营许可证编号 and 食品经营许可证号 both become 食品经营许可证#.
 */
import type { CompiledConfig } from './config';
import { ngrams, normalizeText } from './text';

export class ElementKeys {
  private memo = new Map<string, string>();
  constructor(private readonly cfg: CompiledConfig) {}
  key(name: string): string {
    let k = this.memo.get(name);
    if (k !== undefined) return k;
    k = normalizeText(name).replace(/证书/gu, '证');
    for (const [re, to] of this.cfg.morphemes) k = k.replace(re, to);
    if (this.cfg.idSuffix.test(k)) k = k.replace(this.cfg.idSuffix, '') + '#';
    if (this.memo.size < 500_000) this.memo.set(name, k);
    return k;
  }
  /** Does the (normalised) name end in an identifier word? */
  idLike(normalised: string): boolean {
    return this.cfg.idSuffix.test(normalised);
  }
}

/** Is `short` a subsequence of `long` (characters in order, gaps allowed)? 信用代码 ⊂ 统一社会信用代码. */
export function isSubsequence(short: string, long: string): boolean {
  const s = [...short];
  let i = 0;
  for (const c of long) if (i < s.length && c === s[i]) i++;
  return i === s.length;
}

/** Character-bigram Dice coefficient of two strings. */
export function bigramDice(a: string, b: string): number {
  const A = new Set(ngrams(a, 2));
  const B = new Set(ngrams(b, 2));
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const x of A) if (B.has(x)) n++;
  return (2 * n) / (A.size + B.size);
}
