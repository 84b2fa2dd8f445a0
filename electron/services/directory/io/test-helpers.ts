import type { Caller, Ctx } from '../../context';
import type { directoryWorld } from '../test-fixture';
import { CSV_ITEMS_COLUMN, RESOURCE_COLUMNS } from './columns';
import { toCsv } from './csv';
import type { FileEntry } from './template';

type World = Awaited<ReturnType<typeof directoryWorld>>;

/** A service context for a caller of the test world (what a handler gets). */
export function ctxOf(w: World, caller: Caller): Ctx {
  return { ...w.env.services, caller };
}

/** A valid police entry as a file holds it; names must differ by more than a trailing number. */
export function fileEntry(overrides: Partial<FileEntry> = {}): FileEntry {
  return {
    code: '',
    name: '户籍人口基本信息',
    classCode: '101',
    providerCode: 'ZS006',
    providerName: '中山市公安局',
    summary: '全市户籍人口的户口登记信息，涵盖身份、出生、迁移和家庭关系等事项。',
    format: 'database',
    shareType: 'none',
    shareCondition: '',
    shareMethod: 'api',
    openType: 'closed',
    openCondition: '',
    updateCycle: 'daily',
    relatedCodes: [],
    sourceSystem: '人口信息管理系统',
    extra: { 数据量: '约 180 万条' },
    status: 'draft',
    items: [
      { name: '公民身份号码', dataType: 'string', length: 18, description: '', elementIdentifier: 'DE01001' },
      { name: '姓名', dataType: 'string', length: 50, description: '登记的姓名', elementIdentifier: null },
      { name: '出生日期', dataType: 'date', length: null, description: '', elementIdentifier: null },
    ],
    ...overrides,
  };
}

export const CSV_HEADER = [
  RESOURCE_COLUMNS.name,
  RESOURCE_COLUMNS.classCode,
  RESOURCE_COLUMNS.providerCode,
  RESOURCE_COLUMNS.summary,
  RESOURCE_COLUMNS.format,
  RESOURCE_COLUMNS.shareType,
  RESOURCE_COLUMNS.shareCondition,
  RESOURCE_COLUMNS.shareMethod,
  RESOURCE_COLUMNS.openType,
  RESOURCE_COLUMNS.updateCycle,
  CSV_ITEMS_COLUMN,
];

/** A hand-made CSV in the columns above (what a person types into a spreadsheet). */
export function csvOf(rows: string[][]): Buffer {
  return Buffer.from(toCsv([CSV_HEADER, ...rows]), 'utf8');
}

/** One CSV row of a valid entry: name, provider code, and the rest typical. */
export function csvRow(name: string, provider = 'ZS006', over: Partial<Record<(typeof CSV_HEADER)[number], string>> = {}): string[] {
  const row: Record<string, string> = {
    [RESOURCE_COLUMNS.name]: name,
    [RESOURCE_COLUMNS.classCode]: '101',
    [RESOURCE_COLUMNS.providerCode]: provider,
    [RESOURCE_COLUMNS.summary]: `${name}的登记和变更记录。`,
    [RESOURCE_COLUMNS.format]: '数据库',
    [RESOURCE_COLUMNS.shareType]: '有条件共享',
    [RESOURCE_COLUMNS.shareCondition]: '用于政务服务事项办理',
    [RESOURCE_COLUMNS.shareMethod]: '接口',
    [RESOURCE_COLUMNS.openType]: '不开放',
    [RESOURCE_COLUMNS.updateCycle]: '每日',
    [CSV_ITEMS_COLUMN]: '公民身份号码:字符型:18:DE01001；姓名:字符型:50；登记日期:日期型',
    ...over,
  };
  return CSV_HEADER.map((h) => row[h] ?? '');
}
