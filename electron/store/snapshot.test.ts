import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SNAPSHOT, SNAPSHOT_PREV, SNAPSHOT_TMP } from './files';
import { readSnapshot, readSnapshotCoverage, SNAPSHOT_HEADER, writeSnapshot } from './snapshot';
import { removeTempDirs, tempDir } from './test-helpers';

afterEach(() => removeTempDirs());

describe('snapshot file', () => {
  it('round-trips bytes and coverage, and keeps the previous snapshot as fallback', async () => {
    const dir = tempDir('snap');
    const first = await writeSnapshot(dir, new Uint8Array([1, 2, 3]), { generation: 1, seq: 10 });
    expect(first.keptPrevious).toBe(false);
    const second = await writeSnapshot(dir, new Uint8Array([4, 5]), { generation: 2, seq: 20 });
    expect(second.keptPrevious).toBe(true);
    const cur = await readSnapshot(path.join(dir, SNAPSHOT));
    const prev = await readSnapshot(path.join(dir, SNAPSHOT_PREV));
    expect(cur).toMatchObject({ ok: true, coverage: { generation: 2, seq: 20 } });
    expect(cur.ok && [...cur.bytes]).toEqual([4, 5]);
    expect(prev.ok && [...prev.bytes]).toEqual([1, 2, 3]);
    expect(readSnapshotCoverage(path.join(dir, SNAPSHOT))).toEqual({ generation: 2, seq: 20 });
    expect(fs.existsSync(path.join(dir, SNAPSHOT_TMP))).toBe(false);
  });

  it('detects any damaged byte, a truncated file, and a missing one', async () => {
    const dir = tempDir('snap');
    await writeSnapshot(dir, new Uint8Array(1000).fill(7), { generation: 1, seq: 1 });
    const file = path.join(dir, SNAPSHOT);
    const good = fs.readFileSync(file);
    for (const at of [3, 20, 50, SNAPSHOT_HEADER + 500]) {
      const bad = Buffer.from(good);
      bad[at] = bad[at]! ^ 0x10;
      fs.writeFileSync(file, bad);
      expect((await readSnapshot(file)).ok).toBe(false);
    }
    fs.writeFileSync(file, good.subarray(0, good.length - 1));
    expect(await readSnapshot(file)).toMatchObject({ ok: false, missing: false });
    fs.rmSync(file);
    expect(await readSnapshot(file)).toMatchObject({ ok: false, missing: true });
  });
});
