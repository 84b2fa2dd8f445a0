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

export const ITEM_LABELS: Record<string, string> = {
  name: 'ui.entry.item.name',
  dataType: 'ui.entry.item.dataType',
  length: 'ui.entry.item.length',
  description: 'ui.entry.item.description',
  elementId: 'ui.entry.item.element',
};

/** How a form names its fields: top-level labels, and for each list of rows the row's name and its fields' labels. */
export interface FieldLabels {
  fields: Record<string, string>;
  /** List path → the row's label key (with `{{n}}`) and its fields' label keys. */
  rows: Record<string, { row: string; fields: Record<string, string> }>;
  /** "第 n 个", for a top-level list of plain values such as related codes. */
  nth: string;
}

/** A labeller for field paths (`name`, `items.3.name`, `relatedCodes.1`) by a form's own labels. */
export function pathLabeller(labels: FieldLabels) {
  return (path: string, t: TFunction): string => {
    const [head, index, ...rest] = path.split('.');
    const item = /^\d+$/.test(index ?? '') ? Number(index) + 1 : null;
    const rows = labels.rows[head ?? ''];
    if (rows && item !== null) {
      const row = t(rows.row, { n: item });
      const field = rest.join('.');
      const key = rows.fields[field] ?? rows.fields[rest[0] ?? ''];
      return key ? `${row} ${t(key)}` : row;
    }
    const key = labels.fields[head ?? ''];
    if (!key) return t(`fieldNames.${head}`, { defaultValue: path });
    return item !== null ? `${t(key)} ${t(labels.nth, { n: item })}` : t(key);
  };
}

/** A field path of the resource form (and of the access forms) as their labels name it. */
export const pathLabel = pathLabeller({ fields: FIELD_LABELS, rows: { items: { row: 'ui.entry.item.row', fields: ITEM_LABELS } }, nth: 'ui.entry.nth' });

/** One issue's message in the user's language (rule keys carry their parameters). */
export function issueMessage(issue: Issue, t: TFunction): string {
  return t(issue.key, { ...(issue.params ?? {}), defaultValue: t('field.invalid') });
}
