import type { Command } from 'commander';
import type { Page } from '../../../shared/model/table-query';
import type { MethodName, Result } from '../../../shared/api/contract';
import { callAs } from '../../api/dispatch';
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
