import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCK_FILE } from './lock';

/** Helpers shared by the store's tests (not used by the product). */
const made: string[] = [];

export function tempDir(label = 'store'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tongchou-${label}-`));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * The data folder exactly as a crash at this instant would leave it (every fsynced byte), minus
 * the lock: lets one test reopen "after a crash" while the original store is still open.
 */
export function crashImage(dataDir: string): string {
  const copy = tempDir('crash-image');
  for (const name of fs.readdirSync(dataDir)) {
    if (name === LOCK_FILE) continue;
    fs.copyFileSync(path.join(dataDir, name), path.join(copy, name));
  }
  return copy;
}

export function flipByte(file: string, offsetFromEnd: number): void {
  const buf = fs.readFileSync(file);
  const at = buf.length - offsetFromEnd;
  buf[at] = buf[at]! ^ 0xff;
  fs.writeFileSync(file, buf);
}

/** Tiny seeded PRNG (mulberry32): a failing crash trial names its seed and replays exactly. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
