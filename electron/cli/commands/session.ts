import type { Command } from 'commander';
import type { Page } from '../../../shared/model/table-query';
import type { MethodName, Result } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { Role } from '../../../shared/model/roles';
import { callAs } from '../../api/dispatch';
import type { Caller } from '../../services/context';
import { openCore } from '../../app/core';
import type { GlobalOptions } from '../tongchou';

type OpenedCore = Awaited<ReturnType<typeof openCore>>;

export function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

/** Opens the data folder as the CLI's system operator, runs `fn`, always closes (flushing the store). */
export async function withCore<T>(cmd: Command, fn: (core: OpenedCore) => Promise<T>): Promise<T> {
  const core = await openCore({ dataDir: globals(cmd).dataDir, mode: 'cli', holder: `tongchou ${cmd.name()} (pid ${process.pid})` });
  try {
    return await fn(core);
  } finally {
    await core.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

type ListMethod = { [K in MethodName]: Result<K> extends Page<unknown> ? K : never }[MethodName];

/** Every row of a paged listing, as the system operator. */
export async function listAll<K extends ListMethod>(core: OpenedCore, method: K): Promise<Result<K>['rows']> {
  type Row = Result<K>['rows'][number];
  const rows: Row[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = (await callAs(core.services, { kind: 'system' }, method, { offset, limit: 500 })) as Page<Row>;
    rows.push(...page.rows);
    if (rows.length >= page.total || page.rows.length === 0) return rows as Result<K>['rows'];
  }
}

/** `--as USER`: act as that (active) user instead of the system operator, with their role and department. */
export function callerAs(core: OpenedCore, username: string | undefined): Caller {
  if (!username) return { kind: 'system' };
  const row = core.services.store.get<{ id: string; role: Role; department_id: string | null; active: number }>(
    'SELECT id, role, department_id, active FROM users WHERE username = ?',
    [username],
  );
  if (!row || row.active !== 1) throw new ApiError('NOT_FOUND', 'cli.userUnknown', { username });
  return { kind: 'user', user: { id: row.id, username, role: row.role, departmentId: row.department_id }, session: '' };
}
