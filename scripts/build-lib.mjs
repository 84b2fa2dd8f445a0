// Build steps shared by `npm run build`, `npm start`, the CLI launcher and the e2e setup.
import { build as esbuild } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const define = { __TONGCHOU_VERSION__: JSON.stringify(pkg.version) };

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: 'linked', define, logLevel: 'warning', absWorkingDir: root };

/** The sandboxed preload may require nothing but 'electron' (checked by build/preload-bundle.test.ts). */
export const preloadOptions = { ...common, format: 'cjs', external: ['electron'], entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' };

/** main and preload as CommonJS (the preload must be CJS in a sandbox), the CLI as ESM. */
export async function buildNode() {
  // CommonJS has no import.meta: give modules that ask for their URL the bundle's own.
  const cjs = {
    ...common,
    format: 'cjs',
    external: ['electron'],
    define: { ...define, 'import.meta.url': '__bundleUrl' },
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  };
  await Promise.all([
    // The desktop bundle is self-contained: the installer ships no node_modules.
    esbuild({ ...cjs, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
    esbuild(preloadOptions),
    // The CLI runs inside the installed package, so its dependencies stay in node_modules.
    esbuild({ ...common, entryPoints: ['electron/cli/tongchou.ts'], outfile: 'dist/cli/tongchou.mjs', format: 'esm', packages: 'external' }),
  ]);
  fs.copyFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'), path.join(root, 'dist/sql-wasm.wasm'));
}

export async function buildRenderer() {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'renderer/vite.config.ts'), logLevel: 'warn' });
}

/** Newest modification time under the given folders (sources that feed a bundle). */
export function newestSource(dirs) {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(ts|tsx|css|html|json)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  for (const d of dirs) if (fs.existsSync(path.join(root, d))) walk(path.join(root, d));
  return newest;
}

export function isStale(output, sourceDirs) {
  const out = path.join(root, output);
  if (!fs.existsSync(out)) return true;
  return fs.statSync(out).mtimeMs < newestSource(sourceDirs);
}
