import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { journalName } from './files';
import { encodeRecord, JOURNAL_HEADER, JournalWriter, readJournal } from './journal';
import { removeTempDirs, tempDir } from './test-helpers';

afterEach(() => removeTempDirs());

function journalWith(n: number): { dir: string; file: string } {
  const dir = tempDir('journal');
  const w = JournalWriter.create(dir, 7);
  for (let seq = 1; seq <= n; seq++) w.append(seq, Buffer.from(JSON.stringify({ n: seq, pad: 'p'.repeat(seq * 10) })));
  w.close();
  return { dir, file: path.join(dir, journalName(7)) };
}

describe('journal file', () => {
  it('reads back every record in order', () => {
    const { file } = journalWith(5);
    const scan = readJournal(file, 7);
    expect(scan.problem).toBeNull();
    expect(scan.records.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(JSON.parse(scan.records[2]!.payload.toString()).n).toBe(3);
    expect(scan.goodLength).toBe(fs.statSync(file).size);
  });

  it('calls bad bytes at the end a torn tail, and bad bytes before good records damage', () => {
    const { file } = journalWith(4);
    const good = fs.readFileSync(file);
    fs.writeFileSync(file, Buffer.concat([good, encodeRecord(5, Buffer.from('{"x":1}')).subarray(0, 9)]));
    expect(readJournal(file, 7).problem?.kind).toBe('torn');
    expect(readJournal(file, 7).goodLength).toBe(good.length);

    const damaged = Buffer.from(good);
    damaged[JOURNAL_HEADER + 20] = damaged[JOURNAL_HEADER + 20]! ^ 0x01; // inside record 1
    fs.writeFileSync(file, damaged);
    const scan = readJournal(file, 7);
    expect(scan.problem?.kind).toBe('damaged');
    expect(scan.records).toEqual([]);

    const badLength = Buffer.from(good);
    badLength.writeUInt32LE(0xffff, JOURNAL_HEADER); // first record claims to be huge
    fs.writeFileSync(file, badLength);
    expect(readJournal(file, 7).problem?.kind).toBe('damaged');
  });

  it('rejects a file whose header names another generation', () => {
    const { dir, file } = journalWith(1);
    fs.renameSync(file, path.join(dir, journalName(8)));
    expect(readJournal(path.join(dir, journalName(8)), 8).problem).toMatchObject({ kind: 'damaged', offset: 0 });
  });

  it('takes back a record whose transaction could not commit', () => {
    const { dir, file } = journalWith(2);
    const w = JournalWriter.resume(dir, 7, fs.statSync(file).size);
    w.append(3, Buffer.from('{}'));
    w.undoLastAppend();
    w.append(3, Buffer.from('{"again":true}'));
    w.close();
    const scan = readJournal(file, 7);
    expect(scan.problem).toBeNull();
    expect(scan.records.map((r) => r.payload.toString())).toContain('{"again":true}');
    expect(scan.records).toHaveLength(3);
  });
});
