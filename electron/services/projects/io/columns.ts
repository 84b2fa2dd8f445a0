import { FUNDING_SOURCES, PROJECT_TYPES } from '../../../../shared/project/vocab';
import { projZhCN } from '../../../../shared/i18n/proj-zh-CN';
import { VOCAB as DIR_VOCAB, vocabulary } from '../../directory/io/columns';

/**
 * The annual declaration sheet (信息化项目申报表): sheet and column names as the bureau types
 * them, required columns, and the vocabularies by their Chinese labels. One definition serves the
 * template, the import, the export and the 填写说明 sheet, so they cannot drift apart.
 */
export const SHEET_PROJECTS = '项目';
export const SHEET_SYSTEMS = '建设系统';
export const SHEET_ITEMS = '采集数据项';
export const SHEET_CONSUMES = '共享需求';
export const SHEET_PROVIDES = '提供资源';
export const SHEET_HELP = '填写说明';

/** Every column of a sheet (id → header) and which of them a file must have and a row must fill. */
export interface SheetSpec<C extends string> {
  name: string;
  columns: Record<C, string>;
  required: readonly C[];
  /** Written by the export for a person's benefit, ignored by the import. */
  exportOnly: readonly C[];
}

const sheet = <C extends string>(name: string, columns: Record<C, string>, required: readonly NoInfer<C>[], exportOnly: readonly NoInfer<C>[] = []): SheetSpec<C> => ({ name, columns, required, exportOnly });

export const PROJECTS = sheet(
  SHEET_PROJECTS,
  {
    code: '项目编号',
    name: '项目名称',
    department: '申报单位',
    type: '项目类型',
    year: '年度',
    budget: '预算（万元）',
    fundingSource: '资金来源',
    content: '建设内容',
    status: '状态',
  },
  ['name', 'department', 'type', 'year', 'budget', 'fundingSource', 'content'],
  ['code', 'status'],
);

export const SYSTEMS = sheet(SHEET_SYSTEMS, { project: '项目名称', name: '系统名称', functions: '功能' }, ['project', 'name']);

export const ITEMS = sheet(
  SHEET_ITEMS,
  { project: '项目名称', name: '数据项名称', dataType: '数据类型', length: '长度', elementIdentifier: '数据元标识', description: '描述' },
  ['project', 'name', 'dataType'],
);

export const CONSUMES = sheet(SHEET_CONSUMES, { project: '项目名称', code: '资源代码', name: '资源名称', purpose: '用途' }, ['project', 'code']);

export const PROVIDES = sheet(
  SHEET_PROVIDES,
  {
    project: '项目名称',
    code: '资源代码',
    name: '资源名称',
    classCode: '分类码',
    summary: '摘要',
    format: '格式',
    openType: '开放类型',
    updateCycle: '更新周期',
    shareMethod: '共享方式',
    shareType: '承诺共享类型',
  },
  ['project', 'shareType'],
);

/** The data sheets in workbook order (the 填写说明 sheet comes last). */
export const DATA_SHEETS = [PROJECTS, SYSTEMS, ITEMS, CONSUMES, PROVIDES] as const;

/** The header as the template writes it: required columns carry a `*` (the import ignores it). */
export const headerText = <C extends string>(spec: SheetSpec<C>, c: C) => (spec.required.includes(c) ? `${spec.columns[c]}*` : spec.columns[c]);

/** The columns a sheet has in the template, or in an export (which adds the export-only ones). */
export const columnsOf = <C extends string>(spec: SheetSpec<C>, withExportOnly: boolean): C[] =>
  (Object.keys(spec.columns) as C[]).filter((c) => withExportOnly || !spec.exportOnly.includes(c));

/** Separators between a system's functions: 、，, ；; or a line break. */
export const FUNCTION_SEPARATOR = /[、，,；;\r\n]+/;
export const WRITE_FUNCTION_SEPARATOR = '、';

export const VOCAB = {
  ...DIR_VOCAB,
  type: vocabulary(PROJECT_TYPES, projZhCN.type),
  fundingSource: vocabulary(FUNDING_SOURCES, projZhCN.fundingSource),
};

/**
 * The 填写说明 sheet: what goes in each column and the values allowed, in Chinese (the bureau's
 * working language). Kept next to the column names so the documentation is the template.
 */
export function helpRows(): string[][] {
  const v = (name: keyof typeof VOCAB) => `可选：${VOCAB[name].labels.join('、')}`;
  const P = PROJECTS.columns;
  const link = (s: string) => [s, '项目名称', '必填', '所属项目在“项目”表中的项目名称，须与之完全一致'];
  return [
    ['工作表', '列', '是否必填', '填写说明'],
    [SHEET_PROJECTS, P.name, '必填', '每行一个项目；项目名称至少 4 个字，同一文件内不能重复，其他工作表用它指明所属项目'],
    [SHEET_PROJECTS, P.department, '必填', '申报单位的部门名称或部门代码（如 ZS024）；部门填报员只能导入本部门的项目'],
    [SHEET_PROJECTS, P.type, '必填', v('type')],
    [SHEET_PROJECTS, P.year, '必填', '申报年度，四位数字，如 2026'],
    [SHEET_PROJECTS, P.budget, '必填', '项目预算，单位万元，正数，最多四位小数（精确到元）'],
    [SHEET_PROJECTS, P.fundingSource, '必填', v('fundingSource')],
    [SHEET_PROJECTS, P.content, '必填', '建设内容，至少 10 个字'],
    [SHEET_PROJECTS, `${P.code}、${P.status}`, '否（仅导出）', '导出时写出项目编号和状态供核对；导入时忽略，导入的项目一律为草稿，项目编号重新分配'],
    link(SHEET_SYSTEMS),
    [SHEET_SYSTEMS, SYSTEMS.columns.name, '必填', '项目建设的信息系统，同一项目内不能重复'],
    [SHEET_SYSTEMS, SYSTEMS.columns.functions, '否', '系统的功能模块，多个用“、”“，”“；”或换行分隔'],
    link(SHEET_ITEMS),
    [SHEET_ITEMS, ITEMS.columns.name, '必填', '项目要采集的数据项，同一项目内不能重复'],
    [SHEET_ITEMS, ITEMS.columns.dataType, '必填', v('dataType')],
    [SHEET_ITEMS, ITEMS.columns.length, '字符型、数值型必填', '正整数'],
    [SHEET_ITEMS, ITEMS.columns.elementIdentifier, '否', '对应的标准数据元标识，如 DE01001，须为数据元字典中已有的'],
    [SHEET_ITEMS, ITEMS.columns.description, '否', '数据项说明'],
    link(SHEET_CONSUMES),
    [SHEET_CONSUMES, CONSUMES.columns.code, '必填', '要共享使用的目录资源代码，如 101/000001，须为其他部门已发布的资源'],
    [SHEET_CONSUMES, CONSUMES.columns.name, '否', '资源名称，供核对；填写时须与资源代码登记的名称一致'],
    [SHEET_CONSUMES, CONSUMES.columns.purpose, '否', '共享用途'],
    link(SHEET_PROVIDES),
    [SHEET_PROVIDES, PROVIDES.columns.code, '二选一', '本部门已登记的资源代码；或不填代码，填写以下新资源各列，导入时登记为本部门的草稿资源'],
    [SHEET_PROVIDES, PROVIDES.columns.name, '新资源必填', '资源名称；填了资源代码时可不填，填写时须与登记的名称一致'],
    [SHEET_PROVIDES, PROVIDES.columns.classCode, '新资源必填', '信息资源分类码，须为已有分类，如 201'],
    [SHEET_PROVIDES, PROVIDES.columns.summary, '新资源必填', '资源内容摘要'],
    [SHEET_PROVIDES, PROVIDES.columns.format, '新资源必填', v('format')],
    [SHEET_PROVIDES, PROVIDES.columns.openType, '新资源必填', `${v('openType')}；不予共享的资源只能不开放`],
    [SHEET_PROVIDES, PROVIDES.columns.updateCycle, '新资源必填', v('updateCycle')],
    [SHEET_PROVIDES, PROVIDES.columns.shareMethod, '否', v('shareMethod')],
    [SHEET_PROVIDES, PROVIDES.columns.shareType, '必填', `项目承诺的共享属性，验收时核对；${v('shareType')}`],
    ['全部', '', '', '标 * 的列必填。导入是“全有或全无”的：文件中任何一处有错，都不会写入任何数据，并列出每个错误所在的工作表、行和列；改正后重新导入即可。只支持 .xlsx 文件'],
  ];
}
