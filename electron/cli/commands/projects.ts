import fs from 'node:fs';
import { Argument, InvalidArgumentError, Option, type Command } from 'commander';
import { ApiError, validationError } from '../../../shared/api/errors';
import type { Language } from '../../../shared/i18n/languages';
import { projEn } from '../../../shared/i18n/proj-en';
import { projZhCN } from '../../../shared/i18n/proj-zh-CN';
import { translate } from '../../../shared/i18n/translate';
import { projectInputSchema, type ProjectRow, type ProjectView } from '../../../shared/project/project';
import { PROJECT_ACTIONS, PROJECT_STATUSES, WORKFLOW, type ProjectAction, type ProjectStatus } from '../../../shared/project/workflow';
import { callAs } from '../../api/dispatch';
import type { Reader } from '../../store/types';
import { describeError, formatTable, Refusal } from '../output';
import { callerAs, globals, printJson, withCore } from './session';

/** The largest declaration file read (a project with hundreds of data items is well under 1 MiB). */
export const MAX_PROJECT_FILE_MIB = 5;

const REGISTER_HELP = `
The file holds one project as the console's form sends it (projectInputSchema):
  name, type (new | upgrade | operation), year, budget (万元), fundingSource (fiscal | special | self | other),
  content, systems [{ name, functions }], dataItems [{ name, dataType, length }],
  consumes [{ resourceId, purpose }], provides [{ resourceId | draft, shareType }].
For convenience:
  "department": "ZS024" or "中山市市场监督管理局"  instead of "departmentId"
  "resource": "101/000001" (a directory code)       instead of "resourceId" in consumes / provides
Example:
  { "name": "市场主体信用监管平台建设项目", "department": "ZS024", "type": "new", "year": 2026,
    "budget": 380.5, "fundingSource": "fiscal", "content": "建设市场主体信用监管平台，实现分级分类监管。",
    "consumes": [{ "resource": "101/000001", "purpose": "核验法定代表人身份" }] }
`;

// ——— arguments ———

/** A workflow action by its id (formal_pass, formal-pass) or its label in either language (形式审查通过). */
export function parseProjectAction(value: string): ProjectAction {
  const v = value.trim();
  const id = v.replace(/-/g, '_');
  if ((PROJECT_ACTIONS as readonly string[]).includes(id)) return id as ProjectAction;
  const byLabel = PROJECT_ACTIONS.find((a) => projZhCN.action[a] === v || projEn.action[a].toLowerCase() === v.toLowerCase());
  if (byLabel) return byLabel;
  throw new InvalidArgumentError(`one of: ${PROJECT_ACTIONS.map((a) => `${a} (${projZhCN.action[a]})`).join(', ')}`);
}

function parseYear(value: string): string {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('a year such as 2026');
  return value;
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new InvalidArgumentError('a whole number from 1 to 500');
  return n;
}

// ——— the declaration file ———

/** Reads FILE.json: size limit, a byte-order mark (Windows Notepad) tolerated, JSON errors located. */
function readProjectFile(lang: Language, file: string): Record<string, unknown> {
  let size: number;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch {
    throw new Refusal(translate(lang, 'cli.fileUnreadable', { file }));
  }
  if (size > MAX_PROJECT_FILE_MIB * 1024 * 1024) throw new Refusal(translate(lang, 'cli.project.fileTooLarge', { file, mb: MAX_PROJECT_FILE_MIB }));
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    throw new Refusal(translate(lang, 'cli.fileUnreadable', { file }));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const at = /at position (\d+)/.exec(err instanceof Error ? err.message : '');
    if (!at) throw new Refusal(translate(lang, 'cli.project.badJson', { file }));
    const before = text.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    throw new Refusal(translate(lang, 'cli.project.badJsonAt', { file, line, column: before.length - before.lastIndexOf('\n') }));
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new Refusal(translate(lang, 'cli.project.notObject', { file }));
  return raw as Record<string, unknown>;
}

/** A department by code, or by its full name. */
function departmentId(db: Reader, ref: string): string | undefined {
  return (
    db.get<{ id: string }>('SELECT id FROM departments WHERE code = ?', [ref])?.id ??
    db.get<{ id: string }>('SELECT id FROM departments WHERE name = ?', [ref])?.id
  );
}

/** Turns the file's conveniences (`department`, `resource`) into the ids the contract takes; everything else is left to the schema. */
function resolveReferences(db: Reader, lang: Language, raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  if (typeof out.department === 'string' && !('departmentId' in out)) {
    const id = departmentId(db, out.department.trim());
    if (!id) throw new Refusal(translate(lang, 'cli.project.departmentUnknown', { department: out.department }));
    delete out.department;
    out.departmentId = id;
  }
  for (const list of ['consumes', 'provides'] as const) {
    if (!Array.isArray(out[list])) continue;
    out[list] = (out[list] as unknown[]).map((entry, i) => {
      if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return entry;
      const { resource, ...rest } = entry as Record<string, unknown>;
      if (typeof resource !== 'string' || 'resourceId' in rest) return entry;
      const id = db.get<{ id: string }>('SELECT id FROM resources WHERE code = ?', [resource.trim()])?.id;
      if (!id) throw new Refusal(translate(lang, 'cli.project.resourceUnknown', { path: `${list}.${i}.resource`, code: resource }));
      return { ...rest, resourceId: id };
    });
  }
  return out;
}

// ——— output ———

const amount = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 4 });

function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function printRows(lang: Language, rows: ProjectRow[], total: number): void {
  const t = (k: string) => translate(lang, k);
  if (rows.length === 0) {
    process.stdout.write(t('cli.project.none') + '\n');
    return;
  }
  const headers = ['code', 'name', 'department', 'type', 'year', 'budget', 'status'].map((h) => t(`cli.project.col.${h}`));
  const cells = rows.map((r) => [r.code, r.name, r.departmentName, t(`proj.type.${r.type}`), String(r.year), amount(r.budget), t(`proj.status.${r.status}`)]);
  process.stdout.write(formatTable(headers, cells) + '\n');
  if (total > rows.length) process.stdout.write(translate(lang, 'cli.project.listTotal', { shown: rows.length, total }) + '\n');
}

function printView(lang: Language, v: ProjectView): void {
  const t = (k: string, params: Record<string, string | number> = {}) => translate(lang, k, params);
  const sep = lang === 'en' ? ': ' : '：';
  const head = (k: string, n: number) => `${t(`cli.project.show.${k}`)}${n === 0 ? `${sep}${t('cli.project.show.none')}` : ` (${n})`}`;
  const ref = (r: { code: string | null; name: string | null; resourceId: string }) => `${r.code ?? '—'} ${r.name ?? r.resourceId}`;
  const lines = [
    `${v.code}  ${v.name}  [${t(`proj.status.${v.status}`)}]`,
    `${t('cli.project.show.department')}${sep}${v.departmentName}`,
    `${t('cli.project.show.type')}${sep}${t(`proj.type.${v.type}`)} · ${t('cli.project.show.year')}${sep}${v.year} · ${t('cli.project.show.budget')}${sep}${t('cli.project.show.amount', { amount: amount(v.budget) })} · ${t('cli.project.show.funding')}${sep}${t(`proj.fundingSource.${v.fundingSource}`)}`,
    `${t('cli.project.show.content')}${sep}${v.content}`,
    head('systems', v.systems.length),
    ...v.systems.map((s) => `  - ${s.name}${s.functions.length ? `${sep}${s.functions.join(lang === 'en' ? ', ' : '、')}` : ''}`),
    head('dataItems', v.dataItems.length),
    ...v.dataItems.map((i) => `  - ${i.name} (${t(`dir.dataType.${i.dataType}`)}${i.length ? `, ${i.length}` : ''})`),
    head('consumes', v.consumes.length),
    ...v.consumes.map((c) => `  - ${ref(c)}${c.providerName ? ` · ${c.providerName}` : ''}${c.status ? ` [${t(`dir.status.${c.status}`)}]` : ''}${c.purpose ? ` · ${c.purpose}` : ''}`),
    head('provides', v.provides.length),
    ...v.provides.map((p) => {
      const promised = t('cli.project.show.promised', { shareType: t(`dir.shareType.${p.promisedShareType}`) });
      const exception = p.exception ? ` · ${t('cli.project.show.exception', { reason: p.exception.reason })}` : '';
      return `  - ${ref(p)}${p.status ? ` [${t(`dir.status.${p.status}`)}]` : ''} · ${promised}${exception}`;
    }),
  ];
  if (v.attachments.length) lines.push(head('attachments', v.attachments.length), ...v.attachments.map((a) => `  - ${t(`proj.attachmentKind.${a.kind}`)}${sep}${a.fileName}`));
  if (v.gate) {
    if (v.gate.passes && v.gate.missing.length === 0) lines.push(`${t('cli.project.show.gate')}${sep}${t('cli.project.show.gatePasses')}`);
    else {
      lines.push(`${t('cli.project.show.gate')}${sep}${v.gate.passes ? t('cli.project.show.gatePasses') : t('proj.rule.gateNotPassed', { count: v.gate.missing.filter((m) => !m.excepted).length })}`);
      for (const m of v.gate.missing) lines.push(`  - ${m.code ?? '—'} ${m.name}${sep}${t(`proj.gate.${m.problem}`)}${m.excepted ? ` (${t('cli.project.show.gateExcepted')})` : ''}`);
    }
  }
  lines.push(t('cli.project.show.timeline'));
  for (const h of v.history) {
    const move = h.fromStatus && h.fromStatus !== h.toStatus ? `${t(`proj.status.${h.fromStatus}`)} → ${t(`proj.status.${h.toStatus}`)}` : t(`proj.status.${h.toStatus}`);
    lines.push(`  ${localTime(h.at)}  ${t(`proj.action.${h.action}`)}  ${move}  ${h.userName ?? t('cli.project.show.operator')}${h.comment ? `  「${h.comment}」` : ''}`);
  }
  const steps = v.can.filter((c): c is ProjectAction => (PROJECT_ACTIONS as readonly string[]).includes(c));
  if (steps.length) lines.push(`${t('cli.project.show.can')}${sep}${steps.map((a) => `${t(`proj.action.${a}`)} (${a})`).join(lang === 'en' ? ', ' : '、')}`);
  process.stdout.write(lines.join('\n') + '\n');
}

// ——— commands ———

/** A remark after a message: full-width brackets in Chinese. */
const aside = (lang: Language, text: string) => (lang === 'en' ? ` (${text})` : `（${text}）`);

type Core = Parameters<Parameters<typeof withCore>[1]>[0];

/** `projects.get` with a refusal that names what was looked for. */
async function getProject(core: Core, lang: Language, caller: ReturnType<typeof callerAs>, ref: string): Promise<ProjectView> {
  try {
    return await callAs(core.services, caller, 'projects.get', { ref });
  } catch (err) {
    if (err instanceof ApiError && err.code === 'NOT_FOUND') throw new Refusal(translate(lang, 'cli.project.notFound', { ref }));
    throw err;
  }
}

/**
 * `tongchou project register|list|show|transition`: the project register headless. Without
 * `--as` the local operator acts (as administrator); `transition` needs `--as`, since each
 * workflow step belongs to a role.
 */
export function projectCommands(program: Command): Command {
  const project = program.command('project').description('information projects (信息化项目): register, list, show, move through review');
  project
    .command('register <file>')
    .description(`register a project (a draft) from a JSON file of at most ${MAX_PROJECT_FILE_MIB} MiB; prints its code and id`)
    .option('--as <user>', 'register as this user (a registrant declares for their own department)')
    .option('--json', 'print the new project as JSON')
    .addHelpText('after', REGISTER_HELP)
    .action(async (file: string, opts: { as?: string; json?: boolean }, cmd: Command) => {
      const { lang } = globals(cmd);
      const raw = readProjectFile(lang, file);
      await withCore(cmd, async (core) => {
        const caller = callerAs(core, opts.as);
        const parsed = projectInputSchema.safeParse(resolveReferences(core.services.store, lang, raw));
        if (!parsed.success) throw validationError(parsed.error);
        const { issues } = await callAs(core.services, caller, 'projects.check', { id: null, input: parsed.data });
        const view = await callAs(core.services, caller, 'projects.create', parsed.data);
        if (opts.json) printJson(view);
        else process.stdout.write(translate(lang, 'cli.project.registered', { code: view.code, name: view.name, id: view.id }) + '\n');
        for (const w of issues.filter((i) => i.severity === 'warning')) {
          process.stderr.write(translate(lang, 'cli.project.warning', { message: translate(lang, w.key, w.params ?? {}) }) + '\n');
        }
      });
    });
  project
    .command('list')
    .description('list the register (newest code first), as a table or --json rows')
    .addOption(new Option('--status <status>', 'only this status').choices(PROJECT_STATUSES))
    .option('--department <dept>', 'only this department (code or full name)')
    .option('--year <year>', 'only this year', parseYear)
    .option('--search <text>', 'in names, codes and content')
    .option('--limit <n>', 'at most this many (1–500; default: all)', parseLimit)
    .option('--as <user>', 'as this user sees it (a department sees its own projects only)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { status?: ProjectStatus; department?: string; year?: string; search?: string; limit?: number; as?: string; json?: boolean }, cmd: Command) => {
      const { lang } = globals(cmd);
      await withCore(cmd, async (core) => {
        const filters: Record<string, string> = {};
        if (opts.status) filters.status = opts.status;
        if (opts.year) filters.year = opts.year;
        if (opts.department) {
          const id = departmentId(core.services.store, opts.department);
          if (!id) throw new Refusal(translate(lang, 'cli.departmentUnknown', { code: opts.department }));
          filters.department = id;
        }
        const caller = callerAs(core, opts.as);
        const rows: ProjectRow[] = [];
        let total = 0;
        for (let offset = 0; ; offset += 500) {
          const limit = Math.min(500, (opts.limit ?? Infinity) - rows.length);
          const page = await callAs(core.services, caller, 'projects.list', { offset, limit, filters, search: opts.search ?? '' });
          rows.push(...page.rows);
          total = page.total;
          if (rows.length >= total || page.rows.length === 0 || rows.length >= (opts.limit ?? Infinity)) break;
        }
        if (opts.json) printJson(rows);
        else printRows(lang, rows, total);
      });
    });
  project
    .command('show <ref>')
    .description('one project by id or code (项目编号): systems, data items, needs, promises, acceptance gate, timeline')
    .option('--as <user>', 'as this user sees it')
    .option('--json', 'machine-readable output')
    .action(async (ref: string, opts: { as?: string; json?: boolean }, cmd: Command) => {
      const { lang } = globals(cmd);
      await withCore(cmd, async (core) => {
        const view = await getProject(core, lang, callerAs(core, opts.as), ref);
        if (opts.json) printJson(view);
        else printView(lang, view);
      });
    });
  project
    .command('transition')
    .description('move a project one workflow step; prints its new status')
    .argument('<ref>', 'project id or code (项目编号)')
    .addArgument(
      new Argument('<action>', `${PROJECT_ACTIONS.join(' | ')}, or the Chinese label (申报, 形式审查通过, 审批通过, 退回修改 …)`).argParser(parseProjectAction),
    )
    .requiredOption('--as <user>', 'the user taking the step (registrant: submit/start/request_acceptance; bureau: formal_*; auditor: approve/return/reject/accept)')
    .option('--comment <text>', 'opinion on record (required to return or reject)')
    .option('--json', 'print the project as JSON')
    .action(async (ref: string, action: ProjectAction, opts: { as: string; comment?: string; json?: boolean }, cmd: Command) => {
      const { lang } = globals(cmd);
      await withCore(cmd, async (core) => {
        const caller = callerAs(core, opts.as);
        const before = await getProject(core, lang, caller, ref);
        let view: ProjectView;
        try {
          view = await callAs(core.services, caller, 'projects.transition', { id: before.id, action, comment: opts.comment ?? '' });
        } catch (err) {
          if (!(err instanceof ApiError)) throw err;
          const label = translate(lang, `proj.action.${action}`);
          if (err.code === 'FORBIDDEN') {
            const hint = translate(lang, 'cli.project.forbiddenStep', { action: label, owner: translate(lang, `cli.project.owner.${WORKFLOW[action].by}`) });
            throw new Refusal(`${describeError(err, lang)}${aside(lang, hint)}`);
          }
          if (err.code === 'CONFLICT' && err.key === 'proj.rule.transitionNotAllowed') {
            const current = translate(lang, 'cli.project.currentStatus', { status: translate(lang, `proj.status.${before.status}`) });
            throw new Refusal(`${describeError(err, lang)}${lang === 'en' ? ': ' : '：'}${label}${aside(lang, current)}`);
          }
          throw err;
        }
        if (opts.json) return printJson(view);
        process.stdout.write(translate(lang, 'cli.project.transitioned', { code: view.code, action: translate(lang, `proj.action.${action}`), status: translate(lang, `proj.status.${view.status}`) }) + '\n');
        const open = view.gate?.missing.filter((m) => !m.excepted).length ?? 0;
        if (open > 0) process.stdout.write(translate(lang, 'cli.project.gateOpen', { count: open, code: view.code }) + '\n');
      });
    });
  return project;
}
