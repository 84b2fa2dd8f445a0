import ExcelJS from 'exceljs';
import type { DataType, Format, OpenType, ResourceStatus, ShareMethod, ShareType, UpdateCycle } from '../../../../shared/directory/vocab';
import { dirZhCN } from '../../../../shared/i18n/dir-zh-CN';
import {
  CSV_ITEMS_COLUMN,
  helpRows,
  ITEM_COLUMNS,
  RESOURCE_COLUMNS,
  SHEET_HELP,
  SHEET_ITEMS,
  SHEET_RESOURCES,
  VOCAB,
  WRITE_SEPARATOR,
  type ResourceColumn,
} from './columns';
import { toCsv } from './csv';
import { defuse } from './tables';

/** One entry as a file holds it (export) — the same shape the import reads back. */
export interface FileEntry {
  code: string;
  name: string;
  classCode: string;
  providerCode: string;
  providerName: string;
  summary: string;
  format: Format;
  shareType: ShareType;
  shareCondition: string;
  shareMethod: ShareMethod | null;
  openType: OpenType;
  openCondition: string;
  updateCycle: UpdateCycle;
  relatedCodes: string[];
  sourceSystem: string;
  extra: Record<string, string>;
  status: ResourceStatus;
  /** null: the caller may not see them (the negative-list rule), so the file does not hold them. */
  items: FileItem[] | null;
}

export interface FileItem {
  name: string;
  dataType: DataType;
  length: number | null;
  description: string;
  elementIdentifier: string | null;
}

const RESOURCE_ORDER = Object.keys(RESOURCE_COLUMNS) as ResourceColumn[];
const ITEM_ORDER = Object.keys(ITEM_COLUMNS) as (keyof typeof ITEM_COLUMNS)[];

/** Column widths in characters (Chinese text is wide). */
const WIDTH: Partial<Record<ResourceColumn, number>> = { seq: 9, code: 16, name: 28, providerName: 22, summary: 48, shareCondition: 24, openCondition: 24, relatedCodes: 20, sourceSystem: 20, extra: 30 };

function resourceCells(e: FileEntry, seq: number): Record<ResourceColumn, string | number> {
  return {
    seq,
    code: e.code,
    name: e.name,
    classCode: e.classCode,
    providerCode: e.providerCode,
    providerName: e.providerName,
    summary: e.summary,
    format: VOCAB.format.label(e.format),
    shareType: VOCAB.shareType.label(e.shareType),
    shareCondition: e.shareCondition,
    shareMethod: e.shareMethod ? VOCAB.shareMethod.label(e.shareMethod) : '',
    openType: VOCAB.openType.label(e.openType),
    openCondition: e.openCondition,
    updateCycle: VOCAB.updateCycle.label(e.updateCycle),
    relatedCodes: e.relatedCodes.join(WRITE_SEPARATOR),
    sourceSystem: e.sourceSystem,
    extra: Object.entries(e.extra)
      .map(([k, v]) => `${k}=${v}`)
      .join(WRITE_SEPARATOR),
    status: dirZhCN.status[e.status],
  };
}

/** Drop-down lists of the vocabularies, as Excel and LibreOffice show them. */
function addLists(ws: ExcelJS.Worksheet, columns: readonly string[], lists: Record<string, string[]>, rows: number): void {
  columns.forEach((col, i) => {
    const list = lists[col];
    if (!list) return;
    const letter = ws.getColumn(i + 1).letter;
    // ExcelJS writes one <dataValidation> per range, so a whole-column range stays one element.
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}2:${letter}${rows}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${list.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
      error: `可选：${list.join('、')}`,
    });
  });
}

function styleHeader(ws: ExcelJS.Worksheet): void {
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/**
 * The template workbook, empty or filled: 资源 (one row per resource), 信息项 (one row per data
 * item, linked by 资源序号) and 说明 (what each column takes). The export writes the same, so an
 * exported file imports again.
 */
export async function writeWorkbook(entries: readonly FileEntry[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '统筹 Tongchou';
  wb.created = new Date();
  const R = RESOURCE_COLUMNS;
  const resHeaders = RESOURCE_ORDER.map((c) => R[c]);
  const res = wb.addWorksheet(SHEET_RESOURCES);
  res.columns = RESOURCE_ORDER.map((c) => ({ header: R[c], key: c, width: WIDTH[c] ?? 12 }));
  // Codes look like numbers to a spreadsheet (101, 101001): keep them text.
  for (const c of ['classCode', 'providerCode', 'code', 'relatedCodes'] as const) res.getColumn(c).numFmt = '@';
  styleHeader(res);
  const items = wb.addWorksheet(SHEET_ITEMS);
  items.columns = ITEM_ORDER.map((c) => ({ header: ITEM_COLUMNS[c], key: c, width: c === 'name' || c === 'description' ? 28 : 14 }));
  styleHeader(items);
  entries.forEach((e, i) => {
    res.addRow(resourceCells(e, i + 1));
    for (const it of e.items ?? []) {
      items.addRow({ seq: i + 1, name: it.name, dataType: VOCAB.dataType.label(it.dataType), length: it.length ?? '', description: it.description, elementIdentifier: it.elementIdentifier ?? '' });
    }
  });
  const rows = Math.max(entries.length + 1, 1000);
  addLists(res, resHeaders, { [R.format]: VOCAB.format.labels, [R.shareType]: VOCAB.shareType.labels, [R.shareMethod]: VOCAB.shareMethod.labels, [R.openType]: VOCAB.openType.labels, [R.updateCycle]: VOCAB.updateCycle.labels }, rows);
  addLists(items, ITEM_ORDER.map((c) => ITEM_COLUMNS[c]), { [ITEM_COLUMNS.dataType]: VOCAB.dataType.labels }, Math.max(rows * 10, 10_000));
  const help = wb.addWorksheet(SHEET_HELP);
  help.columns = [{ width: 12 }, { width: 16 }, { width: 18 }, { width: 100 }];
  for (const row of helpRows()) help.addRow(row).alignment = { wrapText: true, vertical: 'top' };
  styleHeader(help);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The empty template the console offers for download. */
export async function directoryTemplate(): Promise<{ fileName: string; bytes: Buffer }> {
  return { fileName: '政务数据资源目录导入模板.xlsx', bytes: await writeWorkbook([]) };
}


function inlineItems(items: readonly FileItem[]): string {
  return items
    .map((it) => {
      const parts = [it.name, VOCAB.dataType.label(it.dataType), it.length === null ? '' : String(it.length)];
      if (it.elementIdentifier || it.description) parts.push(it.elementIdentifier ?? '');
      // A description's own separators would split it: they become commas.
      if (it.description) parts.push(it.description.replace(/[；;\r\n]+/g, '，'));
      return parts.join(':').replace(/:+$/, '');
    })
    .join(WRITE_SEPARATOR);
}

/** The CSV form of the template: the 资源 columns and the data items inline. UTF-8 with a BOM, which Excel needs to see Chinese. */
export function writeCsv(entries: readonly FileEntry[]): Buffer {
  const headers = [...RESOURCE_ORDER.map((c) => RESOURCE_COLUMNS[c]), CSV_ITEMS_COLUMN];
  const rows = entries.map((e, i) => {
    const cells = resourceCells(e, i + 1);
    return [...RESOURCE_ORDER.map((c) => defuse(String(cells[c]))), defuse(inlineItems(e.items ?? []))];
  });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(toCsv([headers, ...rows]), 'utf8')]);
}
