import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from './lock';
import { openStore, StoreLockedError } from './store';
import { removeTempDirs, tempDir } from './test-helpers';

afterEach(() => removeTempDirs());

function writeLock(dir: string, info: Record<string, unknown>): void {
  fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(info));
}

describe('store lock', () => {
  it('refuses a second open of the same folder and names the holder; frees it on close', async () => {
    const dir = tempDir();
    const first = await openStore({ dataDir: dir, holder: 'tongchou web' });
    const lock = JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')) as Record<string, unknown>;
    expect(lock).toMatchObject({ pid: process.pid, hostname: os.hostname(), holder: 'tongchou web' });
    expect(typeof lock.startedAt).toBe('string');

    const second = openStore({ dataDir: dir, holder: '统筹 desktop' });
    await expect(second).rejects.toBeInstanceOf(StoreLockedError);
    await expect(openStore({ dataDir: dir, holder: 'x' })).rejects.toMatchObject({
      key: 'store.locked',
      params: { holder: 'tongchou web', pid: process.pid },
    });
    await first.close();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    const third = await openStore({ dataDir: dir, holder: '统筹 desktop' });
    await third.close();
  });

  it('refuses a lock held by another live process on this host', async () => {
    const dir = tempDir();
    writeLock(dir, { pid: process.ppid, hostname: os.hostname(), holder: 'other app', startedAt: 'x' });
    await expect(openStore({ dataDir: dir, holder: 't' })).rejects.toMatchObject({ key: 'store.locked', params: { holder: 'other app' } });
  });

  it('takes over a stale lock left by a process that is gone', async () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeLock(dir, { pid: dead, hostname: os.hostname(), holder: 'crashed app', startedAt: 'x' });
    const store = await openStore({ dataDir: dir, holder: 'successor' });
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ holder: 'successor', pid: process.pid });
    await store.close();
  });

  it('takes over an unreadable (half-written) lock, but never one from another host', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE), '');
    const store = await openStore({ dataDir: dir, holder: 'successor' });
    await store.close();
    writeLock(dir, { pid: 1, hostname: `${os.hostname()}-elsewhere`, holder: 'laptop', startedAt: 'x' });
    await expect(openStore({ dataDir: dir, holder: 't' })).rejects.toMatchObject({ key: 'store.locked', params: { holder: 'laptop' } });
  });
});
