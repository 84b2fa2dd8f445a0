#!/usr/bin/env node
// The `tongchou` command. Works right after `npm install`: bundles the CLI (and, for `web`,
// the console) on first use or when the sources changed, then runs it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli/tongchou.mjs');
const hasSources = fs.existsSync(path.join(root, 'electron/cli/tongchou.ts'));
if (hasSources) {
  const lib = await import(pathToFileURL(path.join(root, 'scripts/build-lib.mjs')).href);
  if (lib.isStale('dist/cli/tongchou.mjs', ['electron', 'shared'])) await lib.buildNode();
  if (process.argv.includes('web') && lib.isStale('dist/renderer/index.html', ['renderer', 'shared'])) await lib.buildRenderer();
}
const { main } = await import(pathToFileURL(cli).href);
process.exitCode = await main(process.argv.slice(2));
