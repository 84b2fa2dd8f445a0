/**
 * Checks build/electron-builder.json without running a packaging build: that electron-builder 26
 * itself accepts it, that its `files` patterns — evaluated by electron-builder's own file matcher,
 * default exclusions included — ship every built output the app needs and nothing else (no
 * sources, tests or node_modules), and that the icons it names exist and are well-formed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const configPath = path.join(root, 'build', 'electron-builder.json');
const require = createRequire(import.meta.url);

// ─── The configuration, as far as this app relies on it ─────────────────────────────────────────

const targetSchema = z.object({ target: z.string(), arch: z.array(z.string()) });
const configSchema = z.object({
  appId: z.string().regex(/^[a-z][a-z0-9]*(\.[a-z][a-z0-9-]*)+$/),
  productName: z.literal('统筹 Tongchou'),
  directories: z.object({ output: z.literal('release'), buildResources: z.literal('build') }),
  files: z.array(z.string().min(1)).min(1),
  extraMetadata: z.object({ main: z.string() }),
  asar: z.literal(true),
  beforeBuild: z.string(),
  win: z.object({ target: z.array(targetSchema).length(1), icon: z.string() }),
  nsis: z.object({
    oneClick: z.literal(false),
    allowToChangeInstallationDirectory: z.literal(true),
    installerLanguages: z.array(z.string()),
    language: z.literal('2052'),
    installerIcon: z.string(),
    uninstallerIcon: z.string(),
    deleteAppDataOnUninstall: z.literal(false),
  }),
  linux: z.object({
    target: z.array(targetSchema),
    category: z.literal('Office'),
    icon: z.string(),
    maintainer: z.string().regex(/^[^<>]+ <[^<>@\s]+@[^<>@\s]+>$/),
  }),
});
type BuilderConfig = z.infer<typeof configSchema>;

const rawConfig: unknown = JSON.parse(fs.readFileSync(configPath, 'utf8'));
const config: BuilderConfig = configSchema.parse(rawConfig);

// ─── electron-builder's own matcher (internal modules of app-builder-lib 26) ────────────────────

interface FakeStat {
  isDirectory(): boolean;
  moduleFullFilePath?: string;
}
type Filter = (file: string, stat: FakeStat) => boolean;
interface FileMatcherLike {
  readonly patterns: string[];
  createFilter(): Filter;
}
interface FileMatcherModule {
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (s: string) => string,
    platformSpecificBuildOptions: object,
    platformPackager: object,
    outDir: string,
    isElectronCompile: boolean,
  ): FileMatcherLike[];
  getNodeModuleFileMatcher(
    appDir: string,
    destination: string,
    macroExpander: (s: string) => string,
    platformSpecificBuildOptions: object,
    packager: object,
  ): FileMatcherLike;
  FileMatcher: new (from: string, to: string, macroExpander: (s: string) => string, patterns: string[]) => FileMatcherLike;
}
interface ConfigModule {
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean }): Promise<void>;
}
interface IconConverterModule {
  convertIcon(options: { sources: string[]; fallbackSources: string[]; roots: string[]; format: string; outDir: string }): Promise<{
    icons: Array<{ file: string; size: number }>;
    isFallback: boolean;
  }>;
}

const fileMatcher = require('app-builder-lib/out/fileMatcher') as FileMatcherModule;
const builderConfig = require('app-builder-lib/out/util/config/config') as ConfigModule;
const iconConverter = require('app-builder-lib/out/util/iconConverter') as IconConverterModule;

const expand = (s: string) => s;
const destination = path.join(os.tmpdir(), 'tongchou-app-dest');
const packagerInfo = {
  projectDir: root,
  buildResourcesDir: path.resolve(root, config.directories.buildResources),
  config: rawConfig,
  isPrepackedAppAsar: false,
  debugLogger: { isEnabled: false },
};

function mainFilter(platform: 'win' | 'linux'): Filter {
  const platformOptions = (rawConfig as Record<string, object>)[platform] ?? {};
  const matchers = fileMatcher.getMainFileMatchers(
    root,
    destination,
    expand,
    platformOptions,
    { info: packagerInfo },
    path.resolve(root, config.directories.output),
    false,
  );
  expect(matchers).toHaveLength(1);
  return matchers[0]!.createFilter();
}

const dir: FakeStat = { isDirectory: () => true };
const file: FakeStat = { isDirectory: () => false };

/** Shipped only if electron-builder's walker would enter every parent folder and keep the file. */
function isShipped(filter: Filter, relative: string): boolean {
  const parts = relative.split('/');
  for (let i = 1; i < parts.length; i++) {
    if (!filter(path.join(root, ...parts.slice(0, i)), dir)) return false;
  }
  return filter(path.join(root, ...parts), file);
}

/** Excluded for certain: the file itself fails the filter, whatever the walker does with folders. */
function isExcluded(filter: Filter, relative: string): boolean {
  return !filter(path.join(root, ...relative.split('/')), file);
}

// What `npm run build` produces and the desktop app loads at run time.
const NEEDED = [
  'package.json',
  'dist/electron/main.cjs',
  'dist/electron/preload.cjs',
  'dist/renderer/index.html',
  'dist/renderer/assets/index-Bx7kQ2aZ.js',
  'dist/renderer/assets/vendor-a1B2c3D4.js',
  'dist/renderer/assets/index-C9dE8fGh.css',
  'dist/renderer/assets/font-NotoSansSC.woff2',
  'dist/sql-wasm.wasm',
];
// Sources, tests, tooling, other bundles and dependencies: none of it belongs in the installer.
const NOT_SHIPPED = [
  'electron/main.ts',
  'electron/preload.ts',
  'electron/security/csp.ts',
  'electron/security/csp.test.ts',
  'electron/app/core.ts',
  'renderer/index.html',
  'renderer/src/main.tsx',
  'renderer/src/app/App.tsx',
  'renderer/vite.config.ts',
  'shared/api/contract.ts',
  'e2e/electron.spec.ts',
  'e2e/playwright.config.ts',
  'bench/generate.ts',
  'server/index.ts',
  'scripts/build.mjs',
  'build/electron-builder.json',
  'build/make-icons.mjs',
  'build/icon.ico',
  'build/icons/512x512.png',
  'build/packaging.test.ts',
  'node_modules/react/index.js',
  'node_modules/zod/package.json',
  'node_modules/sql.js/dist/sql-wasm.wasm',
  'node_modules/electron/dist/electron',
  'dist/cli/tongchou.mjs',
  'dist/electron/main.cjs.map',
  'dist/electron/preload.cjs.map',
  'dist/renderer/assets/index-Bx7kQ2aZ.js.map',
  'release/linux-unpacked/tongchou',
  'tsconfig.json',
  'vitest.config.ts',
  'package-lock.json',
  'README.md',
  '.gitignore',
  '.git/config',
];

describe('electron-builder configuration', () => {
  it('is accepted by electron-builder 26’s own schema validation', async () => {
    await expect(builderConfig.validateConfiguration(structuredClone(rawConfig), { isEnabled: false })).resolves.toBeUndefined();
  });

  it('the validation used here does reject a bad configuration', async () => {
    const bad = { ...(rawConfig as object), includeSubNodeModules: false };
    await expect(builderConfig.validateConfiguration(bad, { isEnabled: false })).rejects.toThrow(/includeSubNodeModules/);
  });

  it('targets an x64 NSIS installer with Chinese and English, and deb + AppImage', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis.installerLanguages).toEqual(expect.arrayContaining(['zh_CN', 'en_US']));
    expect(config.linux.target.map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
    for (const t of config.linux.target) expect(t.arch).toEqual(['x64']);
  });

  it('points main at the bundled main process, as package.json does', () => {
    const pkg = z.object({ main: z.string() }).parse(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')));
    expect(config.extraMetadata.main).toBe('dist/electron/main.cjs');
    expect(pkg.main).toBe(config.extraMetadata.main);
  });
});

describe.each(['win', 'linux'] as const)('files shipped on %s', (platform) => {
  const filter = mainFilter(platform);

  it.each(NEEDED)('ships %s', (relative) => {
    expect(isShipped(filter, relative)).toBe(true);
  });

  it.each(NOT_SHIPPED)('does not ship %s', (relative) => {
    expect(isExcluded(filter, relative)).toBe(true);
  });

  it('ships the file extraMetadata.main names', () => {
    expect(isShipped(filter, config.extraMetadata.main)).toBe(true);
  });
});

describe('node_modules', () => {
  it('are not collected at all: the beforeBuild hook resolves to false', async () => {
    expect(config.beforeBuild.startsWith('./')).toBe(true);
    const hook = require(path.resolve(root, config.beforeBuild)) as () => Promise<unknown>;
    await expect(hook()).resolves.toBe(false);
  });

  it('and would be filtered out file by file if they were', () => {
    // What electron-builder does per dependency: a matcher over the module folder with the
    // exclusions of `files`, paths seen as node_modules/<name>/...
    const moduleMatcher = fileMatcher.getNodeModuleFileMatcher(root, destination, expand, {}, { config: rawConfig, debugLogger: { isEnabled: false } });
    // No exclusions at all means no filter: electron-builder would copy every module file.
    expect(moduleMatcher.patterns.some((p) => p.startsWith('!'))).toBe(true);
    for (const [name, inside] of [
      ['react', 'index.js'],
      ['sql.js', 'dist/sql-wasm.wasm'],
      ['zod', 'package.json'],
    ] as const) {
      const moduleDir = path.join(root, 'node_modules', name);
      const filter = new fileMatcher.FileMatcher(moduleDir, destination, expand, moduleMatcher.patterns).createFilter();
      const stat: FakeStat = { isDirectory: () => false, moduleFullFilePath: `node_modules/${name}/${inside}` };
      expect(filter(path.join(moduleDir, ...inside.split('/')), stat), `${name}/${inside}`).toBe(false);
    }
  });
});

// ─── Icons ──────────────────────────────────────────────────────────────────────────────────────

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(data: Buffer): { width: number; height: number } {
  expect(data.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(data.readUInt32BE(8), 'IHDR length').toBe(13);
  expect(data.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

interface IcoEntry {
  width: number;
  height: number;
  kind: 'png' | 'bmp';
  data: Buffer;
}

function parseIco(data: Buffer): IcoEntry[] {
  expect(data.readUInt16LE(0), 'reserved').toBe(0);
  expect(data.readUInt16LE(2), 'type: icon').toBe(1);
  const count = data.readUInt16LE(4);
  expect(count).toBeGreaterThan(0);
  const entries: IcoEntry[] = [];
  for (let i = 0; i < count; i++) {
    const e = 6 + i * 16;
    const size = data.readUInt32LE(e + 8);
    const offset = data.readUInt32LE(e + 12);
    expect(offset + size, `entry ${i} lies inside the file`).toBeLessThanOrEqual(data.length);
    const image = data.subarray(offset, offset + size);
    const width = data[e] || 256;
    const height = data[e + 1] || 256;
    if (image.subarray(0, 8).equals(PNG_SIGNATURE)) {
      expect(pngSize(image)).toEqual({ width, height });
      entries.push({ width, height, kind: 'png', data: image });
    } else {
      expect(image.readUInt32LE(0), 'BITMAPINFOHEADER').toBe(40);
      expect(image.readInt32LE(4)).toBe(width);
      expect(image.readInt32LE(8)).toBe(height * 2);
      expect(image.readUInt16LE(14), '32 bits per pixel').toBe(32);
      entries.push({ width, height, kind: 'bmp', data: image });
    }
  }
  return entries;
}

describe('icons', () => {
  const resolveIcon = (p: string) => path.resolve(root, p);

  it('every icon the configuration names exists', () => {
    for (const p of [config.win.icon, config.nsis.installerIcon, config.nsis.uninstallerIcon, config.linux.icon]) {
      expect(fs.existsSync(resolveIcon(p)), p).toBe(true);
    }
  });

  it('the master PNG is 512x512', () => {
    expect(pngSize(fs.readFileSync(path.join(root, 'build/icons/icon.png')))).toEqual({ width: 512, height: 512 });
  });

  it('the Linux set has every size 16..512, each PNG as large as its name says', () => {
    const dirPath = resolveIcon(config.linux.icon);
    const sizes = fs
      .readdirSync(dirPath)
      .map((name) => /^(\d+)x(\d+)\.png$/.exec(name))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => {
        expect(m[1]).toBe(m[2]);
        expect(pngSize(fs.readFileSync(path.join(dirPath, m[0]))), m[0]).toEqual({ width: Number(m[1]), height: Number(m[1]) });
        return Number(m[1]);
      })
      .sort((a, b) => a - b);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256, 512]);
  });

  it('the Windows .ico parses, with a 256px PNG entry and the small sizes', () => {
    const entries = parseIco(fs.readFileSync(resolveIcon(config.win.icon)));
    const big = entries.find((e) => e.width === 256);
    expect(big?.kind).toBe('png');
    expect(big?.height).toBe(256);
    expect(entries.map((e) => e.width).sort((a, b) => a - b)).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  describe('as electron-builder resolves them', () => {
    let outDir: string;
    beforeAll(() => {
      outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongchou-icons-'));
    });
    afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));
    const roots = [path.resolve(root, config.directories.buildResources), root];

    it('Windows uses build/icon.ico as is (no conversion, no default Electron icon)', async () => {
      const result = await iconConverter.convertIcon({ sources: [config.win.icon], fallbackSources: [], roots, format: 'ico', outDir });
      expect(result.isFallback).toBe(false);
      expect(result.icons).toEqual([{ file: resolveIcon(config.win.icon), size: 256 }]);
    });

    it('Linux uses the build/icons set, every size', async () => {
      const result = await iconConverter.convertIcon({ sources: [config.linux.icon], fallbackSources: [], roots, format: 'set', outDir });
      expect(result.isFallback).toBe(false);
      expect(result.icons.map((i) => i.size)).toEqual([16, 24, 32, 48, 64, 128, 256, 512]);
      for (const icon of result.icons) expect(path.dirname(icon.file)).toBe(resolveIcon(config.linux.icon));
    });
  });

  it('the committed icons are exactly what build/make-icons.mjs draws', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tongchou-make-icons-'));
    try {
      execFileSync(process.execPath, [path.join(root, 'build/make-icons.mjs'), '--out', out], { stdio: 'pipe' });
      const generated = ['icon.ico', ...fs.readdirSync(path.join(out, 'icons')).map((n) => `icons/${n}`)];
      expect(generated.length).toBe(10);
      for (const rel of generated) {
        expect(fs.readFileSync(path.join(out, rel)).equals(fs.readFileSync(path.join(root, 'build', rel))), rel).toBe(true);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
