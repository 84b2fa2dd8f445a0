import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../shared/review/report';
import { consequences, displayOrder, groupFindings, needlesFor, nextUndecided, percent } from './findings';

const finding = (id: string, over: Partial<Finding>): Finding => ({
  id,
  kind: 'project',
  label: 'duplicate',
  score: 0.9,
  otherProject: null,
  dataItem: '',
  resource: null,
  evidence: [],
  decision: null,
  reason: '',
  decidedBy: null,
  decidedAt: null,
  carried: false,
  ...over,
});

const project = (code: string) => ({ id: `id-${code}`, code, name: `项目${code}`, departmentName: '中山市公安局', status: 'operating' as const, year: 2025 });
const resource = (code: string) => ({ id: `r-${code}`, code, name: `资源${code}`, providerName: '中山市公安局', item: '公民身份号码' });

describe('the report page’s reading of findings', () => {
  const findings = [
    finding('u', { label: 'upgrade', otherProject: project('XM-4') }),
    finding('o', { label: 'overlap', otherProject: project('XM-3') }),
    finding('r', { kind: 'recollection', label: 'recollection', dataItem: '身份证号', resource: resource('101/000001'), decision: 'confirmed' }),
    finding('d', { otherProject: project('XM-1') }),
  ];

  it('groups duplicates first, then re-collection, overlap and upgrade; ↑/↓ follow that order', () => {
    expect(groupFindings(findings).map((g) => g.label)).toEqual(['duplicate', 'recollection', 'overlap', 'upgrade']);
    expect(displayOrder(findings).map((f) => f.id)).toEqual(['d', 'r', 'o', 'u']);
  });

  it('moves on to the next undecided finding, wrapping, and from nowhere starts at the top', () => {
    expect(nextUndecided(findings, null)?.id).toBe('d');
    expect(nextUndecided(findings, 'd')?.id).toBe('o');
    expect(nextUndecided(findings, 'u')?.id).toBe('d');
    expect(nextUndecided(findings.map((f) => ({ ...f, decision: 'dismissed' as const })), 'd')).toBeNull();
  });

  it('marks each kind of evidence in its part of the project, not weak evidence; a re-collection marks its own item', () => {
    const f = finding('x', {
      dataItem: '身份证号',
      evidence: [
        { kind: 'name', left: '信用平台', right: '信用系统', score: 0.8 },
        { kind: 'sentence', left: '建设统一门户', right: '建设数据中台', score: 0.1 },
        { kind: 'sentence', left: '归集企业信用信息', right: '汇聚企业信用信息', score: 0.7 },
        { kind: 'function', left: '信用查询', right: '信用查询', score: 1 },
        { kind: 'system', left: '信用平台', right: '信用系统', score: 0.6 },
        { kind: 'item', left: '公民身份号码', right: '公民身份号码', score: 1 },
        { kind: 'feature', left: 'cosName', right: '0.8', score: 0.4 },
      ],
    });
    expect(needlesFor(f)).toEqual({ name: ['信用平台'], content: ['归集企业信用信息'], systems: ['信用平台'], functions: ['信用查询'], items: ['公民身份号码', '身份证号'] });
    expect(needlesFor(null).content).toEqual([]);
  });

  it('lists what a return appends, in the report’s order as the service does: resources of held re-collections, projects of held duplicates (not upgrades)', () => {
    const held = [
      ...findings.map((f) => ({ ...f, decision: f.decision ?? ('partial' as const) })),
      finding('r2', { kind: 'recollection', label: 'recollection', resource: resource('101/000001'), decision: 'confirmed' }),
      finding('x', { otherProject: project('XM-9'), decision: 'dismissed' }),
    ];
    expect(consequences(held)).toEqual({ consume: ['101/000001 资源101/000001'], duplicates: ['XM-3 项目XM-3', 'XM-1 项目XM-1'] });
  });

  it('shows scores as whole percentages', () => {
    expect([percent(0.934), percent(1), percent(0), percent(1.2)]).toEqual(['93%', '100%', '0%', '100%']);
  });
});
