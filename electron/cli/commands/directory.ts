import type { Command } from 'commander';
import { z } from 'zod';
import { resourceInputSchema, type ResourceRow, type ResourceView } from '../../../shared/directory/resource';
import { ApiError } from '../../../shared/api/errors';
import type { Language } from '../../../shared/i18n/languages';
import { translate } from '../../../shared/i18n/translate';
import { callAs } from '../../api/dispatch';
import { formatTable, Refusal } from '../output';
import { callerAs, globals, printJson, withCore } from './session';

const addSchema = resourceInputSchema.omit({ providerDeptId: true }).extend({ providerDeptId: z.string().optional(), providerDeptCode: z.string().optional() });

function printRows(lang: Language, rows: ResourceRow[]): void {
  const headers = ['code', 'name', 'provider', 'shareType', 'status'].map((h) => translate(lang, `cli.col.${h}`));
  process.stdout.write(
    formatTable(headers, rows.map((r) => [r.code, r.name, r.providerName, translate(lang, `dir.shareType.${r.shareType}`), translate(lang, `dir.status.${r.status}`)])) + '\n',
  );
}

function printView(lang: Language, v: ResourceView): void {
  const t = (k: string) => translate(lang, k);
  const lines = [
    `${v.code}  ${v.name}  [${t(`dir.status.${v.status}`)}]`,
    `${t('cli.col.provider')}: ${v.providerName} (${v.providerCode})`,
    `${t('dir.shareType.' + v.shareType)} · ${t('dir.openType.' + v.openType)} · ${t('dir.format.' + v.format)} · ${t('dir.updateCycle.' + v.updateCycle)}`,
    v.summary,
  ];
  if (v.restricted) lines.push(t('cli.restricted'));
  else for (const i of v.items ?? []) lines.push(`  - ${i.name} (${t('dir.dataType.' + i.dataType)}${i.length ? `, ${i.length}` : ''})`);
  process.stdout.write(lines.join('\n') + '\n');
}

/** `tongchou directory …`: the catalog headless — list, search, add an entry, show one as some user sees it. */
export function directoryCommands(program: Command): Command {
  const dir = program.command('directory').description('the resource directory (政务数据资源目录)');
  dir
    .command('list')
    .description('list entries')
    .option('--dept <code>', 'only this provider department')
    .option('--as <user>', 'as this user sees it (default: the system operator, who sees everything)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { dept?: string; as?: string; json?: boolean }, cmd: Command) => {
      const { lang } = globals(cmd);
      await withCore(cmd, async (core) => {
        const filters: Record<string, string> = {};
        if (opts.dept) {
          const d = core.services.store.get<{ id: string }>('SELECT id FROM departments WHERE code = ?', [opts.dept]);
          if (!d) throw new Refusal(translate(lang, 'cli.departmentUnknown', { code: opts.dept }));
          filters.provider = d.id;
        }
        const caller = callerAs(core, opts.as);
        const rows: ResourceRow[] = [];
        for (let offset = 0; ; offset += 500) {
          const page = await callAs(core.services, caller, 'directory.list', { offset, limit: 500, filters, sort: [{ id: 'code', desc: false }] });
          rows.push(...page.rows);
          if (rows.length >= page.total || page.rows.length === 0) break;
        }
        if (opts.json) printJson(rows);
        else printRows(lang, rows);
      });
    });
  dir
    .command('search <text>')
    .description('Chinese full-text search over names, summaries and data-item names')
    .option('--as <user>', 'as this user may search')
    .option('--limit <n>', 'at most this many', (v) => Number(v), 50)
    .option('--json', 'machine-readable output')
    .action(async (text: string, opts: { as?: string; limit: number; json?: boolean }, cmd: Command) => {
      const { lang } = globals(cmd);
      await withCore(cmd, async (core) => {
        const page = await callAs(core.services, callerAs(core, opts.as), 'directory.list', { search: text, limit: Math.min(Math.max(opts.limit, 1), 500) });
        if (opts.json) printJson(page);
        else printRows(lang, page.rows);
      });
    });
  dir
    .command('add')
    .description('register an entry (a draft); prints its code once committed')
    .requiredOption('--json <entry>', 'the entry as JSON (providerDeptCode may replace providerDeptId)')
    .option('--as <user>', 'register as this user')
    .action(async (opts: { json: string; as?: string }, cmd: Command) => {
      const { lang } = globals(cmd);
      let raw: unknown;
      try {
        raw = JSON.parse(opts.json);
      } catch {
        throw new Refusal(translate(lang, 'cli.badJson'));
      }
      const parsed = addSchema.safeParse(raw);
      if (!parsed.success) throw new ApiError('VALIDATION', 'errors.VALIDATION', { fields: parsed.error.issues.map((i) => i.path.join('.')).join(', ') });
      await withCore(cmd, async (core) => {
        const { providerDeptCode, providerDeptId, ...entry } = parsed.data;
        const id = providerDeptId ?? core.services.store.get<{ id: string }>('SELECT id FROM departments WHERE code = ?', [providerDeptCode ?? ''])?.id;
        if (!id) throw new Refusal(translate(lang, 'cli.departmentUnknown', { code: providerDeptCode ?? '' }));
        const view = await callAs(core.services, callerAs(core, opts.as), 'directory.create', { ...entry, providerDeptId: id });
        process.stdout.write(`${view.code}\n`);
      });
    });
  dir
    .command('show <code>')
    .description('one entry; with --as, exactly what that user may see (the negative-list rule)')
    .option('--as <user>', 'as this user sees it')
    .option('--json', 'machine-readable output')
    .action(async (code: string, opts: { as?: string; json?: boolean }, cmd: Command) => {
      const { lang } = globals(cmd);
      await withCore(cmd, async (core) => {
        const view = await callAs(core.services, callerAs(core, opts.as), 'directory.get', { ref: code });
        if (opts.json) printJson(view);
        else printView(lang, view);
      });
    });
  return dir;
}
