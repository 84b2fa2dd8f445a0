import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

// The renderer is plain React with the automatic JSX runtime; no plugin is needed to build it.
export default defineConfig({
  root: here,
  base: './',
  build: {
    outDir: path.join(here, '../dist/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    target: 'es2022',
  },
});
