/**
 * BENCH-ONLY BULK LOADER. Builds a data folder holding a generated directory (S, M or L) and the
 * information projects that draw on it (100, 1,000 or 10,000; load-projects.ts) fast, by
 * writing rows straight into the sql.js tables of the snapshot — it bypasses the store's one
 * write path (no operations, no journal, no audit log) on purpose, like bench/store.bench.ts:
 * 100,000 resources and a million data items through `transact` would take many minutes and are
 * not what the directory benchmark measures. Never use it for real data.
 *
 * The schema's own triggers stay on, so the full-text index (resource_fts) is filled exactly as
 * the product fills it, whatever its layout. The result opens normally with `openStore` /
 * `openCore` (classifications and data elements are present, so the default seed is skipped).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database, Statement } from 'sql.js';
import { nameKey } from '../../shared/text/normalize';
import { SNAPSHOT } from '../../electron/store/files';
import { readSnapshot, writeSnapshot } from '../../electron/store/snapshot';
import { registerSqlFunctions } from '../../electron/store/sql-functions';
import { loadSqlJs } from '../../electron/store/sqljs';
import { openStore } from '../../electron/store/store';
import { generateDirectory, GENERATED_NOW, sizeOf, type GenerateOptions } from '../../shared/demo/generator/directory';
import { DirectorySample, projectCount } from '../../shared/demo/generator/projects';
import { Rng, subSeed } from '../../shared/demo/generator/random';
import { loadProjects, PROJECT_TABLES, type ProjectRows } from './load-projects';

export interface LoadOptions extends GenerateOptions {
  /** Merge the full-text index into one segment afterwards (FTS4 'optimize'). Default true. */
  optimizeFts?: boolean;
  /** Information projects to generate: by default S 100, M 1,000, L 10,000 (one per ten resources for a count); 0 for none. */
  projects?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface LoadResult {
  dataDir: string;
  size: number;
  seed: number;
  departments: number;
  classifications: number;
  elements: number;
  resources: number;
  items: number;
  /** Project rows written (projects, systems, items, needs, promises, timeline events, promised draft entries). */
  projects: ProjectRows;
  /** Department code → id in the loaded folder. */
  departmentIds: Record<string, string>;
  /** Setup phases: rows (generate + insert, projects included), projects (their part of rows), index rebuild, full-text fill, FTS optimize, export, snapshot write. */
  ms: { rows: number; projects: number; indexes: number; fts: number; optimize: number; export: number; write: number; total: number };
  snapshotBytes: number;
}

function run(stmt: Statement, values: (string | number | null)[]): void {
  stmt.run(values);
}

/**
 * The full-text index filled in one statement instead of row by row (FTS4 is several times faster
 * that way): the insert trigger's own statement, turned from `VALUES (NEW.…)` into
 * `SELECT … FROM resources`, so the index gets exactly what the trigger would have put there.
 * Null when the trigger has a shape this does not recognise — then the trigger simply stays on.
 */
function bulkFtsPlan(db: Database): { trigger: string; sql: string; fill: string } | null {
  const row = db.exec("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'resources' AND sql LIKE '%AFTER INSERT%resource_fts%'")[0]?.values[0];
  if (!row) return null;
  const [trigger, sql] = [String(row[0]), String(row[1])];
  const m = /\bBEGIN\s+(INSERT\s+INTO\s+resource_fts\s*\([^)]*\))\s*VALUES\s*\(([\s\S]*)\)\s*;\s*END\s*$/i.exec(sql);
  if (!m) return null;
  const select = m[2]!.replace(/\bNEW\./g, '');
  if (/;/.test(select)) return null;
  return { trigger, sql, fill: `${m[1]} SELECT ${select} FROM resources` };
}

export async function loadDirectory(dataDir: string, options: LoadOptions): Promise<LoadResult> {
  const t0 = performance.now();
  fs.mkdirSync(dataDir, { recursive: true });
  if (fs.existsSync(path.join(dataDir, SNAPSHOT))) throw new Error(`${dataDir} already holds a data folder; the bulk loader only fills a new one`);
  // A fresh folder through the store itself: internal tables, migrations, first snapshot.
  const fresh = await openStore({ dataDir, holder: 'directory bench (bulk load)' });
  await fresh.close();
  const read = await readSnapshot(path.join(dataDir, SNAPSHOT));
  if (!read.ok) throw new Error(`fresh snapshot unreadable: ${read.reason}`);
  const SQL = await loadSqlJs();
  const db: Database = new SQL.Database(read.bytes);
  try {
    registerSqlFunctions(db); // the FTS triggers call tc_tokens
    db.exec('PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -262144;');
    const gen = generateDirectory(options);
    const now = new Date(GENERATED_NOW).toISOString();
    const ids = new Rng(subSeed(gen.seed, 'department-ids'));
    const departmentIds: Record<string, string> = {};
    let resources = 0;
    let items = 0;

    db.exec('BEGIN');
    // Secondary indexes are rebuilt once at the end (sorting beats a million random b-tree inserts);
    // their definitions are read back from the schema, so they stay exactly the product's.
    const indexes = db.exec(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${['resources', 'data_items', ...PROJECT_TABLES].map((t) => `'${t}'`).join(', ')})`,
    )[0]?.values.map(([name, sql]) => ({ name: String(name), sql: String(sql) })) ?? [];
    for (const ix of indexes) db.exec(`DROP INDEX "${ix.name}"`);
    const fts = bulkFtsPlan(db);
    if (fts) db.exec(`DROP TRIGGER "${fts.trigger}"`);
    const dept = db.prepare('INSERT INTO departments (id, code, name, level, parent_id, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?)');
    for (const d of gen.departments) {
      departmentIds[d.code] = ids.uuid();
      run(dept, [departmentIds[d.code]!, d.code, d.name, d.level, now, now]);
    }
    dept.free();
    const cls = db.prepare('INSERT INTO classifications (id, name, parent_code, kind, created_at) VALUES (?, ?, ?, ?, ?)');
    for (const c of gen.classifications) run(cls, [c.code, c.name, c.parentCode, c.kind, now]);
    cls.free();
    const el = db.prepare(
      'INSERT INTO data_elements (id, identifier, name, definition, data_type, format, synonyms, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const e of gen.elements) run(el, [e.id, e.identifier, e.name, e.definition, e.dataType, e.format, JSON.stringify(e.synonyms), now, now]);
    el.free();

    const res = db.prepare(
      `INSERT INTO resources (id, code, name, name_key, class_code, provider_dept_id, summary, format, share_type, share_condition, share_method,
         open_type, open_condition, update_cycle, published_at, related_codes, source_system, extra, item_names, status, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
    );
    const item = db.prepare('INSERT INTO data_items (id, resource_id, position, name, data_type, length, description, element_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const sequences = new Map<string, number>();
    // What the projects draw on: a bounded sample of the directory, taken as it streams past.
    const sample = new DirectorySample(gen.seed);
    for (const r of gen.resources()) {
      sample.add(r);
      run(res, [
        r.id, r.code, r.name, nameKey(r.name), r.classCode, departmentIds[r.providerDeptCode]!, r.summary, r.format, r.shareType, r.shareCondition,
        r.shareMethod, r.openType, r.openCondition, r.updateCycle, r.publishedAt, JSON.stringify(r.relatedCodes), r.sourceSystem,
        JSON.stringify(r.extra), r.items.map((i) => i.name).join(' '), r.status, r.createdAt, r.updatedAt,
      ]);
      r.items.forEach((it, position) => run(item, [it.id, r.id, position, it.name, it.dataType, it.length, it.description, it.elementId]));
      const seq = Number(r.code.slice(r.code.indexOf('/') + 1));
      if (seq > (sequences.get(r.classCode) ?? 0)) sequences.set(r.classCode, seq);
      resources++;
      items += r.items.length;
      if (options.onProgress && resources % 10_000 === 0) options.onProgress(resources, gen.size);
    }
    res.free();
    item.free();
    const tProjects0 = performance.now();
    const wanted = options.projects ?? (typeof options.size === 'number' ? Math.round(sizeOf(options.size) / 10) : projectCount(options.size));
    const projects = loadProjects(db, { count: wanted, seed: gen.seed, sample, departmentIds, resourceSequences: sequences });
    const tProjects = performance.now();
    // The code counters the directory service allocates from: next free number per prefix.
    const counter = db.prepare('INSERT INTO code_sequences (id, next) VALUES (?, ?)');
    for (const [prefix, last] of sequences) run(counter, [prefix, last + 1]);
    counter.free();
    const tRows = performance.now();
    for (const ix of indexes) db.exec(ix.sql);
    const tIndexes = performance.now();
    if (fts) {
      db.exec(fts.fill);
      db.exec(fts.sql);
    }
    db.exec('COMMIT');
    const tInsert = performance.now();

    if (options.optimizeFts ?? true) {
      db.exec("INSERT INTO resource_fts(resource_fts) VALUES ('optimize')");
      // The register's bigram index (migration 5), filled by its triggers as the projects went in.
      if (db.exec("SELECT 1 FROM sqlite_master WHERE name = 'project_fts'").length > 0) db.exec("INSERT INTO project_fts(project_fts) VALUES ('optimize')");
    }
    const tOptimize = performance.now();
    const bytes = db.export();
    const tExport = performance.now();
    db.close();
    await writeSnapshot(dataDir, bytes, read.coverage);
    const tWrite = performance.now();
    return {
      dataDir,
      size: gen.size,
      seed: gen.seed,
      departments: gen.departments.length,
      classifications: gen.classifications.length,
      elements: gen.elements.length,
      resources,
      items,
      projects,
      departmentIds,
      ms: {
        rows: Math.round(tRows - t0),
        projects: Math.round(tProjects - tProjects0),
        indexes: Math.round(tIndexes - tRows),
        fts: Math.round(tInsert - tIndexes),
        optimize: Math.round(tOptimize - tInsert),
        export: Math.round(tExport - tOptimize),
        write: Math.round(tWrite - tExport),
        total: Math.round(tWrite - t0),
      },
      snapshotBytes: bytes.length,
    };
  } catch (e) {
    try {
      db.close();
    } catch {
      // already closed
    }
    throw e;
  }
}
