import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, checkLayers } from './layers';

const root = path.resolve(__dirname, '..');
const at = (rel: string) => path.join(root, rel);

describe('layering (DESIGN.md §2)', () => {
  it('the repository breaks no layering rule', () => {
    expect(checkLayers(root)).toEqual([]);
  });

  it("catches 'electron' imported outside main and preload", () => {
    expect(checkFile(root, at('electron/services/x.ts'), "import { app } from 'electron';")).toHaveLength(1);
    expect(checkFile(root, at('renderer/src/x.tsx'), "const e = require('electron');")).toHaveLength(1);
    expect(checkFile(root, at('electron/main.ts'), "import { app } from 'electron';")).toEqual([]);
    expect(checkFile(root, at('electron/tray.electron.ts'), "import { Tray } from 'electron';")).toEqual([]);
  });

  it('catches the renderer reaching into electron/ or Node', () => {
    expect(checkFile(root, at('renderer/src/a.ts'), "import { openStore } from '../../electron/store/store';")[0]?.rule).toMatch(/renderer\/ may not import electron/);
    expect(checkFile(root, at('renderer/src/a.ts'), "import fs from 'node:fs';")[0]?.rule).toMatch(/Node built-ins/);
    expect(checkFile(root, at('renderer/src/a.ts'), "import { x } from '../../shared/model/ids';")).toEqual([]);
  });

  it('catches shared/ importing Node, packages or other layers', () => {
    expect(checkFile(root, at('shared/a.ts'), "import fs from 'fs';")).toHaveLength(1);
    expect(checkFile(root, at('shared/a.ts'), "import { x } from '../server/db';")).toHaveLength(1);
    expect(checkFile(root, at('shared/a.ts'), "export * from '../renderer/src/x';")).toHaveLength(1);
    expect(checkFile(root, at('shared/a.ts'), "import { z } from 'zod';")).toEqual([]);
  });

  it('catches electron/ and server/ importing each other or the renderer', () => {
    expect(checkFile(root, at('server/a.ts'), "import { x } from '../electron/store/store';")).toHaveLength(1);
    expect(checkFile(root, at('electron/a.ts'), "import { x } from '../renderer/src/x';")).toHaveLength(1);
  });
});
