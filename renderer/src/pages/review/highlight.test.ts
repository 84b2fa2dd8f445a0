import { describe, expect, it } from 'vitest';
import { markRanges, markSegments } from './highlight';

const marked = (text: string, needles: string[]) => markSegments(text, needles).filter((s) => s.marked).map((s) => s.text);

describe('marking evidence in the project text', () => {
  it('marks every occurrence of each fragment, merging overlaps', () => {
    const text = '建设企业信用信息归集系统，实现企业信用信息共享。';
    expect(marked(text, ['企业信用信息'])).toEqual(['企业信用信息', '企业信用信息']);
    expect(marked(text, ['信用信息归集', '归集系统'])).toEqual(['信用信息归集系统']);
    expect(markSegments(text, ['归集系统']).map((s) => s.text).join('')).toBe(text);
  });

  it('ignores width, case, spaces and punctuation, and maps back to the original characters', () => {
    const text = '对接 ＡＰＩ 网关，统一身份认证（SSO）。';
    expect(marked(text, ['api网关'])).toEqual(['ＡＰＩ 网关']);
    expect(marked(text, ['统一身份认证 sso'])).toEqual(['统一身份认证（SSO']);
    // A sentence quoted without its final full stop still marks the text it came from.
    expect(marked('一、建设数据中台。二、建设门户。', ['建设数据中台'])).toEqual(['建设数据中台']);
  });

  it('skips single characters unless they are the whole text, and empty needles', () => {
    expect(markRanges('建设信用平台', ['信', '', '  '])).toEqual([]);
    expect(markRanges('男', ['男'])).toEqual([[0, 1]]);
    expect(markRanges('', ['信用'])).toEqual([]);
  });

  it('keeps characters outside the basic plane whole', () => {
    const text = '𠀋𠀋信用𠀋';
    expect(marked(text, ['𠀋信用'])).toEqual(['𠀋信用']);
  });
});
