import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StoreError, StoreLockedError } from './errors';

/**
 * Exclusive ownership of a data folder: a lock file created with O_EXCL holding who has it. Two
 * writers on one journal would interleave records, so a second opener is refused by name. A lock
 * left by a process that died on this host is taken over; one from another host never is (we
 * cannot tell whether it is alive).
 */
export const LOCK_FILE = 'tongchou.lock';

interface LockInfo {
  pid: number;
  hostname: string;
  holder: string;
  startedAt: string;
  nonce: string;
}

export interface LockHandle {
  readonly path: string;
  release(): void;
}

export async function acquireLock(dataDir: string, holder: string): Promise<LockHandle> {
  const lockPath = path.join(dataDir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, hostname: os.hostname(), holder, startedAt: new Date().toISOString(), nonce: randomUUID() };
  const text = JSON.stringify(mine);
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(lockPath, text)) return handle(lockPath, mine.nonce);
    const existing = await readSettled(lockPath);
    if (existing === 'gone') continue;
    if (existing !== 'unreadable' && !isStale(existing)) {
      throw new StoreLockedError(existing.holder, existing.pid, existing.hostname, lockPath);
    }
    takeOver(lockPath, existing);
  }
  throw new StoreError('store.locked', { holder: '?', pid: 0, hostname: '?' }, `could not take ${lockPath}`);
}

function tryCreate(lockPath: string, text: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(lockPath, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new StoreError('store.lockFailed', { path: lockPath }, String(e));
  }
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** An empty or half-written lock may be an opener between create and write: look twice. */
async function readSettled(lockPath: string): Promise<LockInfo | 'gone' | 'unreadable'> {
  for (let look = 0; look < 2; look++) {
    const info = readLock(lockPath);
    if (info !== 'unreadable') return info;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return readLock(lockPath);
}

function readLock(lockPath: string): LockInfo | 'gone' | 'unreadable' {
  let text: string;
  try {
    text = fs.readFileSync(lockPath, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw e;
  }
  try {
    const v = JSON.parse(text) as Partial<LockInfo>;
    if (typeof v.pid !== 'number' || typeof v.hostname !== 'string') return 'unreadable';
    return { pid: v.pid, hostname: v.hostname, holder: String(v.holder ?? '?'), startedAt: String(v.startedAt ?? ''), nonce: String(v.nonce ?? '') };
  } catch {
    return 'unreadable';
  }
}

function isStale(info: LockInfo): boolean {
  if (info.hostname !== os.hostname()) return false;
  if (info.pid === process.pid) return false; // a second open in this process
  try {
    process.kill(info.pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Moves the stale lock aside by rename (atomic) and checks that what was moved is the lock judged
 * stale: if a rival took it over in between, its live lock is put back.
 */
function takeOver(lockPath: string, judged: LockInfo | 'unreadable'): void {
  const aside = `${lockPath}.stale-${process.pid}-${randomUUID().slice(0, 8)}`;
  try {
    fs.renameSync(lockPath, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  const moved = readLock(aside);
  const same = judged === 'unreadable' ? moved === 'unreadable' : moved !== 'gone' && moved !== 'unreadable' && moved.nonce === judged.nonce && moved.pid === judged.pid;
  if (same) fs.rmSync(aside, { force: true });
  else fs.renameSync(aside, lockPath);
}

function handle(lockPath: string, nonce: string): LockHandle {
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    process.removeListener('exit', release);
    try {
      const current = readLock(lockPath);
      // Only remove our own lock, never one a successor wrote after a stale take-over.
      if (current !== 'gone' && current !== 'unreadable' && current.nonce === nonce) fs.rmSync(lockPath, { force: true });
    } catch {
      // Best effort: a lock we cannot remove is judged stale by the next opener.
    }
  };
  process.on('exit', release);
  return { path: lockPath, release };
}
