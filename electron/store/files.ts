import fs from 'node:fs';

/** Names of the files in a data folder and the few file-system steps every writer needs. */
export const SNAPSHOT = 'snapshot.db';
export const SNAPSHOT_PREV = 'snapshot.prev.db';
export const SNAPSHOT_TMP = 'snapshot.tmp';

const JOURNAL_RE = /^journal\.(\d{6,})\.log$/;

export function journalName(generation: number): string {
  return `journal.${String(generation).padStart(6, '0')}.log`;
}

/** Journal generations present in `dataDir`, ascending. */
export function listJournals(dataDir: string): number[] {
  const gens: number[] = [];
  for (const name of fs.readdirSync(dataDir)) {
    const m = JOURNAL_RE.exec(name);
    if (m) gens.push(Number(m[1]));
  }
  return gens.sort((a, b) => a - b);
}

/** Where a damaged file is kept for a person (or support) to look at; never deleted by us. */
export function damagedName(file: string, now = new Date()): string {
  return `${file}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
}

export function hasDamagedCopies(dataDir: string): boolean {
  return fs.readdirSync(dataDir).some((name) => name.includes('.damaged-'));
}

/** Makes renames and new files durable (POSIX); Windows cannot open directories, and needs not. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (process.platform !== 'win32' && code !== 'EINVAL') throw e;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export async function fsyncDirAsync(dir: string): Promise<void> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(dir, 'r');
    await handle.sync();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (process.platform !== 'win32' && code !== 'EINVAL') throw e;
  } finally {
    await handle?.close();
  }
}
