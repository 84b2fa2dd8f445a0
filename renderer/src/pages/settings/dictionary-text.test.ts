import { describe, expect, it } from 'vitest';
import { formatNames, fromDrafts, matchesSearch, parseNames, toDrafts } from './dictionary-text';

describe('dictionary text', () => {
  it('splits names at 、 and ，, trimming and dropping blanks and repeats', () => {
    expect(parseNames('手机号码、 联系电话，电话号码,,、 ')).toEqual(['手机号码', '联系电话', '电话号码']);
    expect(parseNames('a；b;a\nc')).toEqual(['a', 'b', 'c']);
    expect(parseNames('   ')).toEqual([]);
  });

  it('joins names with 、 and round-trips', () => {
    expect(formatNames(['姓名', '名字'])).toBe('姓名、名字');
    expect(parseNames(formatNames(['姓名', '名字']))).toEqual(['姓名', '名字']);
    expect(formatNames([])).toBe('');
  });

  it('converts a dictionary to drafts and back', () => {
    const d = {
      elements: [
        { name: '身份证号', kind: 'identifier' as const, synonyms: ['公民身份号码'] },
        { name: '性别', kind: 'dependent' as const, synonyms: [], requires: '身份证号', ownerHint: '公安' },
        { name: '备注', kind: 'generic' as const, synonyms: [] },
      ],
      nonSynonyms: [['联系电话', '手机号码']] as [string, string][],
    };
    const { elements, pairs } = toDrafts(d);
    expect(elements[0]!.synonyms).toBe('公民身份号码');
    expect(fromDrafts(elements, pairs)).toEqual(d);
  });

  it('drops 依附 from rows that are not dependent', () => {
    const { elements } = toDrafts({ elements: [{ name: 'x', kind: 'dependent', synonyms: [], requires: 'y' }], nonSynonyms: [] });
    const out = fromDrafts([{ ...elements[0]!, kind: 'generic' }], []);
    expect(out.elements[0]).toEqual({ name: 'x', kind: 'generic', synonyms: [] });
  });

  it('filters by name, synonyms or 依附', () => {
    const row = { key: 1, name: '手机号码', kind: 'registry' as const, synonyms: '移动电话、Mobile', requires: '' };
    expect(matchesSearch(row, '')).toBe(true);
    expect(matchesSearch(row, '移动')).toBe(true);
    expect(matchesSearch(row, 'mobile')).toBe(true);
    expect(matchesSearch(row, '地址')).toBe(false);
  });
});
