import { newId } from '../../../../shared/model/ids';
import { callerUserId, requireRole, type Ctx } from '../../context';
import { viewerOf } from '../visibility';
import { createChecker, loadLookups } from './check';
import { SHEET_ITEMS } from './columns';
import { ErrorList, FileProblem, type ImportError, type ImportReport } from './report';
import { candidatesOf, type Candidate } from './rows';
import { MAX_ITEM_ROWS, MAX_RESOURCES, readTables } from './tables';
import { writeEntries } from './write';

export interface ImportOptions {
  fileName: string;
  bytes: Uint8Array;
  /** Check everything, write nothing. */
  dryRun?: boolean;
  /** Cancels the import; nothing is written once it fires. */
  signal?: AbortSignal;
  /** Names the progress events (the console's progress bar); a fresh id by default. */
  taskId?: string;
}

/**
 * Rows checked between two turns of the event loop (progress gets out, a cancel gets in). A
 * cancel is honoured until the write starts; the write is one synchronous, atomic transaction.
 */
const SLICE = 500;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Thrown inside the write transaction to roll it back when the file fails the rules there after all. */
class Recheck extends Error {
  constructor(readonly errors: ErrorList) {
    super('import recheck failed');
  }
}

/**
 * Imports a directory file (.xlsx template or .csv), all or nothing: every row is read and
 * checked first and every problem reported by sheet, row and column; only a file with no problem
 * is written, as one transaction of draft entries under the form's rules (`entryIssues`'s rules,
 * batched in createChecker; permissions as `mayRegisterFor`; codes, items and history as
 * `insertEntry` writes them). A dry run, a cancel or any remaining problem writes nothing.
 */
export async function importDirectory(ctx: Ctx, opts: ImportOptions): Promise<ImportReport> {
  requireRole(ctx, ['admin', 'bureau', 'registrant'], 'directory.import');
  const started = performance.now();
  const taskId = opts.taskId ?? newId();
  const viewer = viewerOf(ctx);
  const userId = callerUserId(ctx);
  const errors = new ErrorList();
  const progress = (done: number, total: number) => ctx.events.emit('progress', { taskId, label: 'progress.import', done, total });
  // Every way out builds a report: that is where the console's progress bar is told it is over.
  const report = (r: Partial<ImportReport>): ImportReport => (progress(1, 1), {
    total: 0,
    imported: 0,
    items: 0,
    dryRun: opts.dryRun === true,
    aborted: false,
    errorCount: errors.count,
    errors: sortErrors(errors.list),
    codes: [],
    encoding: null,
    ms: Math.round(performance.now() - started),
    ...r,
  });

  progress(0, 1);
  const parsed = await parseFile(ctx, opts, errors);
  if (!parsed) return report({});
  const { candidates, total, itemCount, encoding } = parsed;
  const base = { encoding, total, items: itemCount };
  if (errors.count === 0 && total === 0) errors.add(parsed.sheet, 0, '', 'dir.import.noRows');
  if (opts.signal?.aborted) return report({ ...base, aborted: true });
  // Progress: checking is the first half of the work, writing the second.
  const work = Math.max(total, 1) * 2;
  progress(0, work);

  // Checking happens in slices so progress reaches the console and a cancel reaches us.
  const fileCodes = new Set(candidates.map((c) => c.fileCode).filter(Boolean));
  const check = createChecker(ctx.store, viewer, fileCodes);
  const valid: Candidate[] = [];
  for (let i = 0; i < candidates.length; i += SLICE) {
    valid.push(...check(candidates.slice(i, i + SLICE), errors));
    progress(Math.min(i + SLICE, candidates.length), work);
    await yieldToLoop();
    if (opts.signal?.aborted) return report({ ...base, aborted: true });
  }
  if (errors.count > 0 || opts.dryRun) return report(base);
  if (opts.signal?.aborted) return report({ ...base, aborted: true });

  // One transaction: every entry or none. The rules run once more inside it over the whole file
  // (batched: a few reads per provider), because other users may have written since the check.
  let codes: string[];
  try {
    codes = ctx.store.transact({ userId }, (tx) => {
      const again = new ErrorList();
      const ok = createChecker(tx, viewer, fileCodes)(valid, again);
      if (again.count > 0 || ok.length !== valid.length) throw new Recheck(again);
      return writeEntries(tx, userId, valid, (done) => progress(total + done, work));
    });
  } catch (e) {
    if (!(e instanceof Recheck)) throw e;
    for (const err of e.errors.list) errors.add(err.sheet, err.row, err.column, err.key, err.params);
    return report(base);
  }
  progress(work, work);
  ctx.log.info('directory.imported', { file: opts.fileName.slice(0, 200), resources: codes.length, by: userId });
  return report({ ...base, imported: codes.length, codes });
}

/**
 * The file's rows as candidates. The parsed sheets stay local, so their memory is free again
 * before the write (at 100,000 item rows that matters). Null when the file cannot be read at all.
 */
async function parseFile(ctx: Ctx, opts: ImportOptions, errors: ErrorList) {
  let file;
  try {
    file = await readTables(opts.fileName, opts.bytes);
  } catch (e) {
    if (!(e instanceof FileProblem)) throw e;
    errors.add('', 0, '', e.key, e.params);
    return null;
  }
  const sheet = file.resources.sheet;
  if (file.resources.rows.length > MAX_RESOURCES || (file.items?.rows.length ?? 0) > MAX_ITEM_ROWS) {
    errors.add(sheet, 0, '', 'dir.import.tooManyRows', { max: MAX_RESOURCES, maxItems: MAX_ITEM_ROWS });
    return { sheet, encoding: file.encoding, candidates: [], total: file.resources.rows.length, itemCount: file.items?.rows.length ?? 0 };
  }
  return { sheet, encoding: file.encoding, ...candidatesOf(file, loadLookups(ctx.store), errors) };
}

const sheetOrder = (s: string) => (s === '' ? 0 : s === SHEET_ITEMS ? 2 : 1);

function sortErrors(list: readonly ImportError[]): ImportError[] {
  return [...list].sort((a, b) => sheetOrder(a.sheet) - sheetOrder(b.sheet) || a.row - b.row);
}
