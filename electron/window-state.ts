import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Remembers where the main window was. The saved bounds are trusted only after checking them
 * against the displays attached now: a window saved on a monitor that is gone, or with an absurd
 * size, opens at the default size instead, centred by Electron.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of Electron's `Display` needed here (`screen.getAllDisplays()` fits it). */
export interface DisplayArea {
  workArea: Rect;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WINDOW_WIDTH = 960;
export const MIN_WINDOW_HEIGHT = 600;
export const DEFAULT_WINDOW_WIDTH = 1360;
export const DEFAULT_WINDOW_HEIGHT = 860;
const MAX_WINDOW_SIDE = 16_384;
const MAX_COORDINATE = 100_000;
/** The window's top strip (where the title bar is) must show this much on one display to be grabbable. */
const TITLE_STRIP_HEIGHT = 40;
const MIN_VISIBLE_TITLE_WIDTH = 160;
const MIN_VISIBLE_TITLE_HEIGHT = 20;
const MAX_FILE_BYTES = 16 * 1024;

const coordinate = z.number().int().min(-MAX_COORDINATE).max(MAX_COORDINATE);
const side = z.number().int().min(1).max(MAX_WINDOW_SIDE);
export const windowStateSchema = z.object({
  version: z.literal(1),
  bounds: z.object({ x: coordinate, y: coordinate, width: side, height: side }).strict(),
  maximized: z.boolean(),
});
export type SavedWindowState = z.infer<typeof windowStateSchema>;

/** Where to open the window: no x/y means "let Electron centre it". */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

function intersection(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function defaultPlacement(displays: readonly DisplayArea[], maximized: boolean): WindowPlacement {
  const primary = displays[0]?.workArea;
  const width = primary ? Math.max(MIN_WINDOW_WIDTH, Math.min(DEFAULT_WINDOW_WIDTH, primary.width)) : DEFAULT_WINDOW_WIDTH;
  const height = primary ? Math.max(MIN_WINDOW_HEIGHT, Math.min(DEFAULT_WINDOW_HEIGHT, primary.height)) : DEFAULT_WINDOW_HEIGHT;
  return { width, height, maximized };
}

/**
 * Keeps the saved bounds only if they have a sane size (at least the minimum window size, at most
 * a little larger than the display it is on) and the window's top edge — its title bar — is
 * visible on some display, enough to grab it. Otherwise the default placement (keeping the
 * maximised flag). `saved` is untrusted: anything that fails the schema counts as nothing saved.
 */
export function sanitizeWindowState(saved: unknown, displays: readonly DisplayArea[]): WindowPlacement {
  const parsed = windowStateSchema.safeParse(saved);
  if (!parsed.success) return defaultPlacement(displays, false);
  const { bounds, maximized } = parsed.data;
  if (bounds.width < MIN_WINDOW_WIDTH || bounds.height < MIN_WINDOW_HEIGHT) return defaultPlacement(displays, maximized);
  const titleStrip: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: TITLE_STRIP_HEIGHT };
  const home = displays.find((display) => {
    const visible = intersection(titleStrip, display.workArea);
    return visible.width >= MIN_VISIBLE_TITLE_WIDTH && visible.height >= MIN_VISIBLE_TITLE_HEIGHT;
  });
  if (!home) return defaultPlacement(displays, maximized);
  const area = home.workArea;
  // A window much larger than its display was saved on a bigger monitor: not sane here.
  if (bounds.width > area.width * 1.25 || bounds.height > area.height * 1.25) return defaultPlacement(displays, maximized);
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, maximized };
}

/** Reads the saved state from `dataDir`; null when missing, too large, unreadable or invalid. */
export function readWindowState(dataDir: string): SavedWindowState | null {
  const file = path.join(dataDir, WINDOW_STATE_FILE);
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return null;
    const parsed = windowStateSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Writes the state atomically (temp file, then rename), so a crash never leaves a torn file.
 * Invalid state (e.g. NaN bounds) is not written. Returns whether it was written.
 */
export function writeWindowState(dataDir: string, state: SavedWindowState): boolean {
  const parsed = windowStateSchema.safeParse(state);
  if (!parsed.success) return false;
  const file = path.join(dataDir, WINDOW_STATE_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(temp, `${JSON.stringify(parsed.data)}\n`, { encoding: 'utf8', mode: 0o600 });
    fs.renameSync(temp, file);
    return true;
  } catch {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // nothing left to clean up
    }
    return false;
  }
}

/** Builds the state to save from the window's normal (un-maximised) bounds. */
export function toSavedWindowState(normalBounds: Rect, maximized: boolean): SavedWindowState {
  return {
    version: 1,
    bounds: {
      x: Math.round(normalBounds.x),
      y: Math.round(normalBounds.y),
      width: Math.round(normalBounds.width),
      height: Math.round(normalBounds.height),
    },
    maximized,
  };
}
