import ExcelJS from 'exceljs';
import type { DataType, ShareType } from '../../../../shared/directory/vocab';
import { projZhCN } from '../../../../shared/i18n/proj-zh-CN';
import type { FundingSource, ProjectType } from '../../../../shared/project/vocab';
import type { ProjectStatus } from '../../../../shared/project/workflow';
import { toCsv } from '../../directory/io/csv';
import { defuse } from '../../directory/io/tables';
import { columnsOf, CONSUMES, headerText, helpRows, ITEMS, PROJECTS, PROVIDES, SHEET_HELP, SYSTEMS, VOCAB, WRITE_FUNCTION_SEPARATOR, type SheetSpec } from './columns';

/** One project as the declaration sheet holds it (export) — the shape the import reads back. */
export interface FileProject {
  code: string;
  name: string;
  /** The department's name (the import takes a name or a code). */
  department: string;
  type: ProjectType;
  year: number;
  budget: number;
  fundingSource: FundingSource;
  content: string;
  status: ProjectStatus;
  systems: { name: string; functions: string[] }[];
  dataItems: { name: string; dataType: DataType; length: number | null; description: string; elementIdentifier: string | null }[];
  /** Needs and promises by the directory code of the resource, with its name to check against. */
  consumes: { code: string; name: string; purpose: string }[];
  provides: { code: string; name: string; shareType: ShareType }[];
}

type Cells = Record<string, string | number>;

/** What each sheet's rows are, from the projects; child rows carry their project's name. */
const SHEET_ROWS: [SheetSpec<string>, (p: FileProject) => Cells[]][] = [
  [
    PROJECTS,
    (p) => [
      {
        code: p.code,
        name: p.name,
        department: p.department,
        type: VOCAB.type.label(p.type),
        year: p.year,
        budget: p.budget,
        fundingSource: VOCAB.fundingSource.label(p.fundingSource),
        content: p.content,
        status: projZhCN.status[p.status],
      },
    ],
  ],
  [SYSTEMS, (p) => p.systems.map((s) => ({ project: p.name, name: s.name, functions: s.functions.join(WRITE_FUNCTION_SEPARATOR) }))],
  [
    ITEMS,
    (p) => p.dataItems.map((i) => ({ project: p.name, name: i.name, dataType: VOCAB.dataType.label(i.dataType), length: i.length ?? '', elementIdentifier: i.elementIdentifier ?? '', description: i.description })),
  ],
  [CONSUMES, (p) => p.consumes.map((c) => ({ project: p.name, code: c.code, name: c.name, purpose: c.purpose }))],
  [PROVIDES, (p) => p.provides.map((r) => ({ project: p.name, code: r.code, name: r.name, shareType: VOCAB.shareType.label(r.shareType) }))],
];

/** Columns with a drop-down of their vocabulary's labels. */
const LISTS: Record<string, string[]> = {
  [`${PROJECTS.name}.type`]: VOCAB.type.labels,
  [`${PROJECTS.name}.fundingSource`]: VOCAB.fundingSource.labels,
  [`${ITEMS.name}.dataType`]: VOCAB.dataType.labels,
  [`${PROVIDES.name}.format`]: VOCAB.format.labels,
  [`${PROVIDES.name}.openType`]: VOCAB.openType.labels,
  [`${PROVIDES.name}.updateCycle`]: VOCAB.updateCycle.labels,
  [`${PROVIDES.name}.shareMethod`]: VOCAB.shareMethod.labels,
  [`${PROVIDES.name}.shareType`]: VOCAB.shareType.labels,
};
/** Columns that hold codes a spreadsheet would take for numbers (101, 201001): kept text. */
const TEXT_COLUMNS = new Set(['code', 'classCode', 'elementIdentifier']);
const WIDE = new Set(['name', 'project', 'department', 'content', 'functions', 'summary', 'purpose', 'description']);

/**
 * The declaration workbook, empty (the template) or filled (the export, which adds 项目编号 and
 * 状态): 项目, 建设系统, 采集数据项, 共享需求, 提供资源 and 填写说明, Chinese headers, required
 * columns marked `*`, drop-down lists of the allowed values.
 */
export async function writeDeclaration(projects: readonly FileProject[], exported: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '统筹 Tongchou';
  wb.created = new Date();
  for (const [spec, rowsOf] of SHEET_ROWS) {
    const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const columns = columnsOf(spec, exported);
    ws.columns = columns.map((c) => ({ header: headerText(spec, c), key: c, width: c === 'content' ? 60 : WIDE.has(c) ? 28 : 14 }));
    ws.getRow(1).font = { bold: true };
    const rows = projects.flatMap(rowsOf);
    // An empty value stays an empty cell (not a cell holding '').
    for (const row of rows) ws.addRow(Object.fromEntries(Object.entries(row).filter(([, v]) => v !== '')));
    const last = Math.max(rows.length + 1, 1000);
    columns.forEach((c, i) => {
      const column = ws.getColumn(i + 1);
      if (TEXT_COLUMNS.has(c)) column.numFmt = '@';
      const list = LISTS[`${spec.name}.${c}`];
      // One <dataValidation> per range: a whole column stays one element of the file.
      if (list) validations(ws).add(`${column.letter}2:${column.letter}${last}`, { type: 'list', allowBlank: true, formulae: [`"${list.join(',')}"`], showErrorMessage: true, errorStyle: 'warning', error: `可选：${list.join('、')}` });
    });
  }
  const help = wb.addWorksheet(SHEET_HELP, { views: [{ state: 'frozen', ySplit: 1 }] });
  help.columns = [{ width: 12 }, { width: 16 }, { width: 18 }, { width: 100 }];
  for (const row of helpRows()) help.addRow(row).alignment = { wrapText: true, vertical: 'top' };
  help.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const validations = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;

/** The empty declaration template the console offers for download. */
export async function projectTemplate(): Promise<{ fileName: string; bytes: Buffer }> {
  return { fileName: '信息化项目申报表模板.xlsx', bytes: await writeDeclaration([], false) };
}

/** The register as CSV: one row per project, its main columns and status. UTF-8 with a BOM (Excel needs it for Chinese); formulas defused. */
export function writeProjectCsv(projects: readonly FileProject[]): Buffer {
  const [, rowsOf] = SHEET_ROWS[0]!;
  const columns = columnsOf(PROJECTS, true);
  const rows = projects.flatMap(rowsOf).map((cells) => columns.map((c) => defuse(String(cells[c] ?? ''))));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(toCsv([columns.map((c) => PROJECTS.columns[c]), ...rows]), 'utf8')]);
}
