import ExcelJS from 'exceljs';
import type { projectWorld } from '../test-fixture';

export type World = Awaited<ReturnType<typeof projectWorld>>;

export type Sheets = Record<string, (string | number | null)[][]>;

/** A workbook as a person fills it in a spreadsheet program: sheets of rows, the header first. */
export async function workbookOf(sheets: Sheets): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function readBook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** A sheet's rows as text, without the 1-based padding ExcelJS puts in front. */
export function rowsOf(wb: ExcelJS.Workbook, sheet: string): string[][] {
  const out: string[][] = [];
  wb.getWorksheet(sheet)?.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return out;
}

export const MARKET = '市场主体信用监管平台建设项目';
export const POLICE = '智慧警务视频汇聚平台升级项目';

/**
 * The bureau's declaration sheet with two projects, typed with Chinese labels (and one English
 * id, as a script might write): 市场监管局 by name, 公安局 by code, with systems, data items,
 * a need for the police's published resource and a new promised entry.
 */
export function goodSheets(w: World): Sheets {
  return {
    项目: [
      ['项目名称*', '申报单位*', '项目类型*', '年度*', '预算（万元）*', '资金来源*', '建设内容*'],
      [MARKET, '中山市市场监督管理局', '新建', 2026, 380.5, '财政资金', '建设市场主体信用监管平台，归集市场主体登记、许可、处罚信息，实现分级分类监管。'],
      [POLICE, 'ZS006', '升级改造', '2026', '1,200', '专项资金', '升级视频汇聚平台，接入全市公共区域视频资源，支撑治安防控。'],
    ],
    建设系统: [
      ['项目名称*', '系统名称*', '功能'],
      [MARKET, '信用监管系统', '信用评价、分类监管；联合惩戒'],
      [MARKET, '监管驾驶舱', '指标展示\n风险预警'],
      [POLICE, '视频汇聚系统', ''],
    ],
    采集数据项: [
      ['项目名称*', '数据项名称*', '数据类型*', '长度', '数据元标识'],
      [MARKET, '统一社会信用代码', '字符型', 18, 'DE02001'],
      [MARKET, '法定代表人姓名', '字符型', 50, ''],
      [POLICE, '采集时间', '日期型', '', ''],
      [POLICE, '设备编号', 'string', 32, ''],
    ],
    共享需求: [
      ['项目名称*', '资源代码*', '用途'],
      [MARKET, w.sharedResource.code, '核验法定代表人身份'],
    ],
    提供资源: [
      ['项目名称*', '资源代码', '资源名称', '分类码', '摘要', '格式', '开放类型', '更新周期', '共享方式', '承诺共享类型*'],
      [MARKET, '', '市场主体信用评价结果', '201', '市场主体信用评价等级与评价日期。', '数据库', '开放', '每月', '接口', '无条件共享'],
      [POLICE, w.sharedResource.code, '居民身份核验信息', '', '', '', '', '', '', '有条件共享'],
    ],
  };
}
