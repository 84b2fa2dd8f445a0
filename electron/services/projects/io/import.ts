import type { ImportError, ImportReport } from '../../../../shared/directory/import-report';
import { newId } from '../../../../shared/model/ids';
import { callerUserId, requireRole, type Ctx } from '../../context';
import { ErrorList, FileProblem } from '../../directory/io/report';
import { normalizeHeader, readWorkbook } from '../../directory/io/tables';
import { viewerOf } from '../../directory/visibility';
import { insertProject } from '../records';
import { checkProjects } from './check';
import { DATA_SHEETS, PROJECTS } from './columns';
import { candidatesOf, loadLookups, rowCounts, sheetsOf, type Candidate } from './rows';

export interface ProjectImportOptions {
  fileName: string;
  bytes: Uint8Array;
  /** Check everything, write nothing. */
  dryRun?: boolean;
  /** Cancels the import; nothing is written once it fires. */
  signal?: AbortSignal;
  /** Names the progress events (the console's progress bar); a fresh id by default. */
  taskId?: string;
}

/** A declaration sheet is a few hundred projects; past these the file is refused whole. */
export const MAX_PROJECTS = 10_000;
export const MAX_CHILD_ROWS = 200_000;

/** Projects checked between two turns of the event loop (progress gets out, a cancel gets in). */
const SLICE = 100;
const PROGRESS = 'proj.progress.import';

/**
 * Imports the annual declaration sheet (.xlsx only), all or nothing, as the directory import
 * does: every row is read and checked first and every problem reported by sheet, row and column;
 * only a file without a problem is written, as one transaction of draft projects through
 * `insertProject` (codes XM{year}-NNNN, children, promised draft entries, history). A dry run, a
 * cancel before the write or any problem writes nothing.
 */
export async function importProjects(ctx: Ctx, opts: ProjectImportOptions): Promise<ImportReport> {
  requireRole(ctx, ['admin', 'bureau', 'registrant'], 'projects.import');
  const started = performance.now();
  const taskId = opts.taskId ?? newId();
  const viewer = viewerOf(ctx);
  const userId = callerUserId(ctx);
  const errors = new ErrorList();
  const progress = (done: number, total: number) => ctx.events.emit('progress', { taskId, label: PROGRESS, done, total });
  const counts = { total: 0, items: 0 };
  const aborted = () => opts.signal?.aborted === true;
  // Every way out builds a report, and tells the console's progress bar it is over.
  const report = (r: Partial<ImportReport> = {}): ImportReport => {
    progress(1, 1);
    return { imported: 0, dryRun: opts.dryRun === true, aborted: aborted(), errorCount: errors.count, errors: sortErrors(errors.list), codes: [], encoding: null, ms: Math.round(performance.now() - started), ...counts, ...r };
  };

  progress(0, 1);
  const candidates = await parseFile(ctx, opts, errors, counts);
  if (errors.count === 0 && counts.total === 0) errors.add(PROJECTS.name, 0, '', 'proj.import.noRows');
  if (aborted()) return report();
  const work = Math.max(counts.total, 1) * 2;
  const valid: Candidate[] = [];
  for (let i = 0; i < candidates.length; i += SLICE) {
    valid.push(...checkProjects(ctx.store, viewer, candidates.slice(i, i + SLICE), errors));
    progress(Math.min(i + SLICE, candidates.length), work);
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (aborted()) return report();
  }
  if (errors.count > 0 || opts.dryRun || aborted()) return report();

  // One transaction: every project or none. The rules run once more inside it, before the first
  // write, because other users may have written since the check (a resource retired or published).
  const written = ctx.store.transact({ userId }, (tx) => {
    const again = new ErrorList();
    if (checkProjects(tx, viewer, valid, again).length !== valid.length) return again;
    return valid.map((c, i) => {
      const id = insertProject(tx, viewer, userId, c.input);
      if ((i + 1) % SLICE === 0) progress(counts.total + i + 1, work);
      return tx.get<{ code: string }>('SELECT code FROM projects WHERE id = ?', [id])!.code;
    });
  });
  if (written instanceof ErrorList) {
    for (const err of written.list) errors.add(err.sheet, err.row, err.column, err.key, err.params);
    return report();
  }
  const codes = written;
  ctx.log.info('projects.imported', { file: opts.fileName.slice(0, 200), projects: codes.length, by: userId });
  return report({ imported: codes.length, codes });
}

/** The file's projects as candidates (the sheets stay local); none when the file cannot be read. */
async function parseFile(ctx: Ctx, opts: ProjectImportOptions, errors: ErrorList, counts: { total: number; items: number }): Promise<Candidate[]> {
  try {
    const file = sheetsOf(await readWorkbook(opts.bytes, new FileProblem('proj.import.xlsxOnly', { name: opts.fileName.slice(0, 100) })));
    if (!file) throw new FileProblem('dir.import.sheetMissing', { sheet: PROJECTS.name });
    Object.assign(counts, rowCounts(file));
    const childRows = [file.systems, file.items, file.consumes, file.provides].reduce((n, t) => n + (t?.rows.length ?? 0), 0);
    if (counts.total > MAX_PROJECTS || childRows > MAX_CHILD_ROWS) {
      errors.add(file.projects.sheet, 0, '', 'proj.import.tooManyRows', { max: MAX_PROJECTS, maxChildren: MAX_CHILD_ROWS });
      return [];
    }
    return candidatesOf(file, loadLookups(ctx.store), errors);
  } catch (e) {
    if (!(e instanceof FileProblem)) throw e;
    errors.add('', 0, '', e.key, e.params);
    return [];
  }
}

/** The file first, then the sheets in template order, each by row (the order found within a row stays). */
function sortErrors(list: readonly ImportError[]): ImportError[] {
  const rank = (sheet: string) => (sheet === '' ? -1 : DATA_SHEETS.findIndex((s) => s.name === normalizeHeader(sheet)) + 1 || DATA_SHEETS.length + 1);
  return [...list].sort((a, b) => rank(a.sheet) - rank(b.sheet) || a.row - b.row);
}
