import { describe, expect, it } from 'vitest';
import { projectInputSchema, type ProjectInput } from '../../../../shared/project/project';
import { schemaCheck } from '../directory/entry-check';
import type { Issue } from '../directory/entry-draft';
import { checkPlan, checkProject, placeIssues } from './project-form-check';
import { emptyProjectForm, formToInput } from './project-form';

function partial(): ProjectInput {
  return {
    ...formToInput(emptyProjectForm('dept-scj', 2026)),
    name: '信用平台',
    systems: [
      { name: '', functions: [] },
      { name: '信用信息平台', functions: ['归集'] },
    ],
    consumes: [
      { resourceId: 'r1', purpose: '' },
      { resourceId: 'r2', purpose: '' },
    ],
  };
}

describe('checking a declaration before it is complete', () => {
  it('reads 必填 for an empty budget and the schema’s own message for a bad one', () => {
    const { complete, issues } = schemaCheck(projectInputSchema, partial());
    expect(complete).toBe(false);
    expect(issues).toContainEqual({ path: 'budget', key: 'field.required' });
    expect(issues).toContainEqual({ path: 'content', key: 'field.required' });
    expect(issues).toContainEqual({ path: 'systems.0.name', key: 'field.required' });
    const negative = schemaCheck(projectInputSchema, { ...partial(), budget: -5 });
    expect(negative.issues).toContainEqual({ path: 'budget', key: 'proj.rule.budgetPositive' });
    const tooShort = schemaCheck(projectInputSchema, { ...partial(), content: '升级平台' });
    expect(tooShort.issues).toContainEqual({ path: 'content', key: 'proj.rule.contentTooShort' });
  });

  it('stands in for the fields that fail and leaves out the rows that fail', () => {
    const input = partial();
    const plan = checkPlan(input, schemaCheck(projectInputSchema, input).issues, 2026)!;
    expect(plan.filled).toEqual(new Set(['budget', 'content']));
    expect(plan.kept.systems).toEqual([1]);
    expect(plan.kept.consumes).toEqual([0, 1]);
    expect(plan.input.name).toBe('信用平台');
    expect(plan.input.systems).toEqual([{ name: '信用信息平台', functions: ['归集'] }]);
    expect(projectInputSchema.safeParse(plan.input).success).toBe(true);
  });

  it('asks nothing of the service when the schema refuses the whole list', () => {
    const input = { ...partial(), systems: Array.from({ length: 51 }, (_, i) => ({ name: `系统${i}号`, functions: [] })) };
    expect(checkPlan(input, [{ path: 'systems', key: 'field.tooLong' }])).toBeNull();
  });

  it('drops what the service says about stand-ins and puts row problems back in place', () => {
    const input = partial();
    const plan = checkPlan(input, schemaCheck(projectInputSchema, input).issues, 2026)!;
    const answer: Issue[] = [
      { path: 'name', key: 'proj.rule.duplicateName', params: { codes: 'XM2026-0001' }, severity: 'warning' },
      { path: 'budget', key: 'proj.rule.budgetTooLarge', severity: 'error' },
      { path: 'systems.0.functions.1', key: 'proj.rule.duplicateFunction', severity: 'error' },
      { path: 'input.consumes.1.resourceId', key: 'proj.rule.consumeOwn', severity: 'error' },
    ];
    expect(placeIssues(answer, plan)).toEqual([
      { path: 'name', key: 'proj.rule.duplicateName', params: { codes: 'XM2026-0001' }, severity: 'warning' },
      { path: 'systems.1.functions.1', key: 'proj.rule.duplicateFunction', severity: 'error' },
      { path: 'consumes.1.resourceId', key: 'proj.rule.consumeOwn', severity: 'error' },
    ]);
  });

  it('gives the schema’s problems and the service’s rules together; without an answer, the schema’s', async () => {
    const input = partial();
    const sent: ProjectInput[] = [];
    const issues = await checkProject(input, async (i) => {
      sent.push(i);
      return [{ path: 'name', key: 'proj.rule.duplicateName', params: { codes: 'XM2026-0001' }, severity: 'warning' }];
    });
    expect(sent).toHaveLength(1);
    expect(issues).toContainEqual({ path: 'budget', key: 'field.required' });
    expect(issues).toContainEqual({ path: 'name', key: 'proj.rule.duplicateName', params: { codes: 'XM2026-0001' }, severity: 'warning' });
    const offline = await checkProject(input, () => Promise.reject(new Error('offline')));
    expect(offline).toEqual(schemaCheck(projectInputSchema, input).issues);
  });

  it('sends a complete declaration as it is', async () => {
    const input = { ...partial(), budget: 12, content: '升级信用信息归集和公示功能。', systems: [{ name: '信用信息平台', functions: [] }] };
    let sent: ProjectInput | null = null;
    await checkProject(input, async (i) => {
      sent = i;
      return [];
    });
    expect(sent).toEqual(input);
  });
});
