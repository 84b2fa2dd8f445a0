import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { Language } from '../../../shared/i18n/languages';
import { translate } from '../../../shared/i18n/translate';
import { exportDirectory, type ExportFormat } from '../../services/directory/io/export';
import { importDirectory } from '../../services/directory/io/import';
import type { ImportError, ImportReport } from '../../services/directory/io/report';
import { directoryTemplate } from '../../services/directory/io/template';
import type { Ctx } from '../../services/context';
import { Refusal } from '../output';
import { callerAs, globals, printJson, withCore } from './session';

/** How many problems the CLI prints before "…" (the --json report has them all, up to its cap). */
const SHOWN_ERRORS = 10;

/** A CLI line, or a plain fallback while the message table lacks it (the line must still say what happened). */
function line(lang: Language, key: string, params: Record<string, string | number>, fallback: string): string {
  const text = translate(lang, key, params);
  return text === key ? fallback : text;
}

/** `资源 第 3 行「共享条件」：有条件共享须填写共享条件` — one problem a person can find in the file. */
export function describeImportError(lang: Language, e: ImportError): string {
  const message = translate(lang, e.key, e.params);
  if (e.row === 0) return e.sheet ? `${e.sheet}: ${message}` : message;
  // A CSV's items share one cell: name the item by its position in it.
  const column = `${e.column || '—'}${e.params.item !== undefined ? ` #${e.params.item}` : ''}`;
  return line(lang, 'cli.importError', { sheet: e.sheet, row: e.row, column, message }, `${e.sheet} ${e.row} ${column}: ${message}`);
}

function summary(lang: Language, r: ImportReport): string {
  if (r.aborted) return line(lang, 'cli.importAborted', {}, 'import cancelled: nothing written');
  if (r.errorCount > 0) return line(lang, 'cli.importFailed', { count: r.errorCount, total: r.total }, `${r.errorCount} problem(s) in ${r.total} resource(s): nothing written`);
  if (r.dryRun) return line(lang, 'cli.importChecked', { total: r.total, items: r.items }, `checked ${r.total} resource(s), ${r.items} item(s): nothing written (dry run)`);
  return line(lang, 'cli.importDone', { imported: r.imported, items: r.items }, `imported ${r.imported} resource(s), ${r.items} item(s)`);
}

function readInput(lang: Language, file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch {
    throw new Refusal(line(lang, 'cli.fileUnreadable', { file }, `cannot read ${file}`));
  }
}

function formatOf(file: string, given: ExportFormat | undefined): ExportFormat {
  if (given) return given;
  const ext = path.extname(file).toLowerCase();
  return ext === '.csv' ? 'csv' : ext === '.jsonld' || ext === '.json' ? 'dcat' : 'xlsx';
}

/**
 * `tongchou directory import FILE` / `export FILE` / `template FILE`: the directory's spreadsheet
 * exchange headless. An import with problems writes nothing and exits 1 with a summary line and
 * the first problems (sheet, row, column, message); `--json` prints the whole report.
 */
export function directoryIoCommands(directory: Command): void {
  directory
    .command('import <file>')
    .description('import entries from the .xlsx template or a .csv, all or nothing (drafts)')
    .option('--dry-run', 'check the file, write nothing')
    .option('--as <user>', 'import as this user (a registrant imports only their department\u2019s entries)')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, opts: { dryRun?: boolean; as?: string; json?: boolean }, cmd: Command) => {
      const { lang } = globals(cmd);
      const bytes = readInput(lang, file);
      await withCore(cmd, async (core) => {
        const ctx: Ctx = { ...core.services, caller: callerAs(core, opts.as) };
        const report = await importDirectory(ctx, { fileName: path.basename(file), bytes, dryRun: opts.dryRun === true });
        const head = summary(lang, report);
        if (opts.json) printJson(report);
        if (report.errorCount > 0 || report.aborted) {
          const shown = opts.json ? [] : report.errors.slice(0, SHOWN_ERRORS).map((e) => `  ${describeImportError(lang, e)}`);
          if (!opts.json && report.errorCount > shown.length) shown.push(`  ${line(lang, 'cli.importMore', { count: report.errorCount - shown.length }, `… ${report.errorCount - shown.length} more`)}`);
          throw new Refusal([head, ...shown].join('\n'));
        }
        if (!opts.json) {
          process.stdout.write(head + '\n');
          if (report.codes.length) process.stdout.write(report.codes.join('\n') + '\n');
        }
      });
    });
  directory
    .command('export <file>')
    .description('export the directory as the template (.xlsx / .csv) or as DCAT JSON-LD of the open resources')
    .addOption(new Option('--format <format>', 'xlsx | csv | dcat (default: from the file name)').choices(['xlsx', 'csv', 'dcat']))
    .option('--dept <code>', 'only this provider department')
    .option('--as <user>', 'as this user may see it (the negative-list rule)')
    .action(async (file: string, opts: { format?: ExportFormat; dept?: string; as?: string }, cmd: Command) => {
      const { lang } = globals(cmd);
      await withCore(cmd, async (core) => {
        const filters: Record<string, string> = {};
        if (opts.dept) {
          const d = core.services.store.get<{ id: string }>('SELECT id FROM departments WHERE code = ?', [opts.dept]);
          if (!d) throw new Refusal(translate(lang, 'cli.departmentUnknown', { code: opts.dept }));
          filters.provider = d.id;
        }
        const ctx: Ctx = { ...core.services, caller: callerAs(core, opts.as) };
        const out = await exportDirectory(ctx, { format: formatOf(file, opts.format), filters });
        fs.writeFileSync(file, out.bytes);
        process.stdout.write(line(lang, 'cli.exportDone', { count: out.count, file }, `exported ${out.count} resource(s) to ${file}`) + '\n');
      });
    });
  directory
    .command('template <file>')
    .description('write the empty import template (.xlsx) with its 说明 sheet')
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      const { lang } = globals(cmd);
      const t = await directoryTemplate();
      fs.writeFileSync(file, t.bytes);
      process.stdout.write(line(lang, 'cli.templateDone', { file }, `template written to ${file}`) + '\n');
    });
}
