import fs from 'node:fs';
import path from 'node:path';

type Level = 'info' | 'warn' | 'error';
export interface Logger {
  info(event: string, detail?: Record<string, unknown>): void;
  warn(event: string, detail?: Record<string, unknown>): void;
  error(event: string, detail?: Record<string, unknown>): void;
}

/**
 * JSON-lines security and error log in the data folder (logs/tongchou.log). Never logs
 * passwords or tokens: callers pass ids, not secrets.
 */
export function fileLogger(dataDir: string): Logger {
  const dir = path.join(dataDir, 'logs');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'tongchou.log');
  const write = (level: Level, event: string, detail: Record<string, unknown> = {}) => {
    const line = JSON.stringify({ at: new Date().toISOString(), level, event, ...detail });
    try {
      fs.appendFileSync(file, line + '\n');
    } catch {
      // Logging must never take the service down (disk full, permissions).
    }
  };
  return {
    info: (e, d) => write('info', e, d),
    warn: (e, d) => write('warn', e, d),
    error: (e, d) => write('error', e, d),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
