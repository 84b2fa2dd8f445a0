import ExcelJS from 'exceljs';
import { ApiError } from '../../../shared/api/errors';
import type { TableQuery } from '../../../shared/model/table-query';
import type { CitywideView } from '../../../shared/review/citywide';
import { reviewZhCN } from '../../../shared/i18n/review-zh-CN';
import { callerUserId, requireSignedIn, type Ctx } from '../context';
import { toCsv } from '../directory/io/csv';
import { defuse } from '../directory/io/tables';
import { requireEngine, requireScanRole, selectRows } from './citywide-common';
import { CLUSTER_TABLE, lastScans } from './citywide-scan';
import { aggregate, hotspotDrafts, HOTSPOT_TABLE, withResources } from './citywide-hotspots';

/** Exports of the city-wide views (xlsx or csv), as the tables show them. */
export interface CitywideExportOptions {
  view: CitywideView;
  format: 'xlsx' | 'csv';
  filters?: Record<string, string>;
  search?: string;
}

/** Resources an exported hotspot row lists in its cell (a spreadsheet cell holds 32,767 characters). */
const EXPORT_RESOURCES = 200;

const stamp = () => new Date().toISOString().slice(0, 10).replace(/-/g, '');
const pct = (score: number) => `${Math.round(score * 100)}%`;
const C = reviewZhCN.citywide;

interface Sheet {
  name: string;
  header: string[];
  widths: number[];
  rows: (string | number)[][];
}

function clusterSheet(ctx: Ctx, q: Pick<TableQuery, 'sort' | 'filters' | 'search'>): { sheet: Sheet; count: number } {
  requireScanRole(ctx, 'review.exportCitywide');
  const last = lastScans.get(ctx.store);
  if (!last) throw new ApiError('CONFLICT', 'review.rule.noScan');
  const clusters = selectRows(last.clusters, q, CLUSTER_TABLE);
  const h = C.export.clusters;
  const rows: (string | number)[][] = [];
  clusters.forEach((c, i) => {
    for (const p of c.projects) rows.push([i + 1, c.size, c.departments, reviewZhCN.label[c.topLabel], pct(c.topScore), p.code, p.name, p.departmentName, p.year]);
  });
  return {
    sheet: { name: h.sheet, header: [h.cluster, h.size, h.departments, h.topLabel, h.topScore, h.code, h.name, h.department, h.year], widths: [8, 8, 8, 12, 10, 14, 44, 28, 8], rows },
    count: clusters.length,
  };
}

function hotspotSheet(ctx: Ctx, q: Pick<TableQuery, 'sort' | 'filters' | 'search'>): { sheet: Sheet; count: number } {
  requireSignedIn(ctx);
  requireEngine();
  const agg = aggregate(ctx.store);
  const { drafts, vis } = hotspotDrafts(ctx, agg);
  const h = C.export.hotspots;
  const rows = selectRows(drafts, q, HOTSPOT_TABLE).map((d) => {
    const r = withResources(agg, vis, d, EXPORT_RESOURCES);
    const listed = r.resources.map((x) => `${x.code} ${x.name}（${x.department}）`).join('；');
    const more = r.resourceCount - r.resources.length;
    const resources = more > 0 ? `${listed}${listed ? '；' : ''}${C.export.more.replace('{{count}}', String(more))}` : listed;
    return [r.element, C.export.kind[r.generic ? 'generic' : 'key'], r.names.join('、'), r.departments, r.departmentNames.join('、'), r.resourceCount, resources, r.projects];
  });
  return {
    sheet: { name: h.sheet, header: [h.element, h.kind, h.names, h.departments, h.departmentNames, h.resourceCount, h.resources, h.projects], widths: [20, 12, 30, 10, 50, 10, 80, 10], rows },
    count: rows.length,
  };
}

async function writeXlsx(sheet: Sheet): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.header.map((header, i) => ({ header, key: String(i), width: sheet.widths[i] ?? 14 }));
  ws.getRow(1).font = { bold: true };
  for (const r of sheet.rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** UTF-8 with a BOM (Excel needs it for Chinese); formula-looking cells defused. */
function writeCsv(sheet: Sheet): Buffer {
  const rows = [sheet.header, ...sheet.rows.map((r) => r.map((c) => defuse(String(c))))];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(toCsv(rows), 'utf8')]);
}

/** The clusters (one row per project, grouped by cluster) or the hotspots, as filtered and searched on screen. */
export async function exportCitywide(ctx: Ctx, opts: CitywideExportOptions): Promise<{ fileName: string; bytes: Buffer; count: number }> {
  const q = { sort: [], filters: opts.filters ?? {}, search: opts.search ?? '' };
  const { sheet, count } = opts.view === 'clusters' ? clusterSheet(ctx, q) : hotspotSheet(ctx, q);
  const bytes = opts.format === 'csv' ? writeCsv(sheet) : await writeXlsx(sheet);
  ctx.log.info('review.exportCitywide', { view: opts.view, format: opts.format, rows: count, by: callerUserId(ctx) });
  return { fileName: `${C.export[opts.view].file}-${stamp()}.${opts.format}`, bytes, count };
}

