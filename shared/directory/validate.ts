import { nameKey } from '../text/normalize';
import type { ResourceInput } from './resource';
import { METHODS_FOR_FORMAT } from './vocab';

/** A problem with an entry, named by field path, with a message key (severity error blocks saving). */
export interface EntryIssue {
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

/** Names that are only a system's name, not a data resource (a reviewers' frequent complaint). */
const SYSTEM_NAME = /(系统|平台|app|小程序|数据库|管理系统|信息系统|子系统)$/i;

export interface ValidationContext {
  /** Other entries of the same provider: their name keys → codes (for near-duplicate names). */
  siblingKeys: ReadonlyMap<string, string>;
  /** The provider department's code, and the entry's own code when it already has one. */
  ownCode?: string | null;
}

/**
 * The guide's rules that reviewers keep flagging, applied when the entry is typed and again by
 * the service before it is saved. Pure: the console and the server use the same rules.
 */
export function validateEntry(input: ResourceInput, ctx: ValidationContext): EntryIssue[] {
  const issues: EntryIssue[] = [];
  if (SYSTEM_NAME.test(input.name.trim())) issues.push({ path: 'name', key: 'dir.rule.systemName' });
  const key = nameKey(input.name);
  const twin = ctx.siblingKeys.get(key);
  if (key && twin !== undefined && twin !== ctx.ownCode) issues.push({ path: 'name', key: 'dir.rule.duplicateName', params: { code: twin } });

  if (input.shareType === 'conditional' && !input.shareCondition.trim()) issues.push({ path: 'shareCondition', key: 'dir.rule.shareConditionRequired' });
  if (input.shareType !== 'none' && input.shareMethod === null) issues.push({ path: 'shareMethod', key: 'field.required' });
  if (input.shareMethod !== null && !METHODS_FOR_FORMAT[input.format].includes(input.shareMethod)) {
    issues.push({ path: 'shareMethod', key: 'dir.rule.methodFormat', params: { format: input.format, method: input.shareMethod } });
  }
  if (input.shareType === 'none' && input.openType !== 'closed') issues.push({ path: 'openType', key: 'dir.rule.noneMustBeClosed' });
  if (input.openType === 'conditional' && !input.openCondition.trim()) issues.push({ path: 'openCondition', key: 'dir.rule.openConditionRequired' });

  if (input.items.length === 0) issues.push({ path: 'items', key: 'dir.rule.itemsRequired' });
  const seen = new Map<string, number>();
  input.items.forEach((item, i) => {
    const k = nameKey(item.name);
    if (!k) issues.push({ path: `items.${i}.name`, key: 'field.required' });
    else if (seen.has(k)) issues.push({ path: `items.${i}.name`, key: 'dir.rule.duplicateItem', params: { other: (seen.get(k) ?? 0) + 1 } });
    else seen.set(k, i);
    if ((item.dataType === 'string' || item.dataType === 'number') && item.length === null) issues.push({ path: `items.${i}.length`, key: 'dir.rule.lengthRequired' });
  });
  const related = new Set<string>();
  input.relatedCodes.forEach((code, i) => {
    if (code === ctx.ownCode) issues.push({ path: `relatedCodes.${i}`, key: 'dir.rule.relatedSelf' });
    if (related.has(code)) issues.push({ path: `relatedCodes.${i}`, key: 'dir.rule.relatedTwice' });
    related.add(code);
  });
  return issues;
}
