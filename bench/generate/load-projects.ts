/**
 * BENCH-ONLY: writes generated information projects (shared/demo/generator/projects.ts) straight
 * into the sql.js tables, the way load.ts writes the directory — prepared INSERTs inside the
 * loader's one transaction, statuses and timelines set directly, no operations or journal. Promised
 * new entries become draft resources of the project's department with codes from the same counters
 * the directory service allocates from, as `registerPromisedDraft` would register them.
 */
import type { Database, Statement } from 'sql.js';
import { formatResourceCode } from '../../shared/directory/codes';
import { METHODS_FOR_FORMAT } from '../../shared/directory/vocab';
import { generateProjects, type DirectorySample } from '../../shared/demo/generator/projects';
import { nameKey } from '../../shared/text/normalize';

/** The tables this writes; their secondary indexes are dropped and rebuilt around the load. */
export const PROJECT_TABLES = ['projects', 'project_systems', 'project_items', 'project_consumes', 'project_provides', 'project_events'] as const;

export interface ProjectRows {
  projects: number;
  systems: number;
  items: number;
  consumes: number;
  provides: number;
  events: number;
  /** New directory entries the projects promised, registered as drafts. */
  promisedDrafts: number;
}

type Value = string | number | null;

export function loadProjects(
  db: Database,
  options: { count: number; seed: number; sample: DirectorySample; departmentIds: Readonly<Record<string, string>>; resourceSequences: Map<string, number> },
): ProjectRows {
  const rows: ProjectRows = { projects: 0, systems: 0, items: 0, consumes: 0, provides: 0, events: 0, promisedDrafts: 0 };
  if (options.count <= 0) return rows;
  const statements: Statement[] = [];
  const prepare = (sql: string) => {
    const stmt = db.prepare(sql);
    statements.push(stmt);
    return (values: Value[]) => stmt.run(values);
  };
  try {
    const project = prepare(
      `INSERT INTO projects (id, code, name, name_key, department_id, type, year, budget, funding_source, content, status, submitted_at, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
    );
    const system = prepare('INSERT INTO project_systems (id, project_id, position, name, functions) VALUES (?, ?, ?, ?, ?)');
    const item = prepare('INSERT INTO project_items (id, project_id, position, name, data_type, length, description, element_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const consume = prepare('INSERT INTO project_consumes (id, project_id, position, resource_id, purpose) VALUES (?, ?, ?, ?, ?)');
    const provide = prepare(
      'INSERT INTO project_provides (id, project_id, position, resource_id, share_type, exception_reason, exception_by, exception_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)',
    );
    const event = prepare('INSERT INTO project_events (id, project_id, action, from_status, to_status, comment, user_id, at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)');
    const draft = prepare(
      `INSERT INTO resources (id, code, name, name_key, class_code, provider_dept_id, summary, format, share_type, share_condition, share_method,
         open_type, open_condition, update_cycle, published_at, related_codes, source_system, extra, item_names, status, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, '', ?, NULL, '[]', '', '{}', '', 'draft', NULL, ?, ?)`,
    );
    const projectSequences = new Map<number, number>();
    for (const p of generateProjects({ size: options.count, seed: options.seed, directory: options.sample })) {
      const deptId = options.departmentIds[p.departmentCode]!;
      project([p.id, p.code, p.name, nameKey(p.name), deptId, p.type, p.year, p.budget, p.fundingSource, p.content, p.status, p.submittedAt, p.createdAt, p.updatedAt]);
      p.systems.forEach((s, i) => system([s.id, p.id, i, s.name, JSON.stringify(s.functions)]));
      p.items.forEach((it, i) => item([it.id, p.id, i, it.name, it.dataType, it.length, it.description, it.elementId]));
      p.consumes.forEach((c, i) => consume([c.id, p.id, i, c.resourceId, c.purpose]));
      p.provides.forEach((x, i) => {
        let resourceId = x.resourceId;
        if (x.draft) {
          const d = x.draft;
          const seq = (options.resourceSequences.get(d.classCode) ?? 0) + 1;
          options.resourceSequences.set(d.classCode, seq);
          resourceId = x.draftId!;
          const method = x.shareType === 'none' ? null : (d.shareMethod ?? METHODS_FOR_FORMAT[d.format][0] ?? null);
          draft([resourceId, formatResourceCode(d.classCode, seq), d.name, nameKey(d.name), d.classCode, deptId, d.summary, d.format, x.shareType, method,
            x.shareType === 'none' ? 'closed' : d.openType, d.updateCycle, p.createdAt, p.createdAt]);
          rows.promisedDrafts++;
        }
        provide([x.id, p.id, i, resourceId, x.shareType, x.exception?.reason ?? null, x.exception?.at ?? null]);
      });
      for (const e of p.events) event([e.id, p.id, e.action, e.fromStatus, e.toStatus, e.comment, e.at]);
      const seq = Number(p.code.slice(p.code.indexOf('-') + 1));
      if (seq > (projectSequences.get(p.year) ?? 0)) projectSequences.set(p.year, seq);
      rows.projects++;
      rows.systems += p.systems.length;
      rows.items += p.items.length;
      rows.consumes += p.consumes.length;
      rows.provides += p.provides.length;
      rows.events += p.events.length;
    }
    // The counters allocateProjectCode continues from (code_sequences 'project:<year>').
    const counter = prepare('INSERT INTO code_sequences (id, next) VALUES (?, ?)');
    for (const [year, last] of projectSequences) counter([`project:${year}`, last + 1]);
    return rows;
  } finally {
    for (const s of statements) s.free();
  }
}
