import fs from 'node:fs';
import path from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { readChainHead, type ChainHead } from './audit-chain';
import { ensureInternalSchema, runMigrations } from './bootstrap';
import { StoreError } from './errors';
import { damagedName, fsyncDir, hasDamagedCopies, journalName, listJournals, SNAPSHOT, SNAPSHOT_PREV, SNAPSHOT_TMP } from './files';
import { JOURNAL_HEADER, JournalWriter, readJournal } from './journal';
import { replayRecord } from './replay';
import { migrations } from './schema';
import { readSnapshot, writeSnapshot, type Coverage } from './snapshot';
import { SqlDb } from './sql-db';
import type { StoreWarning } from './types';

/**
 * Opening a data folder: newest valid snapshot, then the journals after it, then migrations.
 * Damage is moved aside (never deleted), reported as a warning, and the last good state kept;
 * when nothing valid is left the open fails rather than starting empty.
 */
export interface Recovered {
  db: SqlDb;
  deviceId: string;
  journal: JournalWriter;
  /** What the files named snapshot.db / snapshot.prev.db cover (null: absent or unknown). */
  snapshotGen: number | null;
  prevGen: number | null;
  coveredSeq: number;
  lastRecordSeq: number;
  head: ChainHead;
  /** Seal the recovered state in a fresh snapshot before anyone writes. */
  needsCompaction: boolean;
  warnings: StoreWarning[];
}

export async function recover(SQL: SqlJsStatic, dataDir: string, compactAfterBytes: number): Promise<Recovered> {
  const at = (name: string) => path.join(dataDir, name);
  const fresh = !fs.existsSync(at(SNAPSHOT)) && !fs.existsSync(at(SNAPSHOT_PREV)) && listJournals(dataDir).length === 0 && !hasDamagedCopies(dataDir);
  if (fresh) return createFresh(SQL, dataDir);

  const warnings: StoreWarning[] = [];
  const base = await chooseSnapshot(SQL, dataDir, warnings);
  fs.rmSync(at(SNAPSHOT_TMP), { force: true });
  const db = base.db;
  try {
    const replayed = replayJournals(db, dataDir, base.coverage, warnings);
    const { head, lastRecordSeq, replayedBytes } = replayed;
    const journal = replayed.journal ?? JournalWriter.create(dataDir, base.coverage.generation + 1);

    const internal = ensureInternalSchema(db);
    const migrated = runMigrations(db, migrations);
    return {
      db,
      deviceId: internal.deviceId,
      journal,
      snapshotGen: base.fromPrev ? null : base.coverage.generation,
      prevGen: base.fromPrev ? base.coverage.generation : null,
      coveredSeq: base.coverage.seq,
      lastRecordSeq,
      head,
      needsCompaction: internal.upgraded || migrated > 0 || warnings.length > 0 || base.fromPrev || replayedBytes > compactAfterBytes,
      warnings,
    };
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Replays every journal generation after the snapshot, in order. Continuity is checked by record
 * seq across generations: a torn tail (nothing valid after the bad bytes) is an append that never
 * completed, wherever it is; a gap, bad bytes before good records, or a record that will not apply
 * is damage, and replay stops there.
 */
function replayJournals(db: SqlDb, dataDir: string, base: Coverage, warnings: StoreWarning[]) {
  let head: ChainHead = readChainHead(db);
  let lastRecordSeq = base.seq;
  let replayedBytes = 0;
  let journal: JournalWriter | null = null;
  const gens = listJournals(dataDir).filter((g) => g > base.generation);
  for (let i = 0; i < gens.length && !journal; i++) {
    const gen = gens[i]!;
    const scan = readJournal(path.join(dataDir, journalName(gen)), gen);
    let damage: string | null = null;
    let goodLength = Math.min(scan.goodLength, JOURNAL_HEADER);
    for (const rec of scan.records) {
      if (rec.seq !== lastRecordSeq + 1) {
        damage = `record seq ${rec.seq} where ${lastRecordSeq + 1} was expected`;
        break;
      }
      try {
        head = replayRecord(db, rec.payload, head);
      } catch (e) {
        damage = `record seq ${rec.seq} cannot be applied: ${String(e)}`;
        break;
      }
      lastRecordSeq = rec.seq;
      goodLength = rec.end;
      replayedBytes += rec.payload.length;
    }
    if (!damage && scan.problem?.kind === 'damaged') damage = `${scan.problem.reason} at byte ${scan.problem.offset}`;
    const isLast = i === gens.length - 1;
    if (damage) {
      setAsideDamage(dataDir, gen, gens.slice(i + 1));
      warnings.push({ key: 'store.journalDamaged', detail: `${journalName(gen)}: ${damage}; recovered up to record ${lastRecordSeq}, damaged copy kept` });
      journal = resumeOrCreate(dataDir, gen, goodLength);
      break;
    }
    if (scan.problem && scan.fileLength > scan.goodLength) {
      warnings.push({ key: 'store.journalTornTail', detail: `${journalName(gen)}: dropped ${scan.fileLength - scan.goodLength} bytes after record ${lastRecordSeq} (${scan.problem.reason})` });
    }
    // The last generation is appended to again; an earlier one is only cut clean.
    if (isLast) journal = resumeOrCreate(dataDir, gen, scan.goodLength);
    else if (scan.problem) resumeOrCreate(dataDir, gen, scan.goodLength).close();
  }
  return { head, lastRecordSeq, replayedBytes, journal };
}

async function createFresh(SQL: SqlJsStatic, dataDir: string): Promise<Recovered> {
  const db = new SqlDb(new SQL.Database());
  try {
    const { deviceId } = ensureInternalSchema(db);
    runMigrations(db, migrations);
    // The first snapshot exists before the first journal, so no journal is ever without a base.
    await writeSnapshot(dataDir, db.export(), { generation: 0, seq: 0 });
    const journal = JournalWriter.create(dataDir, 1);
    return { db, deviceId, journal, snapshotGen: 0, prevGen: null, coveredSeq: 0, lastRecordSeq: 0, head: readChainHead(db), needsCompaction: false, warnings: [] };
  } catch (e) {
    db.close();
    throw e;
  }
}

interface Base {
  db: SqlDb;
  coverage: Coverage;
  fromPrev: boolean;
}

async function chooseSnapshot(SQL: SqlJsStatic, dataDir: string, warnings: StoreWarning[]): Promise<Base> {
  const reasons: string[] = [];
  let mainDamaged = false;
  for (const name of [SNAPSHOT, SNAPSHOT_PREV]) {
    const file = path.join(dataDir, name);
    const read = await readSnapshot(file);
    if (!read.ok) {
      reasons.push(`${name}: ${read.reason}`);
      if (name === SNAPSHOT && !read.missing) mainDamaged = true;
      continue;
    }
    let db: SqlDb;
    try {
      db = new SqlDb(new SQL.Database(read.bytes));
      db.get('SELECT count(*) AS n FROM sqlite_master');
    } catch (e) {
      reasons.push(`${name}: not a database (${String(e)})`);
      if (name === SNAPSHOT) mainDamaged = true;
      continue;
    }
    const fromPrev = name === SNAPSHOT_PREV;
    if (fromPrev) {
      const main = path.join(dataDir, SNAPSHOT);
      // Only now, with a good fallback in hand, is the damaged file moved aside.
      if (mainDamaged) fs.renameSync(main, path.join(dataDir, damagedName(SNAPSHOT)));
      if (mainDamaged || !fs.existsSync(path.join(dataDir, SNAPSHOT_TMP))) {
        warnings.push({ key: 'store.snapshotDamaged', detail: `${reasons.join('; ')}; recovered from ${SNAPSHOT_PREV} and the journals after it` });
      }
    }
    return { db, coverage: read.coverage, fromPrev };
  }
  throw new StoreError('store.unrecoverable', { dataDir }, `no valid snapshot in ${dataDir}: ${reasons.join('; ')}`);
}

/** Keeps a copy of the damaged journal, cuts it back to its good records, moves later ones aside. */
function setAsideDamage(dataDir: string, gen: number, later: number[]): void {
  const file = path.join(dataDir, journalName(gen));
  const copy = path.join(dataDir, damagedName(journalName(gen)));
  fs.copyFileSync(file, copy);
  const fd = fs.openSync(copy, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  for (const g of later) fs.renameSync(path.join(dataDir, journalName(g)), path.join(dataDir, damagedName(journalName(g))));
  fsyncDir(dataDir); // the cut (in resumeOrCreate) only happens once the copy is safe
}

function resumeOrCreate(dataDir: string, gen: number, goodLength: number): JournalWriter {
  if (goodLength < JOURNAL_HEADER) {
    fs.rmSync(path.join(dataDir, journalName(gen)), { force: true });
    return JournalWriter.create(dataDir, gen);
  }
  return JournalWriter.resume(dataDir, gen, goodLength);
}
