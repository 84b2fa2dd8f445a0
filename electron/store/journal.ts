import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { StoreError } from './errors';
import { fsyncDir, journalName } from './files';

/**
 * Append-only journal of committed transactions, one file per generation.
 *
 * File:   magic "TCJRNL01" | format u32 | generation u32            (16 bytes)
 * Record: length u32 | crc32 u32 | seq u64 | payload (length bytes)
 * The CRC covers length, seq and payload, so a torn or flipped byte anywhere is caught.
 */
const MAGIC = Buffer.from('TCJRNL01', 'latin1');
const FORMAT = 1;
export const JOURNAL_HEADER = 16;
const RECORD_HEADER = 16;
const MAX_RECORD = 256 * 1024 * 1024;

export interface JournalRecord {
  seq: number;
  payload: Buffer;
  /** Offset just past this record. */
  end: number;
}

export type JournalProblem =
  /** Bad bytes at the end and nothing valid after them: an interrupted append. */
  | { kind: 'torn'; offset: number; reason: string }
  /** Bad bytes followed by valid records: the file was damaged. */
  | { kind: 'damaged'; offset: number; reason: string };

export interface JournalScan {
  generation: number;
  records: JournalRecord[];
  /** Bytes up to the end of the last good record (or the header). */
  goodLength: number;
  fileLength: number;
  problem: JournalProblem | null;
}

export function readJournal(file: string, generation: number): JournalScan {
  const buf = fs.readFileSync(file);
  const scan: JournalScan = { generation, records: [], goodLength: 0, fileLength: buf.length, problem: null };
  if (buf.length < JOURNAL_HEADER) {
    // A rotation that died before its header reached the disk; no record can follow.
    if (buf.length > 0) scan.problem = { kind: 'torn', offset: 0, reason: 'short header' };
    return scan;
  }
  if (!buf.subarray(0, 8).equals(MAGIC) || buf.readUInt32LE(8) !== FORMAT || buf.readUInt32LE(12) !== generation) {
    scan.problem = { kind: 'damaged', offset: 0, reason: 'bad file header' };
    return scan;
  }
  let off = JOURNAL_HEADER;
  scan.goodLength = off;
  while (off < buf.length) {
    const rec = recordAt(buf, off);
    if (typeof rec === 'string') {
      const lastSeq = scan.records.at(-1)?.seq ?? 0;
      const later = findValidAfter(buf, off + 1, lastSeq);
      scan.problem = later === null ? { kind: 'torn', offset: off, reason: rec } : { kind: 'damaged', offset: off, reason: `${rec}; valid record at ${later}` };
      break;
    }
    scan.records.push(rec);
    off = rec.end;
    scan.goodLength = off;
  }
  return scan;
}

function recordAt(buf: Buffer, off: number): JournalRecord | string {
  if (buf.length - off < RECORD_HEADER) return 'short record header';
  const len = buf.readUInt32LE(off);
  if (len > MAX_RECORD || off + RECORD_HEADER + len > buf.length) return 'short record';
  const crc = zlib.crc32(buf.subarray(off + 8, off + RECORD_HEADER + len), zlib.crc32(buf.subarray(off, off + 4)));
  if (crc !== buf.readUInt32LE(off + 4)) return 'checksum mismatch';
  const seq = Number(buf.readBigUInt64LE(off + 8));
  return { seq, payload: buf.subarray(off + RECORD_HEADER, off + RECORD_HEADER + len), end: off + RECORD_HEADER + len };
}

/** Looks for any intact record after a bad one (only runs when something is already wrong). */
function findValidAfter(buf: Buffer, from: number, lastSeq: number): number | null {
  for (let off = from; off + RECORD_HEADER <= buf.length; off++) {
    const len = buf.readUInt32LE(off);
    if (off + RECORD_HEADER + len > buf.length) continue;
    const rec = recordAt(buf, off);
    if (typeof rec !== 'string' && rec.seq > lastSeq) return off;
  }
  return null;
}

export function encodeRecord(seq: number, payload: Buffer): Buffer {
  const buf = Buffer.allocUnsafe(RECORD_HEADER + payload.length);
  buf.writeUInt32LE(payload.length, 0);
  buf.writeBigUInt64LE(BigInt(seq), 8);
  payload.copy(buf, RECORD_HEADER);
  buf.writeUInt32LE(zlib.crc32(buf.subarray(8), zlib.crc32(buf.subarray(0, 4))), 4);
  return buf;
}

/** The generation being appended to. Every append is on disk (fsync) before it returns. */
export class JournalWriter {
  private fd: number | null;
  private lastAppendStart = -1;

  private constructor(
    readonly dir: string,
    readonly generation: number,
    fd: number,
    private length: number,
  ) {
    this.fd = fd;
  }

  /** Starts a new generation: header written and fsynced, directory entry fsynced. */
  static create(dir: string, generation: number): JournalWriter {
    const file = path.join(dir, journalName(generation));
    const fd = fs.openSync(file, 'w');
    const header = Buffer.alloc(JOURNAL_HEADER);
    MAGIC.copy(header, 0);
    header.writeUInt32LE(FORMAT, 8);
    header.writeUInt32LE(generation, 12);
    writeAll(fd, header, 0);
    fs.fsyncSync(fd);
    fsyncDir(dir);
    return new JournalWriter(dir, generation, fd, JOURNAL_HEADER);
  }

  /** Continues an existing generation after its last good record (drops a torn tail). */
  static resume(dir: string, generation: number, goodLength: number): JournalWriter {
    const fd = fs.openSync(path.join(dir, journalName(generation)), 'r+');
    if (fs.fstatSync(fd).size !== goodLength) {
      fs.ftruncateSync(fd, goodLength);
      fs.fsyncSync(fd);
    }
    return new JournalWriter(dir, generation, fd, goodLength);
  }

  /** Bytes in this generation, header included. */
  get size(): number {
    return this.length;
  }

  append(seq: number, payload: Buffer): void {
    const fd = this.openFd();
    const record = encodeRecord(seq, payload);
    const start = this.length;
    try {
      writeAll(fd, record, start);
      fs.fsyncSync(fd);
    } catch (e) {
      this.truncateTo(start);
      throw new StoreError('store.writeFailed', {}, `journal ${this.generation}: ${String(e)}`);
    }
    this.length = start + record.length;
    this.lastAppendStart = start;
  }

  /** Takes back the record just appended (its transaction could not commit in memory). */
  undoLastAppend(): void {
    if (this.lastAppendStart < 0) return;
    this.truncateTo(this.lastAppendStart);
  }

  close(): void {
    if (this.fd === null) return;
    fs.closeSync(this.fd);
    this.fd = null;
  }

  private truncateTo(length: number): void {
    const fd = this.openFd();
    // If even this fails the file may hold a partial record that later appends would bury:
    // refuse further writes (the store reopens cleanly, dropping the torn tail).
    try {
      fs.ftruncateSync(fd, length);
      fs.fsyncSync(fd);
    } catch (e) {
      this.close();
      throw new StoreError('store.writeFailed', {}, `journal ${this.generation} could not be repaired: ${String(e)}`);
    }
    this.length = length;
    this.lastAppendStart = -1;
  }

  private openFd(): number {
    if (this.fd === null) throw new StoreError('store.writeFailed', {}, `journal ${this.generation} is closed`);
    return this.fd;
  }
}

function writeAll(fd: number, buf: Buffer, position: number): void {
  let done = 0;
  while (done < buf.length) done += fs.writeSync(fd, buf, done, buf.length - done, position + done);
}
