import fs from 'node:fs';
import { createRequire } from 'node:module';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

/**
 * Loads sql.js in Node. The wasm file is found through the package in development and tests; the
 * bundled Electron app ships it next to its bundle and says where with `setSqlWasmPath` (or the
 * TONGCHOU_SQL_WASM environment variable), because `import.meta.url` is meaningless there.
 */
let wasmPathOverride: string | undefined;
let loading: Promise<SqlJsStatic> | undefined;

export function setSqlWasmPath(path: string | undefined): void {
  wasmPathOverride = path;
  loading = undefined;
}

export function sqlWasmPath(): string {
  const configured = wasmPathOverride ?? process.env.TONGCHOU_SQL_WASM;
  if (configured) return configured;
  const here = typeof import.meta.url === 'string' ? import.meta.url : undefined;
  if (!here) throw new Error('sql.js wasm not found: call setSqlWasmPath() or set TONGCHOU_SQL_WASM');
  return createRequire(here).resolve('sql.js/dist/sql-wasm.wasm');
}

export function loadSqlJs(): Promise<SqlJsStatic> {
  if (!loading) {
    const attempt = (async () => {
      const bytes = await fs.promises.readFile(sqlWasmPath());
      // Hand over the bytes ourselves so sql.js never tries fetch() or guesses paths.
      const wasmBinary = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      return initSqlJs({ wasmBinary });
    })();
    loading = attempt;
    // A failed load (wrong path) must not be cached forever.
    attempt.catch(() => {
      if (loading === attempt) loading = undefined;
    });
  }
  return loading;
}
