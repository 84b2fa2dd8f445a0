import fs from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { ApiError } from '../../../shared/api/errors';
import type { Language } from '../../../shared/i18n/languages';
import { translate } from '../../../shared/i18n/translate';
import type { Finding, Report } from '../../../shared/review/report';
import { callAs } from '../../api/dispatch';
import type { Caller } from '../../services/context';
import { topEvidence } from '../../services/review/report-html';
import { Refusal } from '../output';
import { callerAs, globals, printJson, withCore } from './session';

/** How many evidence lines a finding shows (the strongest first), as in the printed report. */
const EVIDENCE_LINES = 3;

function parseVersion(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(n) || n < 1 || n > 100_000) throw new InvalidArgumentError('a report version: 1, 2, …');
  return n;
}

const percent = (score: number) => `${Math.round(score * 100)}%`;

/** A remark after a text: full-width brackets in Chinese. */
const aside = (lang: Language, text: string) => (lang === 'en' ? ` (${text})` : `（${text}）`);

/** What a finding is about: the other project, or the re-collected item and the resource to consume instead. */
function counterpart(lang: Language, f: Finding): string {
  if (f.otherProject) return `${f.otherProject.code} ${f.otherProject.name}${aside(lang, f.otherProject.departmentName)}`;
  if (!f.resource) return f.dataItem;
  const item = f.resource.item && f.resource.item !== f.dataItem ? ` · ${f.resource.item}` : '';
  return `${f.dataItem} → ${f.resource.code} ${f.resource.name}${aside(lang, f.resource.providerName)}${item}`;
}

function printReport(lang: Language, r: Report): void {
  const t = (k: string, params: Record<string, string | number> = {}) => translate(lang, k, params);
  const sep = lang === 'en' ? ': ' : '：';
  const lines = [t('cli.review.heading', { code: r.projectCode, name: r.projectName, version: r.version, count: r.findings.length })];
  if (r.findings.length === 0) lines.push(t('cli.review.none'));
  r.findings.forEach((f, i) => {
    const decided = f.decision ? `  [${t(`review.decision.${f.decision}`)}${f.reason ? `${sep}${f.reason}` : ''}${f.carried ? aside(lang, t('cli.review.kept')) : ''}]` : '';
    lines.push(`${i + 1}. ${t(`review.label.${f.label}`)}  ${percent(f.score)}  ${counterpart(lang, f)}${decided}`);
    for (const e of topEvidence(f.evidence, EVIDENCE_LINES)) {
      const sides = e.left === e.right || !e.right ? e.left : `${e.left} ↔ ${e.right}`;
      lines.push(`     ${t(`review.evidence.${e.kind}`)}${sep}${sides}${aside(lang, percent(e.score))}`);
    }
  });
  process.stdout.write(lines.join('\n') + '\n');
}

/** Calls the review service, turning “no such project (for this user)” into a line that names it. */
async function reviewCall<T>(lang: Language, ref: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof ApiError && err.code === 'NOT_FOUND') throw new Refusal(translate(lang, 'cli.project.notFound', { ref }));
    throw err;
  }
}

/**
 * `tongchou review check|report`: the duplicate-construction review (重复建设审查) headless. Without
 * `--as` the local operator acts (as administrator). The city-wide scan and the 多头采集 hotspots
 * come when the engine's city-wide functions do.
 */
export function reviewCommands(program: Command): Command {
  const review = program.command('review').description('duplicate-construction review (重复建设审查): check a project, print its report as PDF');
  review
    .command('check <project>')
    .description('check a project now (id or code, 项目编号); keeps the result as its next report version and prints the findings')
    .option('--as <user>', 'as this user (bureau staff and auditors may run a check)')
    .option('--json', 'print the report as JSON')
    .action(async (ref: string, opts: { as?: string; json?: boolean }, cmd: Command) => {
      const { lang } = globals(cmd);
      await withCore(cmd, async (core) => {
        const caller = callerAs(core, opts.as);
        const report = await reviewCall(lang, ref, () => callAs(core.services, caller, 'review.check', { projectId: ref }));
        if (opts.json) printJson(report);
        else printReport(lang, report);
      });
    });
  review
    .command('report <project>')
    .description('write the printable report (A4 PDF: findings table, decisions, conclusion, signatures) of the latest or a given version')
    .requiredOption('--pdf <file>', 'the PDF file to write')
    // Not --version: the program's own version flag is recognised anywhere on the line.
    .option('--report-version <n>', 'this report version (default: the latest)', parseVersion)
    .option('--as <user>', 'as this user (whoever may see the project may print its report)')
    .action(async (ref: string, opts: { pdf: string; reportVersion?: number; as?: string }, cmd: Command) => {
      const { lang } = globals(cmd);
      await withCore(cmd, async (core) => {
        const caller: Caller = callerAs(core, opts.as);
        const latest = await reviewCall(lang, ref, () => callAs(core.services, caller, 'review.get', { projectId: ref }));
        if (!latest) throw new Refusal(translate(lang, 'cli.review.notChecked', { ref }));
        let report = latest;
        const version = opts.reportVersion;
        if (version !== undefined && version !== latest.version) {
          if (version > latest.versions) throw new Refusal(translate(lang, 'cli.review.versionNotFound', { ref, version, versions: latest.versions }));
          report = (await reviewCall(lang, ref, () => callAs(core.services, caller, 'review.get', { projectId: ref, version })))!;
        }
        const pdf = await callAs(core.services, caller, 'review.pdf', { reportId: report.id, language: lang });
        try {
          fs.writeFileSync(opts.pdf, Buffer.from(pdf.contentBase64, 'base64'));
        } catch {
          throw new Refusal(translate(lang, 'cli.review.cannotWrite', { file: opts.pdf }));
        }
        process.stdout.write(translate(lang, 'cli.review.pdfWritten', { code: report.projectCode, version: report.version, file: opts.pdf }) + '\n');
      });
    });
  return review;
}
