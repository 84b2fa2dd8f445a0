import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/**
 * The layering rules of DESIGN.md §2, checked on every import of every source file:
 * - only electron/main.ts, electron/preload.ts and electron/**\/*.electron.ts import 'electron';
 * - renderer/ imports only renderer/, shared/ and browser packages (no Node built-ins);
 * - shared/ imports only shared/ and its schema library (no Node, DOM or Electron; no electron/,
 *   renderer/ or server/); DOM globals are kept out by typechecking shared/ without the DOM lib;
 * - electron/ and server/ never import renderer/; electron/ and server/ never import each other.
 */
export interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

const LAYERS = ['shared', 'electron', 'renderer', 'server'] as const;
type Layer = (typeof LAYERS)[number];
const SHARED_PACKAGES = new Set(['zod']);
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

function layerOf(root: string, file: string): Layer | null {
  const first = path.relative(root, file).split(path.sep)[0];
  return (LAYERS as readonly string[]).includes(first ?? '') ? (first as Layer) : null;
}

function mayImportElectron(root: string, file: string): boolean {
  const rel = path.relative(root, file).split(path.sep).join('/');
  return rel === 'electron/main.ts' || rel === 'electron/preload.ts' || (rel.startsWith('electron/') && rel.endsWith('.electron.ts'));
}

export function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

export function checkFile(root: string, file: string, source: string): Violation[] {
  const layer = layerOf(root, file);
  if (!layer) return [];
  const isTest = /\.(test|spec)\.tsx?$/.test(file);
  const out: Violation[] = [];
  for (const specifier of importsOf(source)) {
    const bad = (rule: string) => out.push({ file: path.relative(root, file), specifier, rule });
    if (specifier === 'electron' || specifier.startsWith('electron/')) {
      if (!mayImportElectron(root, file)) bad("only electron/main.ts and electron/preload.ts may import 'electron'");
      continue;
    }
    if (specifier.startsWith('.')) {
      const target = layerOf(root, path.resolve(path.dirname(file), specifier));
      if (target === null) {
        if (layer === 'shared' || layer === 'renderer') bad(`${layer}/ may not import outside the layers`);
      } else if (target !== layer && target !== 'shared') bad(`${layer}/ may not import ${target}/`);
      continue;
    }
    const pkg = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
    if (layer === 'shared' && !isTest && !SHARED_PACKAGES.has(pkg)) bad(`shared/ may import only ${[...SHARED_PACKAGES].join(', ')}`);
    if (layer === 'renderer' && NODE_BUILTINS.has(specifier) && !file.endsWith('vite.config.ts')) bad('renderer/ may not import Node built-ins');
  }
  return out;
}

export function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|tsx|mts|cts)$/.test(e.name)) out.push(p);
    }
  };
  for (const l of LAYERS) if (fs.existsSync(path.join(root, l))) walk(path.join(root, l));
  return out;
}

export function checkLayers(root: string): Violation[] {
  return sourceFiles(root).flatMap((f) => checkFile(root, f, fs.readFileSync(f, 'utf8')));
}
