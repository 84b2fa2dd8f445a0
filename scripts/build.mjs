// npm run build: bundles main, preload and CLI with esbuild, the renderer with Vite.
import { buildNode, buildRenderer } from './build-lib.mjs';

const started = Date.now();
await buildNode();
await buildRenderer();
console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
