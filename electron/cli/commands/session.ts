import type { Command } from 'commander';
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
