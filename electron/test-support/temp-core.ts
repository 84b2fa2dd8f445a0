import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callAs } from '../api/dispatch';
import { openCore } from '../app/core';
import type { Caller } from '../services/context';

/** A core on a fresh temporary data folder, for service-level tests. */
export async function tempCore(prefix = 'tongchou-test-') {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const env = {
    core: await openCore({ dataDir, mode: 'cli', holder: 'vitest' }),
    dataDir,
    get services() {
      return env.core.services;
    },
    system: { kind: 'system' } as Caller,
    /** Number of recorded operations: "nothing written" means this did not move. */
    opCount: () => env.core.services.store.get<{ n: number }>('SELECT COUNT(*) AS n FROM ops')?.n ?? 0,
    async dispose() {
      await env.core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return env;
}

/** Sets up an administrator and returns a signed-in caller and its session token. */
export async function signedInAdmin(services: Awaited<ReturnType<typeof tempCore>>['services']) {
  const { session, user } = await callAs(services, { kind: 'anonymous' }, 'auth.setup', {
    username: 'admin',
    displayName: '管理员',
    password: 'admin-password-1',
  });
  return { session, user, caller: { kind: 'user', user: { id: user.id, username: user.username, role: user.role, departmentId: null }, session } as Caller };
}
