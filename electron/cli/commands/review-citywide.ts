import { InvalidArgumentError, type Command } from 'commander';
import type { Language } from '../../../shared/i18n/languages';
import { translate } from '../../../shared/i18n/translate';
import type { Page, TableQueryInput } from '../../../shared/model/table-query';
import type { ClusterRow, HotspotRow } from '../../../shared/review/citywide';
import { callAs } from '../../api/dispatch';
import type { Caller } from '../../services/context';
import { formatTable } from '../output';
import { callerAs, globals, printJson, withCore } from './session';

/** Rows printed as text unless --limit says otherwise (--json prints every row unless --limit is given). */
const TEXT_ROWS = 20;
/** Names of a hotspot shown in the text table (all of them in --json). */
const NAMES_SHOWN = 4;

function parseLimit(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(n) || n < 1 || n > 100_000) throw new InvalidArgumentError('a whole number from 1 to 100000');
  return n;
}

function parseKind(value: string): 'key' | 'generic' {
  if (value !== 'key' && value !== 'generic') throw new InvalidArgumentError('key (key elements such as 公民身份号码) or generic (fields such as 备注)');
  return value;
}

const percent = (score: number) => `${Math.round(score * 100)}%`;
const aside = (lang: Language, text: string) => (lang === 'en' ? ` (${text})` : `（${text}）`);
const list = (lang: Language, items: string[]) => items.join(lang === 'en' ? ', ' : '、');

/** Every row of a page-wise listing up to `max`, 500 at a time. */
async function rowsOf<T>(fetch: (q: TableQueryInput) => Promise<Page<T>>, max: number, query: TableQueryInput = {}): Promise<{ rows: T[]; total: number }> {
  const rows: T[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await fetch({ ...query, offset, limit: Math.min(500, max - rows.length) });
    rows.push(...page.rows);
    if (rows.length >= Math.min(max, page.total) || page.rows.length === 0) return { rows, total: page.total };
  }
}

/** A progress line on a terminal (stderr), rewritten in place and cleared at the end. */
function progressLine(lang: Language, on: (listener: (p: { done: number; total: number }) => void) => () => void): () => void {
  if (!process.stderr.isTTY) return () => undefined;
  const off = on((p) => {
    if (p.done < p.total) process.stderr.write(`\r${translate(lang, 'cli.citywide.progress', { done: p.done, total: p.total })}`);
  });
  return () => {
    off();
    process.stderr.write('\r\u001b[K');
  };
}

function printClusters(lang: Language, clusters: ClusterRow[], total: number): void {
  const t = (k: string, params: Record<string, string | number> = {}) => translate(lang, k, params);
  const lines: string[] = [];
  if (total === 0) lines.push(t('cli.citywide.noClusters'));
  clusters.forEach((c, i) => {
    lines.push(t('cli.citywide.cluster', { no: i + 1, size: c.size, departments: c.departments, label: t(`review.label.${c.topLabel}`), score: percent(c.topScore) }));
    for (const p of c.projects) lines.push(`   ${p.code} ${p.name}${aside(lang, p.departmentName)}`);
  });
  if (total > clusters.length) lines.push(t('cli.citywide.moreClusters', { count: total - clusters.length }));
  process.stdout.write(lines.map((l) => l + '\n').join(''));
}

function printHotspots(lang: Language, rows: HotspotRow[], total: number): void {
  const t = (k: string, params: Record<string, string | number> = {}) => translate(lang, k, params);
  if (total === 0) {
    process.stdout.write(t('cli.citywide.noHotspots') + '\n');
    return;
  }
  const headers = ['element', 'kind', 'departments', 'resources', 'projects', 'names'].map((c) => t(`cli.citywide.col.${c}`));
  const cells = rows.map((r) => [
    r.element,
    t(`review.citywide.export.kind.${r.generic ? 'generic' : 'key'}`),
    String(r.departments),
    String(r.resourceCount),
    String(r.projects),
    list(lang, r.names.slice(0, NAMES_SHOWN)) + (r.names.length > NAMES_SHOWN ? ' …' : ''),
  ]);
  process.stdout.write(t('cli.citywide.hotspotsHeading', { total }) + '\n' + formatTable(headers, cells) + '\n');
  if (total > rows.length) process.stdout.write(t('cli.citywide.shown', { shown: rows.length, total }) + '\n');
}

/**
 * `tongchou review scan|hotspots`: the city-wide views of the duplicate-construction review
 * headless. Added to the `review` command: `reviewCitywideCommands(reviewCommands(program))`.
 */
export function reviewCitywideCommands(review: Command): Command {
  review
    .command('scan')
    .description('scan every project city-wide (全市扫描) and print the clusters of duplicate construction, largest first')
    .option('--as <user>', 'as this user (bureau staff, auditors and administrators may scan)')
    .option('--limit <n>', `clusters to print (default ${TEXT_ROWS}; with --json every cluster)`, parseLimit)
    .option('--json', 'print {scan: time and counts, clusters: [...]} as JSON')
    .action(async (opts: { as?: string; limit?: number; json?: boolean }, cmd: Command) => {
      const { lang } = globals(cmd);
      await withCore(cmd, async (core) => {
        const caller: Caller = callerAs(core, opts.as);
        const done = progressLine(lang, (listener) => core.services.events.on('progress', (p) => p.label === 'review.progress.scan' && listener(p)));
        let summary;
        try {
          summary = await callAs(core.services, caller, 'review.scan', {});
        } finally {
          done();
        }
        const max = opts.limit ?? (opts.json ? Number.MAX_SAFE_INTEGER : TEXT_ROWS);
        const { rows, total } = await rowsOf((q) => callAs(core.services, caller, 'review.clusters', q), max);
        if (opts.json) {
          printJson({ scan: summary, clusters: rows });
          return;
        }
        process.stdout.write(translate(lang, 'cli.citywide.scanned', { ...summary, seconds: (summary.ms / 1000).toFixed(1) }) + '\n');
        printClusters(lang, rows, total);
      });
    });
  review
    .command('hotspots')
    .description('多头采集: data elements collected by two or more departments, most departments first')
    .option('--as <user>', 'as this user (a department sees listed only the resources whose data items it may see)')
    .option('--limit <n>', `elements to print (default ${TEXT_ROWS}; with --json every element)`, parseLimit)
    .option('--search <text>', 'elements whose name, variants or departments contain this')
    .option('--kind <kind>', 'key: key elements only (公民身份号码 …); generic: fields every register has (备注 …)', parseKind)
    .option('--json', 'print the elements as JSON (departments, resources, projects, name variants)')
    .action(async (opts: { as?: string; limit?: number; search?: string; kind?: 'key' | 'generic'; json?: boolean }, cmd: Command) => {
      const { lang } = globals(cmd);
      await withCore(cmd, async (core) => {
        const caller = callerAs(core, opts.as);
        const max = opts.limit ?? (opts.json ? Number.MAX_SAFE_INTEGER : TEXT_ROWS);
        const query: TableQueryInput = { search: opts.search ?? '', filters: opts.kind ? { kind: opts.kind } : {} };
        const { rows, total } = await rowsOf((q) => callAs(core.services, caller, 'review.hotspots', q), max, query);
        if (opts.json) printJson({ total, elements: rows });
        else printHotspots(lang, rows, total);
      });
    });
  return review;
}
