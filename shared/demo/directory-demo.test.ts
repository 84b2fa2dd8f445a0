import { describe, expect, it } from 'vitest';
import { resourceInputSchema } from '../directory/resource';
import { validateEntry } from '../directory/validate';
import { METHODS_FOR_FORMAT } from '../directory/vocab';
import { nameKey } from '../text/normalize';
import { DEMO_RESOURCE_COUNT, demoResources } from './directory-demo';
import { demoDepartments } from './zhongshan';

const DEFAULT_CLASSES = new Set(['101', '102', '103', '104', '105', '106', '201', '202', '203', '204', '205', '206', '207', '208', '209', '210']);
const deptClass = new Map(demoDepartments.map((d, i) => [d.code, `3${String(i + 1).padStart(2, '0')}`]));

describe('demoResources', () => {
  const all = demoResources();

  it('gives 60 entries by default, fewer on request, fresh objects each time', () => {
    expect(DEMO_RESOURCE_COUNT).toBe(60);
    expect(all).toHaveLength(60);
    expect(demoResources(5)).toHaveLength(5);
    expect(demoResources(500)).toHaveLength(60);
    const a = demoResources(1)[0]!;
    a.items.pop();
    expect(demoResources(1)[0]!.items.length).toBe(a.items.length + 1);
  });

  it('every entry is valid and passes the guide rules for its provider, a demo department', () => {
    const siblings = new Map<string, Map<string, string>>();
    for (const { providerDeptCode, status, ...entry } of all) {
      expect(deptClass.has(providerDeptCode), providerDeptCode).toBe(true);
      expect(['published', 'draft']).toContain(status);
      const parsed = resourceInputSchema.safeParse({ ...entry, providerDeptId: providerDeptCode });
      expect(parsed.success, `${entry.name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      const keys = siblings.get(providerDeptCode) ?? new Map<string, string>();
      siblings.set(providerDeptCode, keys);
      expect(validateEntry(parsed.data!, { siblingKeys: keys }), entry.name).toEqual([]);
      keys.set(nameKey(entry.name), entry.name);
      // 项-level codes that exist once the defaults are seeded, or the provider's own 部门 项.
      expect(DEFAULT_CLASSES.has(entry.classCode) || entry.classCode === deptClass.get(providerDeptCode), `${entry.name} ${entry.classCode}`).toBe(true);
      if (entry.shareMethod) expect(METHODS_FOR_FORMAT[entry.format]).toContain(entry.shareMethod);
    }
  });

  it('has the walkthrough cases: a 公安局 不予共享 entry with items, a 市场监管局 open entry, conditional ones, two drafts', () => {
    const police = all.find((r) => r.providerDeptCode === 'ZS006' && r.shareType === 'none');
    expect(police?.openType).toBe('closed');
    expect(police?.items.length).toBeGreaterThanOrEqual(5);
    expect(police?.status).toBe('published');
    const market = all.find((r) => r.providerDeptCode === 'ZS024' && r.shareType === 'unconditional' && r.openType === 'open');
    expect(market?.status).toBe('published');
    const conditional = all.filter((r) => r.shareType === 'conditional');
    expect(conditional.length).toBeGreaterThanOrEqual(10);
    for (const r of conditional) expect(r.shareCondition.length).toBeGreaterThan(4);
    expect(all.filter((r) => r.status === 'draft')).toHaveLength(2);
    // The showcase comes first, so a short demo still has it.
    const first = demoResources(4);
    expect(first.some((r) => r.providerDeptCode === 'ZS006' && r.shareType === 'none')).toBe(true);
    expect(first.some((r) => r.providerDeptCode === 'ZS024' && r.openType === 'open')).toBe(true);
    expect(first.some((r) => r.shareType === 'conditional')).toBe(true);
  });

  it('repeats the same data under several departments and names, as real catalogs do', () => {
    const idHolders = new Set(all.filter((r) => r.items.some((i) => /^(公民身份号码|身份证号码?|.*身份证号)$/.test(i.name))).map((r) => r.providerDeptCode));
    expect(idHolders.size).toBeGreaterThanOrEqual(8);
    const variants = new Set(all.flatMap((r) => r.items.map((i) => i.name)).filter((n) => ['公民身份号码', '身份证号', '身份证号码'].includes(n)));
    expect(variants.size).toBe(3);
  });
});
