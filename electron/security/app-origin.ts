/**
 * The renderer is served from a custom, privileged `app://` scheme (never `file://`). These pure
 * helpers decide what belongs to that origin; main.ts uses them for navigation and IPC checks.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tongchou';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const MAX_URL_LENGTH = 8192;

/** Parses an absolute URL; null for anything that is not a string or does not parse. */
export function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * True when `url` is on the app origin: scheme `app:`, host exactly `tongchou`, no port and no
 * credentials. (Chromium canonicalises standard-scheme hosts to lower case before we see them.)
 */
export function isAppUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Navigation (`will-navigate`, `will-redirect`, `will-frame-navigate`) is allowed only within the app origin. */
export function isAllowedNavigation(url: unknown): boolean {
  return isAppUrl(url);
}
