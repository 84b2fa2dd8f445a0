import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_HEIGHT,
  DEFAULT_WINDOW_WIDTH,
  WINDOW_STATE_FILE,
  readWindowState,
  sanitizeWindowState,
  toSavedWindowState,
  writeWindowState,
  type DisplayArea,
  type SavedWindowState,
} from './window-state';

const laptop: DisplayArea = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const rightMonitor: DisplayArea = { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };
const saved = (x: number, y: number, width = 1280, height = 800, maximized = false): SavedWindowState => ({
  version: 1,
  bounds: { x, y, width, height },
  maximized,
});
const defaults = { width: DEFAULT_WINDOW_WIDTH, height: DEFAULT_WINDOW_HEIGHT };

describe('sanitizeWindowState', () => {
  it('keeps bounds that are on a display', () => {
    expect(sanitizeWindowState(saved(100, 80), [laptop])).toEqual({ x: 100, y: 80, width: 1280, height: 800, maximized: false });
    expect(sanitizeWindowState(saved(2100, 100, 1600, 1000, true), [laptop, rightMonitor])).toEqual({
      x: 2100,
      y: 100,
      width: 1600,
      height: 1000,
      maximized: true,
    });
  });

  it('keeps a window hanging partly off screen while its title bar can be grabbed', () => {
    expect(sanitizeWindowState(saved(1500, 300), [laptop])).toMatchObject({ x: 1500, y: 300 });
  });

  it('drops bounds saved on a monitor that is no longer attached', () => {
    expect(sanitizeWindowState(saved(2100, 100), [laptop])).toEqual({ ...defaults, maximized: false });
  });

  it('drops bounds whose title bar is off screen (above the top or beyond the edges)', () => {
    expect(sanitizeWindowState(saved(100, -700), [laptop])).toEqual({ ...defaults, maximized: false });
    expect(sanitizeWindowState(saved(-1200, 100), [laptop])).toEqual({ ...defaults, maximized: false });
    expect(sanitizeWindowState(saved(1850, 100), [laptop])).toEqual({ ...defaults, maximized: false });
    expect(sanitizeWindowState(saved(100, 1030), [laptop])).toEqual({ ...defaults, maximized: false });
  });

  it('drops absurd sizes but keeps the maximised flag', () => {
    expect(sanitizeWindowState(saved(0, 0, 200, 100, true), [laptop])).toEqual({ ...defaults, maximized: true });
    expect(sanitizeWindowState(saved(0, 0, 9000, 6000), [laptop])).toEqual({ ...defaults, maximized: false });
  });

  it('treats anything malformed as nothing saved', () => {
    for (const bad of [
      null,
      undefined,
      'x',
      {},
      { version: 2, bounds: { x: 0, y: 0, width: 1280, height: 800 }, maximized: false },
      { version: 1, bounds: { x: 0, y: 0, width: Number.NaN, height: 800 }, maximized: false },
      { version: 1, bounds: { x: 0.5, y: 0, width: 1280, height: 800 }, maximized: false },
      { version: 1, bounds: { x: 0, y: 0, width: 1280, height: 800 }, maximized: 'yes' },
    ]) {
      expect(sanitizeWindowState(bad, [laptop])).toEqual({ ...defaults, maximized: false });
    }
  });

  it('fits the default size to a small display, never below the minimum', () => {
    const small: DisplayArea = { workArea: { x: 0, y: 0, width: 1280, height: 720 } };
    expect(sanitizeWindowState(null, [small])).toEqual({ width: 1280, height: 720, maximized: false });
    const tiny: DisplayArea = { workArea: { x: 0, y: 0, width: 800, height: 560 } };
    expect(sanitizeWindowState(null, [tiny])).toEqual({ width: 960, height: 600, maximized: false });
    expect(sanitizeWindowState(null, [])).toEqual({ ...defaults, maximized: false });
  });
});

describe('window state file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongchou-window-state-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips through the data folder', () => {
    const state = toSavedWindowState({ x: 10.4, y: 20.6, width: 1280, height: 800 }, true);
    expect(writeWindowState(dir, state)).toBe(true);
    expect(readWindowState(dir)).toEqual({ version: 1, bounds: { x: 10, y: 21, width: 1280, height: 800 }, maximized: true });
    expect(fs.readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
  });

  it('creates the data folder if needed', () => {
    const nested = path.join(dir, 'a', 'b');
    expect(writeWindowState(nested, saved(1, 2))).toBe(true);
    expect(readWindowState(nested)).toEqual(saved(1, 2));
  });

  it('reads nothing when the file is missing, corrupt, invalid or oversized', () => {
    expect(readWindowState(dir)).toBeNull();
    const file = path.join(dir, WINDOW_STATE_FILE);
    fs.writeFileSync(file, '{"version":1,"bounds":');
    expect(readWindowState(dir)).toBeNull();
    fs.writeFileSync(file, JSON.stringify({ version: 1, bounds: { x: 0, y: 0, width: -5, height: 800 }, maximized: false }));
    expect(readWindowState(dir)).toBeNull();
    fs.writeFileSync(file, JSON.stringify({ ...saved(0, 0), padding: 'x'.repeat(20_000) }));
    expect(readWindowState(dir)).toBeNull();
    fs.rmSync(file);
    fs.mkdirSync(file);
    expect(readWindowState(dir)).toBeNull();
  });

  it('refuses to write invalid state and leaves the previous file intact', () => {
    expect(writeWindowState(dir, saved(5, 5))).toBe(true);
    const broken = { version: 1, bounds: { x: Number.NaN, y: 0, width: 1280, height: 800 }, maximized: false } as SavedWindowState;
    expect(writeWindowState(dir, broken)).toBe(false);
    expect(readWindowState(dir)).toEqual(saved(5, 5));
  });

  it('reports failure instead of throwing when the folder cannot be written', () => {
    const blocker = path.join(dir, 'file-not-folder');
    fs.writeFileSync(blocker, 'x');
    expect(writeWindowState(blocker, saved(0, 0))).toBe(false);
  });
});
