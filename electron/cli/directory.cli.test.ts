import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/tongchou.mjs');

function tongchou(dataDir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, '--data-dir', dataDir, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const entry = {
  name: '出入境证件信息',
  classCode: '101',
  providerDeptCode: 'ZS006',
  summary: '本市居民因私出入境证件的申请、签发和查验记录。',
  format: 'database',
  shareType: 'none',
  shareMethod: 'api',
  openType: 'closed',
  updateCycle: 'daily',
  items: [
    { name: '公民身份号码', dataType: 'string', length: 18 },
    { name: '证件号码', dataType: 'string', length: 20 },
  ],
};

describe('tongchou directory', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongchou-dircli-'));
    expect(tongchou(dataDir, 'init', '--demo').code).toBe(0);
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('add prints the new code; list and search find it', () => {
    const add = tongchou(dataDir, 'directory', 'add', '--json', JSON.stringify(entry));
    expect(add.code).toBe(0);
    const code = add.out.trim();
    expect(code).toMatch(/^101\/\d{6}$/);
    const listed = JSON.parse(tongchou(dataDir, 'directory', 'list', '--dept', 'ZS006', '--json').out) as { code: string }[];
    expect(listed.map((r) => r.code)).toContain(code);
    const found = JSON.parse(tongchou(dataDir, 'directory', 'search', '出入境', '--json').out) as { rows: { code: string }[] };
    expect(found.rows.map((r) => r.code)).toContain(code);
  });

  it('show --as another department shows only basic metadata of a 不予共享 entry once published', () => {
    const code = tongchou(dataDir, 'directory', 'add', '--json', JSON.stringify({ ...entry, name: '出境登记备案信息' })).out.trim();
    // Drafts stay inside the provider department.
    expect(tongchou(dataDir, 'directory', 'show', code, '--as', 'scj.zhao').code).toBe(1);
    const mine = JSON.parse(tongchou(dataDir, 'directory', 'show', code, '--as', 'gaj.wang', '--json').out) as { restricted: boolean; items: { name: string }[] };
    expect(mine.restricted).toBe(false);
    expect(mine.items.map((i) => i.name)).toEqual(['公民身份号码', '证件号码']);
  });

  it('refuses bad JSON and another department\u2019s entries in one line', () => {
    const bad = tongchou(dataDir, 'directory', 'add', '--json', '{name:');
    expect(bad.code).toBe(1);
    const other = tongchou(dataDir, 'directory', 'add', '--as', 'scj.zhao', '--json', JSON.stringify({ ...entry, name: '另一部门的资源信息' }));
    expect(other.code).toBe(1);
    expect(other.err.trim().split('\n')).toHaveLength(1);
  });
});
