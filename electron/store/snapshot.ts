import { webcrypto } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fsyncDirAsync, SNAPSHOT, SNAPSHOT_PREV, SNAPSHOT_TMP } from './files';

/**
 * Snapshot file: a header, then the SQLite database bytes from `db.export()`.
 *
 * 0 magic "TCSNAP01" | 8 format u32 | 12 reserved | 16 generation u64 | 24 seq u64
 * 32 written-at ms u64 | 40 payload length u64 | 48 sha256(payload) 32 bytes | 80 crc32(header) u32
 *
 * `generation`/`seq` say what it covers: every journal generation ≤ `generation` and every record
 * ≤ `seq`. Hashing runs through WebCrypto, off the main thread, so commits keep flowing meanwhile.
 */
const MAGIC = Buffer.from('TCSNAP01', 'latin1');
const FORMAT = 1;
export const SNAPSHOT_HEADER = 88;

export interface Coverage {
  generation: number;
  seq: number;
}

export type SnapshotRead =
  | { ok: true; coverage: Coverage; bytes: Uint8Array }
  | { ok: false; missing: boolean; reason: string };

export async function writeSnapshot(dataDir: string, bytes: Uint8Array, coverage: Coverage): Promise<{ keptPrevious: boolean }> {
  const tmp = path.join(dataDir, SNAPSHOT_TMP);
  const header = encodeHeader(coverage, bytes.length, Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)));
  const handle = await fs.promises.open(tmp, 'w');
  try {
    await handle.write(header);
    await handle.write(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  // The current snapshot becomes the fallback; only then does the new one take its name.
  const current = path.join(dataDir, SNAPSHOT);
  let keptPrevious = true;
  try {
    await fs.promises.rename(current, path.join(dataDir, SNAPSHOT_PREV));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    keptPrevious = false;
  }
  await fs.promises.rename(tmp, current);
  await fsyncDirAsync(dataDir);
  return { keptPrevious };
}

export async function readSnapshot(file: string): Promise<SnapshotRead> {
  let buf: Buffer;
  try {
    buf = await fs.promises.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, missing: true, reason: 'missing' };
    return { ok: false, missing: false, reason: String(e) };
  }
  const header = decodeHeader(buf);
  if (typeof header === 'string') return { ok: false, missing: false, reason: header };
  const bytes = buf.subarray(SNAPSHOT_HEADER);
  if (bytes.length !== header.length) return { ok: false, missing: false, reason: `payload is ${bytes.length} bytes, header says ${header.length}` };
  const digest = Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes));
  if (!digest.equals(header.sha256)) return { ok: false, missing: false, reason: 'payload checksum mismatch' };
  return { ok: true, coverage: header.coverage, bytes };
}

/** Coverage from the header alone (cheap; used by tests to see what a crash interrupted). */
export function readSnapshotCoverage(file: string): Coverage | null {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(SNAPSHOT_HEADER);
      const n = fs.readSync(fd, buf, 0, SNAPSHOT_HEADER, 0);
      const header = decodeHeader(buf.subarray(0, n));
      return typeof header === 'string' ? null : header.coverage;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return null;
  }
}

function encodeHeader(coverage: Coverage, length: number, sha256: Buffer): Buffer {
  const h = Buffer.alloc(SNAPSHOT_HEADER);
  MAGIC.copy(h, 0);
  h.writeUInt32LE(FORMAT, 8);
  h.writeBigUInt64LE(BigInt(coverage.generation), 16);
  h.writeBigUInt64LE(BigInt(coverage.seq), 24);
  h.writeBigUInt64LE(BigInt(Date.now()), 32);
  h.writeBigUInt64LE(BigInt(length), 40);
  sha256.copy(h, 48);
  h.writeUInt32LE(zlib.crc32(h.subarray(0, 80)), 80);
  return h;
}

function decodeHeader(buf: Buffer): { coverage: Coverage; length: number; sha256: Buffer } | string {
  if (buf.length < SNAPSHOT_HEADER) return 'short header';
  if (!buf.subarray(0, 8).equals(MAGIC)) return 'not a snapshot (magic)';
  if (buf.readUInt32LE(80) !== zlib.crc32(buf.subarray(0, 80))) return 'header checksum mismatch';
  if (buf.readUInt32LE(8) !== FORMAT) return `unknown format ${buf.readUInt32LE(8)}`;
  return {
    coverage: { generation: Number(buf.readBigUInt64LE(16)), seq: Number(buf.readBigUInt64LE(24)) },
    length: Number(buf.readBigUInt64LE(40)),
    sha256: Buffer.from(buf.subarray(48, 80)),
  };
}
