import { dirZhCN } from '../../../../shared/i18n/dir-zh-CN';
import { DATA_TYPES, FORMATS, OPEN_TYPES, SHARE_METHODS, SHARE_TYPES, UPDATE_CYCLES } from '../../../../shared/directory/vocab';

/**
 * The directory's spreadsheet template (目录导入模板): sheet and column names as the bureau
 * types them, and the vocabularies by their Chinese labels. One definition serves the template,
 * the import, the export and the 说明 sheet, so they cannot drift apart.
 */
export const SHEET_RESOURCES = '资源';
export const SHEET_ITEMS = '信息项';
export const SHEET_HELP = '说明';
/** The sheet name errors of a CSV file carry. */
export const SHEET_CSV = 'CSV';

/** Resource columns, in template order. `role`: what the import does with the column. */
export const RESOURCE_COLUMNS = {
  seq: '资源序号',
  code: '资源代码',
  name: '资源名称',
  classCode: '分类码',
  providerCode: '提供方代码',
  providerName: '提供方',
  summary: '摘要',
  format: '格式',
  shareType: '共享类型',
  shareCondition: '共享条件',
  shareMethod: '共享方式',
  openType: '开放类型',
  openCondition: '开放条件',
  updateCycle: '更新周期',
  relatedCodes: '关联资源代码',
  sourceSystem: '来源系统',
  extra: '扩展元数据',
  status: '状态',
} as const;
export type ResourceColumn = keyof typeof RESOURCE_COLUMNS;

/** The CSV's one extra column: the data items inline (名称:类型:长度；…). */
export const CSV_ITEMS_COLUMN = '信息项';

export const ITEM_COLUMNS = {
  seq: '资源序号',
  name: '信息项名称',
  dataType: '数据类型',
  length: '长度',
  description: '描述',
  elementIdentifier: '数据元标识符',
} as const;
export type ItemColumn = keyof typeof ITEM_COLUMNS;

/** Columns an import cannot do without (the rest may be left out of a hand-made file). */
export const REQUIRED_RESOURCE_COLUMNS: readonly ResourceColumn[] = ['name', 'classCode', 'providerCode', 'summary', 'format', 'shareType', 'openType', 'updateCycle'];
export const REQUIRED_ITEM_COLUMNS: readonly ItemColumn[] = ['seq', 'name', 'dataType'];

/** Written by the export for a person's benefit, ignored by the import (codes are allocated anew). */
export const EXPORT_ONLY: readonly ResourceColumn[] = ['code', 'providerName', 'status'];

/** Separators a person types: full-width (Chinese input) or half-width, and line breaks. */
export const LIST_SEPARATOR = /[；;\n\r]+/;
export const CODE_SEPARATOR = /[；;，,、\s]+/;
export const PAIR_SEPARATOR = /[=＝]/;
export const ITEM_PART_SEPARATOR = /[:：]/;
/** What the export writes between entries of a list cell. */
export const WRITE_SEPARATOR = '；';

/** A vocabulary: stable ids ↔ the Chinese labels of the i18n table. */
export interface Vocabulary<T extends string> {
  ids: readonly T[];
  label(id: T): string;
  /** The id for a label as typed (the Chinese label, or the id itself); undefined when unknown. */
  parse(text: string): T | undefined;
  /** The labels a person may type, for messages and the 说明 sheet. */
  labels: string[];
}

/** A vocabulary read and written by its Chinese labels (ids are accepted too). */
export function vocabulary<T extends string>(ids: readonly T[], labels: Record<T, string>): Vocabulary<T> {
  const byText = new Map<string, T>();
  for (const id of ids) {
    byText.set(labels[id], id);
    byText.set(id, id);
  }
  return {
    ids,
    label: (id) => labels[id],
    parse: (text) => byText.get(text.normalize('NFKC').trim()) ?? byText.get(text.trim()),
    labels: ids.map((id) => labels[id]),
  };
}

export const VOCAB = {
  format: vocabulary(FORMATS, dirZhCN.format),
  shareType: vocabulary(SHARE_TYPES, dirZhCN.shareType),
  shareMethod: vocabulary(SHARE_METHODS, dirZhCN.shareMethod),
  openType: vocabulary(OPEN_TYPES, dirZhCN.openType),
  updateCycle: vocabulary(UPDATE_CYCLES, dirZhCN.updateCycle),
  dataType: vocabulary(DATA_TYPES, dirZhCN.dataType),
};

/** Where a field of ResourceInput lives in the resource sheet (for error reports). */
export const FIELD_COLUMN: Record<string, ResourceColumn> = {
  name: 'name',
  classCode: 'classCode',
  providerDeptId: 'providerCode',
  summary: 'summary',
  format: 'format',
  shareType: 'shareType',
  shareCondition: 'shareCondition',
  shareMethod: 'shareMethod',
  openType: 'openType',
  openCondition: 'openCondition',
  updateCycle: 'updateCycle',
  relatedCodes: 'relatedCodes',
  sourceSystem: 'sourceSystem',
  extra: 'extra',
};

export const ITEM_FIELD_COLUMN: Record<string, ItemColumn> = {
  name: 'name',
  dataType: 'dataType',
  length: 'length',
  description: 'description',
  elementId: 'elementIdentifier',
};

/**
 * The 说明 sheet: what goes in each column and the values allowed, in Chinese (the bureau's
 * working language). Kept next to the column names so the documentation is the template.
 */
export function helpRows(): [string, string, string, string][] {
  const v = (name: keyof typeof VOCAB) => VOCAB[name].labels.join('、');
  const R = RESOURCE_COLUMNS;
  const I = ITEM_COLUMNS;
  return [
    ['工作表', '列', '是否必填', '填写说明'],
    [SHEET_RESOURCES, R.seq, '有信息项时必填', '本文件内资源的编号（如 1、2、3），“信息项”表用它指明信息项属于哪条资源；同一文件内不能重复'],
    [SHEET_RESOURCES, R.code, '否（仅导出）', '导出时写出已有的资源代码供核对；导入时忽略，代码按分类码重新分配'],
    [SHEET_RESOURCES, R.name, '必填', '资源名称，写明数据内容（如“户籍人口基本信息”），不能只写系统名称；同一提供方内不能重复（仅标点、空格或末尾序号不同也算重复）'],
    [SHEET_RESOURCES, R.classCode, '必填', '信息资源分类码：类 1 位（1 基础、2 主题、3 部门）、项 2 位、目 3 位、细目 2–4 位数字，须为已有分类，如 101（人口）'],
    [SHEET_RESOURCES, R.providerCode, '必填', '提供方部门代码，如 ZS006；部门填报员只能导入本部门的资源'],
    [SHEET_RESOURCES, R.providerName, '否（仅导出）', '提供方部门名称，导入时忽略'],
    [SHEET_RESOURCES, R.summary, '必填', '资源内容摘要'],
    [SHEET_RESOURCES, R.format, '必填', `可选：${v('format')}`],
    [SHEET_RESOURCES, R.shareType, '必填', `可选：${v('shareType')}`],
    [SHEET_RESOURCES, R.shareCondition, '有条件共享时必填', '共享条件说明'],
    [SHEET_RESOURCES, R.shareMethod, '共享时必填', `可选：${v('shareMethod')}；须与格式相符（电子文件、电子表格、图形图像只能文件下载；数据库可用数据库或接口；服务接口只能接口）`],
    [SHEET_RESOURCES, R.openType, '必填', `可选：${v('openType')}；不予共享的资源只能不开放`],
    [SHEET_RESOURCES, R.openCondition, '有条件开放时必填', '开放条件说明'],
    [SHEET_RESOURCES, R.updateCycle, '必填', `可选：${v('updateCycle')}`],
    [SHEET_RESOURCES, R.relatedCodes, '否', '已登记资源的代码，如 101/000001；多个用“；”分隔'],
    [SHEET_RESOURCES, R.sourceSystem, '否', '产生该资源的信息系统名称'],
    [SHEET_RESOURCES, R.extra, '否', '扩展元数据，写成“键=值”，多项用“；”分隔，如“数据量=约 180 万条；责任科室=户政科”'],
    [SHEET_RESOURCES, R.status, '否（仅导出）', '导出时的状态；导入的资源一律为草稿'],
    [SHEET_ITEMS, I.seq, '必填', '所属资源在“资源”表中的资源序号'],
    [SHEET_ITEMS, I.name, '必填', '信息项名称，同一资源内不能重复'],
    [SHEET_ITEMS, I.dataType, '必填', `可选：${v('dataType')}`],
    [SHEET_ITEMS, I.length, '字符型、数值型必填', '正整数'],
    [SHEET_ITEMS, I.description, '否', '信息项说明'],
    [SHEET_ITEMS, I.elementIdentifier, '否', '关联的标准数据元标识符，如 DE01001，须为数据元字典中已有的'],
    ['CSV 文件', CSV_ITEMS_COLUMN, '必填', 'CSV 只有一张表（“资源”表的各列），信息项写在本列：“名称:类型:长度”，多项用“；”分隔，如“公民身份号码:字符型:18；出生日期:日期型”；需要时可续写“:数据元标识符:描述”。CSV 可为 UTF-8（可带 BOM）或 GB18030/GBK 编码'],
    ['全部', '', '', '导入是“全有或全无”的：文件中任何一处有错，都不会写入任何数据，并列出每个错误所在的工作表、行和列；改正后重新导入即可。导入的资源为草稿，须提交审核后发布'],
  ];
}
