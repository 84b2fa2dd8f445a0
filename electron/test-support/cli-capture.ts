import { vi } from 'vitest';
import { main } from '../cli/tongchou';

export type CliRun = (...args: string[]) => Promise<{ code: number; out: string; err: string }>;

/**
 * Runs `tongchou` in-process on a data folder and captures what it prints, as a person at a
 * terminal would see it. Call in beforeEach; `vi.restoreAllMocks()` in afterEach ends the capture.
 */
export function captureCli(dataDir: string): CliRun {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  return async (...args) => {
    out.length = 0;
    err.length = 0;
    const code = await main(['--data-dir', dataDir, ...args]);
    return { code, out: out.join(''), err: err.join('') };
  };
}
