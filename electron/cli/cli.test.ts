import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/tongchou.mjs');

/** The `tongchou` command exactly as installed: a child process on a temporary data folder. */
function tongchou(dataDir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, '--data-dir', dataDir, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, TONGCHOU_PASSWORD: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('tongchou CLI', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongchou-cli-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('--help lists the commands and exits 0', () => {
    const r = tongchou(dataDir, '--help');
    expect(r.code).toBe(0);
    for (const cmd of ['init', 'user', 'department', 'web']) expect(r.out).toContain(cmd);
  });

  it('init --demo creates the folder and loads 66 departments', () => {
    const r = tongchou(dataDir, 'init', '--demo');
    expect(r.code).toBe(0);
    expect(r.out).toContain('66 个部门');
    expect(fs.existsSync(dataDir)).toBe(true);
  });

  it('department add and list, as text and --json', () => {
    expect(tongchou(dataDir, 'department', 'add', '--code', 'ZS099', '--name', '中山市数字政府建设中心', '--level', 'city').code).toBe(0);
    const list = tongchou(dataDir, 'department', 'list', '--json');
    expect(list.code).toBe(0);
    const rows = JSON.parse(list.out) as { code: string; name: string }[];
    expect(rows).toHaveLength(67);
    expect(rows.find((d) => d.code === 'ZS099')?.name).toBe('中山市数字政府建设中心');
    expect(tongchou(dataDir, 'department', 'list').out).toMatch(/ZT009\s+小榄镇人民政府\s+镇街/);
  });

  it('user add (administrator and registrant) and list --json', () => {
    expect(tongchou(dataDir, 'user', 'add', '--username', 'admin', '--name', '张建国', '--role', 'admin', '--password', 'admin-pass-2026').code).toBe(0);
    const add = tongchou(dataDir, 'user', 'add', '--username', 'gaj.li', '--name', '李强', '--role', 'registrant', '--department', 'ZS006', '--password', 'gaj-pass-2026');
    expect(add.code).toBe(0);
    expect(add.out).toContain('部门填报员');
    const users = JSON.parse(tongchou(dataDir, 'user', 'list', '--json').out) as { username: string; departmentName: string | null }[];
    expect(users.find((u) => u.username === 'gaj.li')?.departmentName).toBe('中山市公安局');
    expect(JSON.stringify(users)).not.toContain('scrypt');
  });

  it('refusals exit 1 with one line naming the reason', () => {
    const dup = tongchou(dataDir, 'department', 'add', '--code', 'ZS099', '--name', '重复', '--level', 'city');
    expect(dup.code).toBe(1);
    expect(dup.err.trim().split('\n')).toHaveLength(1);
    expect(dup.err).toContain('ZS099');
    const bad = tongchou(dataDir, 'user', 'add', '--username', 'x', '--name', 'X', '--role', 'admin', '--password', 'short');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/username|password/);
    const noPassword = tongchou(dataDir, 'user', 'add', '--username', 'nopass', '--name', 'N', '--role', 'admin');
    expect(noPassword.code).toBe(1);
  });

  it('usage errors exit 2', () => {
    const bare = spawnSync(process.execPath, [bin], { cwd: root, encoding: 'utf8' });
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('Usage: tongchou');
    expect(tongchou(dataDir, 'web', '--port', 'abc').code).toBe(2);
    expect(tongchou(dataDir, 'frobnicate').code).toBe(2);
    expect(tongchou(dataDir, 'department', 'add', '--code', 'ZS1').code).toBe(2);
    expect(tongchou(dataDir, 'user', 'add', '--username', 'a', '--name', 'b', '--role', 'king').code).toBe(2);
  });

  it('a busy port is refused in one line, and the data folder is left free', async () => {
    const net = await import('node:net');
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = tongchou(dataDir, 'web', '--port', String(port));
      expect(r.code).toBe(1);
      expect(r.err.trim().split('\n')).toEqual([expect.stringContaining(`端口 ${port} 已被占用`)]);
      expect(tongchou(dataDir, 'department', 'list', '--json').code).toBe(0);
    } finally {
      blocker.close();
    }
  });

  it('a second process on the same data folder is refused, naming the holder', async () => {
    const { spawn } = await import('node:child_process');
    const web = spawn(process.execPath, [bin, '--data-dir', dataDir, 'web'], { cwd: root });
    try {
      await new Promise<void>((resolve, reject) => {
        web.stdout.on('data', (d: Buffer) => d.toString().includes('Tongchou console:') && resolve());
        web.once('exit', (c) => reject(new Error(`web exited ${c}`)));
      });
      const r = tongchou(dataDir, 'department', 'list');
      expect(r.code).toBe(1);
      expect(r.err).toContain('tongchou web');
    } finally {
      web.kill('SIGTERM');
    }
  });
});
