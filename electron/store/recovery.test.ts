import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifyAuditChain } from './audit-chain';
import { journalName, listJournals, SNAPSHOT, SNAPSHOT_PREV } from './files';
import { encodeRecord } from './journal';
import { openStore } from './store';
import { crashImage, flipByte, removeTempDirs, tempDir } from './test-helpers';
import type { StoreApi } from './types';

const actor = { userId: null };
const open: StoreApi[] = [];

async function openAt(dataDir: string): Promise<StoreApi> {
  const store = await openStore({ dataDir, holder: 'recovery test' });
  open.push(store);
  return store;
}

const ids = (s: StoreApi) => s.all<{ id: string }>('SELECT id FROM settings ORDER BY id').map((r) => r.id);
const put = (s: StoreApi, id: string) => s.transact(actor, (tx) => tx.insert('setting', id, { value: id }));
const files = (dir: string) => fs.readdirSync(dir);
const lastJournal = (dir: string) => path.join(dir, journalName(listJournals(dir).at(-1)!));

afterEach(async () => {
  vi.restoreAllMocks();
  for (const s of open.splice(0)) await s.close();
  removeTempDirs();
});

describe('store recovery', () => {
  it('falls back to the previous snapshot plus journals when the newest snapshot is damaged', async () => {
    const dir = tempDir();
    const store = await openAt(dir);
    put(store, 'a');
    await store.compact();
    put(store, 'b');
    await store.compact();
    put(store, 'c');
    const image = crashImage(dir);
    flipByte(path.join(image, SNAPSHOT), 100);

    const recovered = await openAt(image);
    expect(recovered.warnings.map((w) => w.key)).toEqual(['store.snapshotDamaged']);
    expect(recovered.warnings[0]!.detail).toMatch(/checksum/);
    expect(ids(recovered)).toEqual(['a', 'b', 'c']);
    expect(verifyAuditChain(recovered)).toBeNull();
    expect(files(image).some((f) => f.startsWith(`${SNAPSHOT}.damaged-`))).toBe(true);
    put(recovered, 'd');
    await recovered.close();
    open.pop();
    const again = await openAt(image);
    expect(again.warnings).toEqual([]);
    expect(ids(again)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('refuses to open (never as empty) when no snapshot is readable, and leaves the files alone', async () => {
    const dir = tempDir();
    const store = await openAt(dir);
    put(store, 'a');
    await store.compact();
    const image = crashImage(dir);
    flipByte(path.join(image, SNAPSHOT), 10);
    flipByte(path.join(image, SNAPSHOT_PREV), 10);
    const before = files(image).sort();
    await expect(openStore({ dataDir: image, holder: 't' })).rejects.toMatchObject({ key: 'store.unrecoverable' });
    await expect(openStore({ dataDir: image, holder: 't' })).rejects.toMatchObject({ key: 'store.unrecoverable' });
    expect(files(image).sort()).toEqual(before);

    const onlyJournals = crashImage(dir);
    fs.rmSync(path.join(onlyJournals, SNAPSHOT));
    fs.rmSync(path.join(onlyJournals, SNAPSHOT_PREV));
    await expect(openStore({ dataDir: onlyJournals, holder: 't' })).rejects.toMatchObject({ key: 'store.unrecoverable' });
  });

  it('truncates a torn tail left by an interrupted append, warning only when bytes were dropped', async () => {
    const dir = tempDir();
    const store = await openAt(dir);
    put(store, 'a');
    put(store, 'b');
    const clean = await openAt(crashImage(dir));
    expect(clean.warnings).toEqual([]);

    const image = crashImage(dir);
    const half = encodeRecord(3, Buffer.from('{"v":1,"ops":[]}')).subarray(0, 11);
    const torn = lastJournal(image);
    fs.appendFileSync(torn, half);
    const sizeWithTail = fs.statSync(torn).size;
    const recovered = await openAt(image);
    expect(recovered.warnings.map((w) => w.key)).toEqual(['store.journalTornTail']);
    expect(recovered.warnings[0]!.detail).toMatch(/dropped 11 bytes/);
    expect(ids(recovered)).toEqual(['a', 'b']);
    expect(fs.statSync(torn).size).toBe(sizeWithTail - 11);
    put(recovered, 'c');
    await recovered.close();
    open.pop();
    const again = await openAt(image);
    expect(again.warnings).toEqual([]);
    expect(ids(again)).toEqual(['a', 'b', 'c']);
  });

  it('treats a zero-filled or checksum-failing last record as a torn tail', async () => {
    const dir = tempDir();
    const store = await openAt(dir);
    put(store, 'a');
    put(store, 'b');
    const zeros = crashImage(dir);
    fs.appendFileSync(lastJournal(zeros), Buffer.alloc(300));
    const z = await openAt(zeros);
    expect(z.warnings.map((w) => w.key)).toEqual(['store.journalTornTail']);
    expect(ids(z)).toEqual(['a', 'b']);

    const flipped = crashImage(dir);
    flipByte(lastJournal(flipped), 3); // inside the last record: the last commit is lost, nothing else
    const f = await openAt(flipped);
    expect(f.warnings.map((w) => w.key)).toEqual(['store.journalTornTail']);
    expect(ids(f)).toEqual(['a']);
  });

  it('detects damage in the middle of a journal, keeps a copy, and recovers up to it', async () => {
    const dir = tempDir();
    const store = await openAt(dir);
    for (const id of ['a', 'b', 'c', 'd', 'e']) put(store, id);
    const image = crashImage(dir);
    const journal = lastJournal(image);
    const buf = fs.readFileSync(journal);
    // Damage one byte in the third record's payload (records are similar in size).
    const third = buf.indexOf(Buffer.from('"entityId":"c"'));
    expect(third).toBeGreaterThan(0);
    buf[third + 12] = 0x5a;
    fs.writeFileSync(journal, buf);

    const recovered = await openAt(image);
    expect(recovered.warnings.map((w) => w.key)).toEqual(['store.journalDamaged']);
    expect(recovered.warnings[0]!.detail).toMatch(/recovered up to record 2/);
    expect(ids(recovered)).toEqual(['a', 'b']);
    const copies = files(image).filter((f) => f.includes('.log.damaged-'));
    expect(copies).toHaveLength(1);
    expect(fs.readFileSync(path.join(image, copies[0]!)).equals(buf)).toBe(true);
    expect(verifyAuditChain(recovered)).toBeNull();
    put(recovered, 'f');
    await recovered.close();
    open.pop();
    const again = await openAt(image);
    expect(again.warnings).toEqual([]);
    expect(ids(again)).toEqual(['a', 'b', 'f']);
  });

  it('reports a missing journal generation between others as damage, not as silent loss', async () => {
    const dir = tempDir();
    const store = await openAt(dir);
    put(store, 'a');
    const compacting = store.compact(); // rotates now; the snapshot write happens later
    put(store, 'b');
    await compacting;
    put(store, 'c');
    const image = crashImage(dir);
    // Put the old snapshot back and lose a middle generation: records after the gap cannot apply.
    fs.copyFileSync(path.join(image, SNAPSHOT_PREV), path.join(image, SNAPSHOT));
    const gens = listJournals(image);
    expect(gens.length).toBeGreaterThanOrEqual(2);
    fs.rmSync(path.join(image, journalName(gens[0]!)));
    const recovered = await openAt(image);
    expect(recovered.warnings.map((w) => w.key)).toEqual(['store.journalDamaged']);
    expect(ids(recovered)).toEqual([]);
  });

  it('accepts a torn record left in an older generation when the next one continues the sequence', async () => {
    const dir = tempDir();
    const store = await openAt(dir);
    put(store, 'a');
    // The disk fails mid-append and the repair fails too: a partial record stays in the file.
    const realWrite = fs.writeSync;
    vi.spyOn(fs, 'writeSync').mockImplementationOnce(((fd: number, buf: Buffer, off: number, len: number, pos: number) => {
      realWrite(fd, buf, off, Math.floor(len / 2), pos);
      throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    }) as unknown as typeof fs.writeSync);
    vi.spyOn(fs, 'ftruncateSync').mockImplementationOnce(() => {
      throw Object.assign(new Error('EIO'), { code: 'EIO' });
    });
    expect(() => put(store, 'lost')).toThrow(/store.writeFailed/);
    expect(() => put(store, 'refused')).toThrow(/store.writeFailed/); // no appends after a torn record
    vi.restoreAllMocks();
    await store.compact(); // a new generation: writes flow again
    put(store, 'b');
    const image = crashImage(dir);
    flipByte(path.join(image, SNAPSHOT), 100); // force replay through the torn generation
    const recovered = await openAt(image);
    expect(recovered.warnings.map((w) => w.key)).toEqual(['store.snapshotDamaged', 'store.journalTornTail']);
    expect(ids(recovered)).toEqual(['a', 'b']);
    expect(verifyAuditChain(recovered)).toBeNull();
  });
});
