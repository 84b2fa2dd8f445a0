import { describe, expect, it } from 'vitest';
import { compileConfig } from './config';
import { ElementKeys, isSubsequence } from './element-key';
import { Idf, combineVecs, containment, cosine, makeVec, ngrams, normalizeText, sentences } from './text';

describe('text normalisation and n-grams', () => {
  it('folds full-width to half-width, lower-cases and drops punctuation and spaces', () => {
    expect(normalizeText('ＡＢＣ１２３，身份证 号（码）')).toBe('abc123身份证号码');
    expect(normalizeText('“一网通办”平台2.0')).toBe('一网通办平台20');
  });
  it('makes character bigrams; a single character is its own gram', () => {
    expect(ngrams('网格巡查')).toEqual(['网格', '格巡', '巡查']);
    expect(ngrams('网')).toEqual(['网']);
    expect(ngrams('')).toEqual([]);
  });
  it('splits 建设内容 into sentences', () => {
    expect(sentences('建设平台。新增预警；接入视频！')).toEqual(['建设平台', '新增预警', '接入视频']);
  });
  it('gives grams in every document no weight (平台, 系统 …) and rare grams a lot', () => {
    const idf = new Idf();
    idf.add(['平台', '视频']);
    idf.add(['平台', '网格']);
    idf.add(['平台', '网格']);
    expect(idf.idf('平台')).toBe(0);
    expect(idf.idf('视频')).toBeGreaterThan(idf.idf('网格'));
    const v = idf.vec(['平台', '视频', '视频']);
    expect([...v.ids]).toEqual([idf.vocab.id('视频')]);
    idf.remove(['平台', '视频']);
    expect(idf.size).toBe(2);
  });
  it('cosine is symmetric, containment is not', () => {
    const a = makeVec(new Map([[3, 1], [1, 1]]));
    const b = makeVec(new Map([[3, 1]]));
    expect([...a.ids]).toEqual([1, 3]);
    expect(cosine(a, b)).toBeCloseTo(cosine(b, a));
    expect(containment(b, a)).toBe(1);
    expect(containment(a, b)).toBe(0.5);
    expect([...combineVecs([a, b], 'sum').w]).toEqual([1, 2]);
    expect([...combineVecs([a, b], 'max').w]).toEqual([1, 1]);
  });
});

describe('element keys', () => {
  const keys = new ElementKeys(compileConfig());
  it('reads spelling variants of an identifier as one element', () => {
    expect(keys.key('不动产单元编号')).toBe(keys.key('不动产单元号'));
    expect(keys.key('不动产单元代码')).toBe('不动产单元#');
  });
  it('unifies interchangeable morphemes and 证书/证', () => {
    expect(keys.key('证件类别')).toBe(keys.key('证件类型'));
    expect(keys.key('职业资格证书编号')).toBe(keys.key('职业资格证编号'));
  });
  it('sees inserted qualifiers as a subsequence', () => {
    expect(isSubsequence('信用代码', '统一社会信用代码')).toBe(true);
    expect(isSubsequence('代码信用', '统一社会信用代码')).toBe(false);
  });
});
