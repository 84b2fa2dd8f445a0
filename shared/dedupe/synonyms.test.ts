import { describe, expect, it } from 'vitest';
import { compileConfig, DEFAULT_CONFIG } from './config';
import { createEngine } from './engine';
import { DEFAULT_MODEL } from './model-defaults';
import { SynonymMatcher } from './synonyms';

const engine = (config = {}) => createEngine({ projects: [], resources: [], config });

describe('data-item synonyms', () => {
  it('matches dictionary synonyms of the citizen ID number', () => {
    const e = engine();
    expect(e.itemsMatch('身份证号', '公民身份号码')).toBe(true);
    expect(e.itemsMatch('身份证号码', '居民身份证号码')).toBe(true);
    expect(e.itemMatch('社会保障号码', '公民身份号码').by).toBe('dictionary');
    expect(e.itemsMatch('企业名称', '市场主体名称')).toBe(true);
  });
  it('matches spelling variants by the fitted rules', () => {
    const m = engine().itemMatch('燃气经营许可证号', '燃气经营许可证编号');
    expect(m).toMatchObject({ by: 'rules', same: true });
  });
  it('keeps look-alike elements apart: the configured non-synonyms and two different dictionary elements', () => {
    const e = engine();
    expect(e.itemMatch('联系电话', '手机号码')).toMatchObject({ by: 'nonSynonym', same: false });
    expect(e.itemsMatch('社会保障号码', '社会保障卡号')).toBe(false);
    expect(e.itemsMatch('纳税人识别号', '统一社会信用代码')).toBe(false);
    expect(e.itemsMatch('学籍号', '公民身份号码')).toBe(false);
    expect(e.itemsMatch('不动产单元号', '不动产权证书号')).toBe(false);
    expect(e.itemsMatch('排污许可证编号', '排水许可证编号')).toBe(false);
  });
  it('联系电话 / 手机号码 is a bureau judgement: configuration can merge them', () => {
    const elements = DEFAULT_CONFIG.elements.filter((x) => x.name !== '手机号码' && x.name !== '联系电话');
    const merged = engine({
      elements: [...elements, { name: '联系电话', kind: 'generic' as const, synonyms: ['手机号码', '手机号', '电话号码'] }],
      nonSynonyms: DEFAULT_CONFIG.nonSynonyms.filter(([a, b]) => !(a === '联系电话' && b === '手机号码')),
    });
    expect(merged.itemsMatch('联系电话', '手机号码')).toBe(true);
    expect(merged.canonicalItem('手机号')).toBe('联系电话');
  });
  it('two names listed in one record are different elements (co-occurrence veto)', () => {
    const s = new SynonymMatcher(compileConfig(), DEFAULT_MODEL.synonyms);
    s.setRecord('r:1', [
      { name: '申请人证件号码', type: 'string', length: 18 },
      { name: '代理人证件号码', type: 'string', length: 18 },
    ]);
    expect(s.match('申请人证件号码', '代理人证件号码').by).toBe('cooccur');
    s.removeRecord('r:1');
    expect(s.match('申请人证件号码', '代理人证件号码').by).not.toBe('cooccur');
  });
  it('gives the 多头采集 list one key per element', () => {
    const e = engine();
    expect(e.canonicalItem('身份证号')).toBe('公民身份号码');
    expect(e.canonicalItem('社会信用代码')).toBe('统一社会信用代码');
    expect(e.canonicalItem('食品经营许可证号')).toBe(e.canonicalItem('食品经营许可证编号'));
    expect(e.canonicalItem('联系电话')).not.toBe(e.canonicalItem('手机号码'));
  });
});
