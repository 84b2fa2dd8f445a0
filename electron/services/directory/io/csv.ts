/**
 * CSV as RFC 4180 says and spreadsheet programs write it: comma-separated, fields quoted with
 * double quotes when they hold a comma, quote or line break, quotes doubled inside. Records are
 * numbered as a spreadsheet shows rows (a quoted line break does not start a new row).
 */
export interface CsvRecord {
  /** 1-based record number: the row a spreadsheet program shows. */
  row: number;
  cells: string[];
}

export function parseCsv(text: string, delimiter = detectDelimiter(text)): CsvRecord[] {
  const out: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let row = 1;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    cells.push(field);
    out.push({ row: row++, cells });
    cells = [];
    field = '';
  };
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      // Copy a run of ordinary characters at once (long summaries).
      const next = text.indexOf('"', i);
      const end = next === -1 ? n : next;
      field += text.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === delimiter) {
      cells.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || cells.length > 0) endRecord();
  return out;
}

/** Comma, unless the header line uses semicolons or tabs instead (European Excel, "Unicode text"). */
function detectDelimiter(text: string): string {
  const nl = text.search(/[\r\n]/);
  const header = nl === -1 ? text : text.slice(0, nl);
  const count = (c: string) => header.split(c).length - 1;
  const candidates: [string, number][] = [
    [',', count(',')],
    ['\t', count('\t')],
    [';', count(';')],
  ];
  candidates.sort((a, b) => b[1] - a[1]);
  return candidates[0]![1] > 0 ? candidates[0]![0] : ',';
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV text, CRLF line ends (what Excel expects). A leading BOM is the caller's choice. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map((c) => (NEEDS_QUOTES.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';
}
