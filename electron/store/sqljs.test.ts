import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSqlJs, setSqlWasmPath, sqlWasmPath } from './sqljs';

afterEach(() => {
  setSqlWasmPath(undefined);
  delete process.env.TONGCHOU_SQL_WASM;
});

describe('sql.js loader', () => {
  it('finds the wasm through the package by default', async () => {
    expect(sqlWasmPath()).toBe(createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm'));
    const SQL = await loadSqlJs();
    expect(new SQL.Database().exec('SELECT 1 + 1 AS n')[0]?.values).toEqual([[2]]);
  });

  it('uses the path the packaged app gives (setter first, then TONGCHOU_SQL_WASM), and does not cache a failure', async () => {
    process.env.TONGCHOU_SQL_WASM = '/nowhere/env.wasm';
    expect(sqlWasmPath()).toBe('/nowhere/env.wasm');
    setSqlWasmPath('/nowhere/sql-wasm.wasm');
    expect(sqlWasmPath()).toBe('/nowhere/sql-wasm.wasm');
    await expect(loadSqlJs()).rejects.toThrow(/ENOENT/);
    setSqlWasmPath(undefined);
    delete process.env.TONGCHOU_SQL_WASM;
    await expect(loadSqlJs()).resolves.toBeTruthy();
  });
});
