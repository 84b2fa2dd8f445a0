import type { TFunction } from 'i18next';
import type { Issue } from './entry-draft';

const FIELD_LABELS: Record<string, string> = {
  name: 'ui.entry.name',
  classCode: 'ui.entry.classCode',
  providerDeptId: 'ui.entry.provider',
  summary: 'ui.entry.summary',
  format: 'ui.entry.format',
  shareType: 'ui.entry.shareType',
  shareCondition: 'ui.entry.shareCondition',
  shareMethod: 'ui.entry.shareMethod',
  openType: 'ui.entry.openType',
  openCondition: 'ui.entry.openCondition',
  updateCycle: 'ui.entry.updateCycle',
  relatedCodes: 'ui.entry.relatedCodes',
  sourceSystem: 'ui.entry.sourceSystem',
  extra: 'ui.entry.extra',
  items: 'ui.entry.items',
  // 申请取用 and its decision, and lifecycle comments
  resourceId: 'ui.access.resource',
  itemIds: 'ui.access.items',
  purpose: 'ui.apply.purpose',
  legalBasis: 'ui.apply.legalBasis',
  periodFrom: 'ui.apply.periodFrom',
  periodTo: 'ui.access.period',
  until: 'ui.access.until',
  reason: 'ui.access.reason',
  comment: 'ui.resource.comment',
};

const ITEM_LABELS: Record<string, string> = {
  name: 'ui.entry.item.name',
  dataType: 'ui.entry.item.dataType',
  length: 'ui.entry.item.length',
  description: 'ui.entry.item.description',
  elementId: 'ui.entry.item.element',
};

/** A field path (`name`, `items.3.name`, `relatedCodes.1`) as the form's labels name it. */
export function pathLabel(path: string, t: TFunction): string {
  const [head, index, field] = path.split('.');
  const item = /^\d+$/.test(index ?? '') ? Number(index) + 1 : null;
  if (head === 'items' && item !== null) {
    const row = t('ui.entry.item.row', { n: item });
    return field && ITEM_LABELS[field] ? `${row} ${t(ITEM_LABELS[field])}` : row;
  }
  const key = FIELD_LABELS[head ?? ''];
  if (!key) return t(`fieldNames.${head}`, { defaultValue: path });
  return item !== null ? `${t(key)} ${t('ui.entry.nth', { n: item })}` : t(key);
}

/** One issue's message in the user's language (rule keys carry their parameters). */
export function issueMessage(issue: Issue, t: TFunction): string {
  return t(issue.key, { ...(issue.params ?? {}), defaultValue: t('field.invalid') });
}
