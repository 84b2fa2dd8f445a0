import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { CSV_ITEMS_COLUMN, SHEET_CSV, SHEET_ITEMS, SHEET_RESOURCES } from './columns';
import { parseCsv } from './csv';
import { decodeText } from './decode';
import { FileProblem } from './report';

/** One sheet as text: its header (first non-empty row) and data rows, numbered as the program shows them. */
export interface Table {
  sheet: string;
  headerRow: number;
  /** Header text → 0-based column index (first occurrence wins). */
  columns: Map<string, number>;
  rows: { row: number; cells: string[] }[];
}

export interface ParsedFile {
  kind: 'xlsx' | 'csv';
  resources: Table;
  /** The 信息项 sheet of a workbook; null for CSV (items are inline). */
  items: Table | null;
  encoding: string | null;
}

/** Bigger files are refused before parsing (the budget file of 10,000 resources is ≈ 3 MB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
export const MAX_RESOURCES = 100_000;
export const MAX_ITEM_ROWS = 1_000_000;

/** A header or sheet name as compared: NFKC (full-width forms), no spaces, no required-mark `*` at either end. */
export const normalizeHeader = (h: string) => h.normalize('NFKC').replace(/\s+/g, '').replace(/^\*|\*$/g, '');

function tableOf(sheet: string, records: { row: number; cells: string[] }[]): Table {
  const nonEmpty = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = nonEmpty[0];
  const columns = new Map<string, number>();
  header?.cells.forEach((h, i) => {
    const key = normalizeHeader(h);
    if (key && !columns.has(key)) columns.set(key, i);
  });
  return { sheet, headerRow: header?.row ?? 1, columns, rows: nonEmpty.slice(1) };
}

/** A spreadsheet opening a CSV runs `=…`, `+…`, `-…`, `@…` as formulas: an export defuses them with a leading apostrophe. */
export const defuse = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/** A formula-looking cell the CSV export defused with a leading apostrophe gets it back off. */
const undefuse = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

export function readCsv(bytes: Uint8Array): ParsedFile {
  const { text, encoding } = decodeText(bytes);
  const records = parseCsv(text).map((r) => ({ row: r.row, cells: r.cells.map(undefuse) }));
  return { kind: 'csv', resources: tableOf(SHEET_CSV, records), items: null, encoding };
}

type CellValue = ExcelJS.CellValue;

/** What a person sees in a cell, as text: numbers without a spurious ".0", dates as YYYY-MM-DD. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15)));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: CellValue }).result ?? null);
    if ('hyperlink' in v && 'text' in v) return cellText((v as { text: CellValue }).text);
    if ('error' in v) return '';
  }
  return String(v);
}

type Records = { row: number; cells: string[] }[];

function rowRecord(values: CellValue[], rowNumber: number): { row: number; cells: string[] } {
  const cells: string[] = [];
  // row.values is 1-based (index 0 is empty).
  for (let c = 1; c < values.length; c++) cells.push(cellText(values[c] ?? null));
  return { row: rowNumber, cells };
}

/**
 * Streaming read: rows only, in one pass. Faster and lighter than loading the workbook, and it
 * skips what the import does not need — notably data validations, which a full load expands
 * cell by cell (a drop-down on a whole column is a million entries).
 */
async function streamSheets(bytes: Uint8Array): Promise<Map<string, Records>> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  const sheets = new Map<string, Records>();
  for await (const ws of reader) {
    const records: Records = [];
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      if (row.hasValues) records.push(rowRecord(row.values as CellValue[], row.number));
    }
    sheets.set((ws as unknown as { name: string }).name, records);
  }
  // Sheets arrive in the zip's order (Calc writes the last sheet first): put them in the workbook's.
  const order = ((reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? []).map((s) => s.name);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return new Map([...sheets].sort(([a], [b]) => rank(a) - rank(b)));
}

/** The whole workbook in memory: the fallback for files the streaming reader cannot follow. */
async function loadSheets(bytes: Uint8Array): Promise<Map<string, Records>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheets = new Map<string, Records>();
  for (const ws of wb.worksheets) {
    const records: Records = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => records.push(rowRecord(row.values as CellValue[], n)));
    sheets.set(ws.name, records);
  }
  return sheets;
}

/** The sheets of a workbook by name, streamed, or loaded whole when the stream cannot follow the file. */
async function sheetRecords(bytes: Uint8Array): Promise<Map<string, Records>> {
  try {
    const sheets = await streamSheets(bytes);
    if (sheets.size === 0) throw new Error('no sheets');
    return sheets;
  } catch {
    try {
      return await loadSheets(bytes);
    } catch {
      throw new FileProblem('dir.import.unreadable');
    }
  }
}

export async function readXlsx(bytes: Uint8Array): Promise<ParsedFile> {
  const sheets = await sheetRecords(bytes);
  const names = [...sheets.keys()];
  const byName = (name: string) => names.find((n) => normalizeHeader(n) === name);
  // A workbook whose first sheet was renamed still works: the first sheet holds the resources.
  const resourcesName = byName(SHEET_RESOURCES) ?? names[0];
  if (resourcesName === undefined) throw new FileProblem('dir.import.sheetMissing', { sheet: SHEET_RESOURCES });
  const resources = tableOf(resourcesName, sheets.get(resourcesName)!);
  const itemsName = byName(SHEET_ITEMS);
  const items = itemsName !== undefined ? tableOf(itemsName, sheets.get(itemsName)!) : null;
  // Items must come from somewhere: the 信息项 sheet, or an inline column as in the CSV.
  if (!items && !resources.columns.has(CSV_ITEMS_COLUMN)) throw new FileProblem('dir.import.sheetMissing', { sheet: SHEET_ITEMS });
  return { kind: 'xlsx', resources, items, encoding: null };
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** An .xlsx unpacks to far more than it weighs; past this a file is refused before it is unpacked. */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

/**
 * What the zip's central directory says its entries unpack to (null when there is no readable
 * directory: the reader will then refuse the file anyway). A zip bomb is refused here, before a
 * byte is inflated. Zip64 entries (sizes of 0xFFFFFFFF) count as too large: no template needs them.
 */
export function declaredUnzippedBytes(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
      if (view.getUint32(i, true) !== 0x06054b50) continue;
      const count = view.getUint16(i + 10, true);
      let p = view.getUint32(i + 16, true);
      let total = 0;
      for (let n = 0; n < count; n++) {
        if (view.getUint32(p, true) !== 0x02014b50) return null;
        const size = view.getUint32(p + 24, true);
        total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
        p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
      }
      return total;
    }
  } catch {
    // RangeError: offsets outside the file.
  }
  return null;
}

/** Empty, too large, or a zip that promises too much when unpacked: refused before it is read. */
function refuseSize(bytes: Uint8Array, isZip: boolean): void {
  if (bytes.length === 0) throw new FileProblem('dir.import.empty');
  const tooLarge = () => new FileProblem('dir.import.tooLarge', { max: MAX_FILE_BYTES / 1024 / 1024 });
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge();
  if (isZip && (declaredUnzippedBytes(bytes) ?? 0) > MAX_UNZIPPED_BYTES) throw tooLarge();
}

const isZipFile = (bytes: Uint8Array) => ZIP_MAGIC.every((b, i) => bytes[i] === b);

/** Reads an .xlsx or .csv by its content (the name's extension only breaks a tie). */
export async function readTables(fileName: string, bytes: Uint8Array): Promise<ParsedFile> {
  const isZip = isZipFile(bytes);
  refuseSize(bytes, isZip);
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (isZip) return readXlsx(bytes);
  // An old .xls (OLE2) or anything binary: say so instead of reading garbage as CSV.
  if (ext === 'xls' || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) throw new FileProblem('dir.import.unsupported', { name: fileName });
  if (ext === 'xlsx') throw new FileProblem('dir.import.unreadable');
  return readCsv(bytes);
}

/**
 * Every sheet of an .xlsx as a Table, in the workbook's order, under the same limits as
 * `readTables`, for imports with sheets of their own. `notXlsx` is the problem to report for a
 * file that is not a zip at all (a CSV, an old .xls).
 */
export async function readWorkbook(bytes: Uint8Array, notXlsx: FileProblem): Promise<Table[]> {
  const isZip = isZipFile(bytes);
  refuseSize(bytes, isZip);
  if (!isZip) throw notXlsx;
  return [...(await sheetRecords(bytes))].map(([name, records]) => tableOf(name, records));
}

/** The table of the sheet with this name as a person may type it (spaces, full-width forms). */
export const sheetNamed = (tables: readonly Table[], name: string): Table | undefined => tables.find((t) => normalizeHeader(t.sheet) === normalizeHeader(name));
