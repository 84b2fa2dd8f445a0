import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { preloadOptions } from '../scripts/build-lib.mjs';

describe('the preload bundle', () => {
  it("requires nothing but 'electron' (a sandboxed preload cannot load Node modules) and stays small", async () => {
    const out = await build({ ...preloadOptions, write: false, sourcemap: false, logLevel: 'silent' });
    const code = out.outputFiles[0]!.text;
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(code.length).toBeLessThan(20_000);
  });
});
