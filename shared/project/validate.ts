import { nameKey } from '../text/normalize';
import type { ProjectInput } from './project';

/** A problem with a project form: errors block saving, warnings are shown and may be accepted. */
export interface ProjectIssue {
  path: string;
  key: string;
  params?: Record<string, string | number>;
  severity: 'error' | 'warning';
}

export interface ProjectValidationContext {
  /** Other projects with the same name key: their codes (a likely duplicate declaration). */
  sameNameCodes: readonly string[];
}

function duplicates<T>(list: readonly T[], key: (t: T) => string, path: (i: number) => string, msg: string): ProjectIssue[] {
  const seen = new Map<string, number>();
  const out: ProjectIssue[] = [];
  list.forEach((t, i) => {
    const k = key(t);
    if (!k) return;
    const first = seen.get(k);
    if (first !== undefined) out.push({ path: path(i), key: msg, params: { other: first + 1 }, severity: 'error' });
    else seen.set(k, i);
  });
  return out;
}

/** The rules a declaration must meet, applied as it is typed and again by the service. Pure. */
export function validateProject(input: ProjectInput, ctx: ProjectValidationContext): ProjectIssue[] {
  const issues: ProjectIssue[] = [];
  if (ctx.sameNameCodes.length > 0) issues.push({ path: 'name', key: 'proj.rule.duplicateName', params: { codes: ctx.sameNameCodes.slice(0, 3).join('、') }, severity: 'warning' });
  issues.push(...duplicates(input.systems, (s) => nameKey(s.name), (i) => `systems.${i}.name`, 'proj.rule.duplicateSystem'));
  input.systems.forEach((s, i) => issues.push(...duplicates(s.functions, nameKey, (j) => `systems.${i}.functions.${j}`, 'proj.rule.duplicateFunction')));
  issues.push(...duplicates(input.dataItems, (d) => nameKey(d.name), (i) => `dataItems.${i}.name`, 'dir.rule.duplicateItem'));
  input.dataItems.forEach((item, i) => {
    if ((item.dataType === 'string' || item.dataType === 'number') && item.length === null) issues.push({ path: `dataItems.${i}.length`, key: 'dir.rule.lengthRequired', severity: 'error' });
  });
  issues.push(...duplicates(input.consumes, (c) => c.resourceId, (i) => `consumes.${i}.resourceId`, 'proj.rule.duplicateConsume'));
  issues.push(...duplicates(input.provides, (p) => p.resourceId ?? '', (i) => `provides.${i}.resourceId`, 'proj.rule.duplicateProvide'));
  input.provides.forEach((p, i) => {
    if (p.resourceId === null && p.draft === null) issues.push({ path: `provides.${i}`, key: 'proj.rule.provideEmpty', severity: 'error' });
    if (p.resourceId !== null && p.draft !== null) issues.push({ path: `provides.${i}`, key: 'proj.rule.provideBoth', severity: 'error' });
    if (p.draft && p.shareType === 'none' && p.draft.openType !== 'closed') issues.push({ path: `provides.${i}.draft.openType`, key: 'dir.rule.noneMustBeClosed', severity: 'error' });
  });
  const consumed = new Set(input.consumes.map((c) => c.resourceId));
  input.provides.forEach((p, i) => {
    if (p.resourceId !== null && consumed.has(p.resourceId)) issues.push({ path: `provides.${i}.resourceId`, key: 'proj.rule.provideAndConsume', severity: 'error' });
  });
  return issues;
}

export const hasErrors = (issues: readonly ProjectIssue[]) => issues.some((i) => i.severity === 'error');
