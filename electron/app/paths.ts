import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = '统筹 Tongchou';

/**
 * The desktop app's data folder, computed the way Electron computes `userData` for our
 * productName, so the CLI and the desktop app find the same data without Electron loaded.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (env.TONGCHOU_DATA_DIR) return path.resolve(env.TONGCHOU_DATA_DIR);
  let base: string;
  if (platform === 'win32') base = env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
  else if (platform === 'darwin') base = path.join(home, 'Library', 'Application Support');
  else base = env.XDG_CONFIG_HOME ?? path.join(home, '.config');
  return path.join(base, APP_FOLDER_NAME, 'data');
}
