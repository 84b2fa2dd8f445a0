import { describe, expect, it } from 'vitest';
import type { ResourceRow } from '../../../../shared/directory/resource';
import { projectInputSchema, type ProjectView } from '../../../../shared/project/project';
import { emptyItem } from '../directory/entry-draft';
import {
  consumeFromRow,
  emptyProjectForm,
  emptySystem,
  formFromView,
  formToInput,
  isShown,
  newDraftPromise,
  promiseFromRow,
  reviveForm,
  stablePath,
  type ProjectFormState,
} from './project-form';

const row = (over: Partial<ResourceRow>): ResourceRow => ({
  id: 'r1',
  code: '101/000001',
  name: '户籍人口信息',
  classCode: '101',
  className: '人口',
  providerDeptId: 'dept-gaj',
  providerName: '中山市公安局',
  providerCode: 'ZS006',
  summary: '',
  format: 'database',
  shareType: 'conditional',
  shareMethod: 'api',
  openType: 'closed',
  updateCycle: 'daily',
  status: 'published',
  publishedAt: null,
  updatedAt: '2026-01-01T00:00:00Z',
  ...over,
});

function filled(): ProjectFormState {
  const f = emptyProjectForm('dept-scj', 2026);
  const draft = newDraftPromise();
  draft.draft = { ...draft.draft!, name: '市场主体信用信息', classCode: '102', summary: '信用平台归集的市场主体信用记录' };
  return {
    ...f,
    name: '中山市公共信用信息平台升级改造项目',
    budget: '368.5',
    content: '升级信用信息归集、公示和联合奖惩功能，对接省平台。',
    systems: [{ ...emptySystem(), name: '信用信息平台', functions: ['信用归集', '信用公示'], pending: ' 联合奖惩 ' }],
    dataItems: [{ ...emptyItem(), name: '统一社会信用代码', length: '18' }],
    consumes: [{ ...consumeFromRow(row({})), purpose: '核验法定代表人身份' }],
    provides: [promiseFromRow(row({ id: 'r2', code: '102/000003', name: '企业登记信息', providerDeptId: 'dept-scj', shareType: 'unconditional' })), draft],
  };
}

describe('the declaration form state', () => {
  it('starts with the department and this year, nothing else chosen', () => {
    const f = emptyProjectForm('dept-scj', 2026);
    expect(f).toMatchObject({ departmentId: 'dept-scj', year: '2026', budget: '', type: 'new', fundingSource: 'fiscal', systems: [], provides: [] });
  });

  it('becomes the contract input the service accepts', () => {
    const input = formToInput(filled());
    expect(projectInputSchema.safeParse(input).success).toBe(true);
    expect(input.budget).toBe(368.5);
    expect(input.year).toBe(2026);
    // A function still in the chip input counts, trimmed.
    expect(input.systems[0]!.functions).toEqual(['信用归集', '信用公示', '联合奖惩']);
    expect(input.dataItems[0]).toEqual({ name: '统一社会信用代码', dataType: 'string', length: 18, description: '', elementId: null });
    expect(input.consumes).toEqual([{ resourceId: 'r1', purpose: '核验法定代表人身份' }]);
    expect(input.provides[0]).toEqual({ resourceId: 'r2', shareType: 'unconditional', draft: null });
    expect(input.provides[1]).toMatchObject({ resourceId: null, shareType: 'unconditional', draft: { name: '市场主体信用信息', shareMethod: 'api' } });
  });

  it('sends an empty budget or year as NaN (the check calls it 必填), never 0', () => {
    const input = formToInput({ ...filled(), budget: ' ', year: '' });
    expect(input.budget).toBeNaN();
    expect(input.year).toBeNaN();
    expect(formToInput({ ...filled(), budget: '0' }).budget).toBe(0);
  });

  it('sends no share method for a draft promised as 不予共享, or one left undecided', () => {
    const f = filled();
    const none = { ...f, provides: [{ ...f.provides[1]!, shareType: 'none' as const }] };
    expect(formToInput(none).provides[0]!.draft!.shareMethod).toBeNull();
    const undecided = { ...f, provides: [{ ...f.provides[1]!, draft: { ...f.provides[1]!.draft!, shareMethod: '' as const } }] };
    expect(formToInput(undecided).provides[0]!.draft!.shareMethod).toBeNull();
  });

  it('comes back from a saved project for editing; promises are resources by then', () => {
    const view = {
      id: 'p1',
      code: 'XM2026-0001',
      name: '中山市公共信用信息平台升级改造项目',
      departmentId: 'dept-scj',
      departmentName: '中山市市场监督管理局',
      type: 'upgrade',
      year: 2026,
      budget: 368.5,
      fundingSource: 'special',
      status: 'draft',
      submittedAt: null,
      updatedAt: '2026-03-01T00:00:00Z',
      content: '升级信用信息归集、公示和联合奖惩功能。',
      systems: [{ id: 's1', name: '信用信息平台', functions: ['信用归集'] }],
      dataItems: [{ id: 'i1', position: 0, name: '统一社会信用代码', dataType: 'string', length: 18, description: '', elementId: 'e1', elementName: '统一社会信用代码' }],
      consumes: [{ resourceId: 'r1', code: '101/000001', name: '户籍人口信息', providerName: '中山市公安局', status: 'published', shareType: 'conditional', purpose: '核验' }],
      provides: [{ id: 'x1', resourceId: 'r9', code: '102/000009', name: '市场主体信用信息', providerName: '中山市市场监督管理局', status: 'draft', shareType: 'unconditional', promisedShareType: 'conditional', exception: null }],
      attachments: [],
      history: [],
      gate: null,
      can: ['edit'],
      filingThreshold: 100,
    } satisfies ProjectView;
    const f = formFromView(view);
    expect(f).toMatchObject({ name: view.name, type: 'upgrade', year: '2026', budget: '368.5', fundingSource: 'special' });
    expect(f.dataItems[0]).toMatchObject({ name: '统一社会信用代码', length: '18', elementId: 'e1', elementName: '统一社会信用代码' });
    expect(f.consumes[0]).toMatchObject({ resourceId: 'r1', code: '101/000001', providerName: '中山市公安局', purpose: '核验' });
    expect(f.provides[0]).toMatchObject({ resourceId: 'r9', shareType: 'conditional', currentShareType: 'unconditional', draft: null });
    const input = formToInput(f);
    expect(input.provides).toEqual([{ resourceId: 'r9', shareType: 'conditional', draft: null }]);
    expect(input.systems).toEqual([{ name: '信用信息平台', functions: ['信用归集'] }]);
    expect(projectInputSchema.safeParse(input).success).toBe(true);
  });

  it('picks a resource as promised the way it is shared now', () => {
    expect(promiseFromRow(row({ shareType: 'none' }))).toMatchObject({ resourceId: 'r1', shareType: 'none', currentShareType: 'none', draft: null });
    expect(consumeFromRow(row({}))).toMatchObject({ resourceId: 'r1', name: '户籍人口信息', providerName: '中山市公安局', purpose: '' });
  });

  it('revives a stored draft with fresh row keys, and refuses anything else', () => {
    const f = filled();
    const back = reviveForm(JSON.parse(JSON.stringify(f)) as ProjectFormState)!;
    expect(formToInput(back)).toEqual(formToInput(f));
    expect(back.systems[0]!.key).not.toBe(f.systems[0]!.key);
    expect(reviveForm({ name: 'x' } as unknown as ProjectFormState)).toBeNull();
  });
});

describe('when a problem shows', () => {
  it('names touched fields by row key, so removing a row does not move them', () => {
    const f = filled();
    const key = f.provides[1]!.key;
    expect(stablePath(f, 'provides.1.draft.name')).toBe(`provides.${key}.draft.name`);
    expect(stablePath(f, 'budget')).toBe('budget');
    expect(stablePath(f, 'provides.7.draft.name')).toBe('provides.7.draft.name');
    const touched = new Set([`provides.${key}.draft.name`]);
    expect(isShown(f, 'provides.1.draft.name', touched, false)).toBe(true);
    const after = { ...f, provides: [f.provides[1]!] };
    expect(isShown(after, 'provides.0.draft.name', touched, false)).toBe(true);
    expect(isShown(after, 'provides.0.draft.summary', touched, false)).toBe(false);
  });

  it('shows a row’s own problem once anything in it was touched, and a picked row entirely', () => {
    const f = filled();
    const k = f.consumes[0]!.key;
    expect(isShown(f, 'consumes.0', new Set([`consumes.${k}.purpose`]), false)).toBe(true);
    expect(isShown(f, 'consumes.0.resourceId', new Set([`consumes.${k}`]), false)).toBe(true);
    expect(isShown(f, 'consumes.0.resourceId', new Set(), false)).toBe(false);
    expect(isShown(f, 'consumes.0.resourceId', new Set(), true)).toBe(true);
  });

  it('shows only the list’s own problem when a row is added, not the new row’s empty fields', () => {
    const f = filled();
    const touched = new Set(['systems']);
    expect(isShown(f, 'systems', touched, false)).toBe(true);
    expect(isShown(f, 'systems.0.name', touched, false)).toBe(false);
    expect(isShown(f, 'budget', new Set(['budget']), false)).toBe(true);
    expect(isShown(f, 'name', new Set(['budget']), false)).toBe(false);
  });
});
