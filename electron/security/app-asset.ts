import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Maps an `app://tongchou/...` request to a file inside the built renderer folder. Pure: it never
 * touches the disk, so the caller answers 404 when the mapped file does not exist.
 *
 * - `/` and extension-less paths (client-side routes such as `/projects/42`) fall back to
 *   `index.html`; a path whose last segment has an extension is a file request and never falls back
 *   (a missing `/assets/x.js` must be a 404, not HTML served as JavaScript).
 * - Refused: another scheme or host, `..` or `.` segments (also percent-encoded), backslashes
 *   (raw or encoded), encoded slashes, NUL, drive letters or other colons, dot-files, malformed
 *   percent-encoding, Windows device names. The resolved path is checked once more to lie inside `rendererDir`.
 */
export type AppAssetResult =
  | { ok: true; filePath: string; fallback: boolean }
  | { ok: false; status: 400 | 403 | 404 };

export const APP_INDEX_FILE = 'index.html';
const MAX_REQUEST_URL_LENGTH = 4096;
/** `con`, `nul.js`, `com1.txt`…: device names on Windows, never files to read. */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/iu;

export function resolveAppAsset(rendererDir: string, requestUrl: string): AppAssetResult {
  if (typeof requestUrl !== 'string' || requestUrl.length > MAX_REQUEST_URL_LENGTH) return { ok: false, status: 400 };
  // Chromium turns `\` into `/` for standard schemes, Node's URL parser does not: refuse it outright.
  if (requestUrl.includes('\\')) return { ok: false, status: 400 };
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '' || url.username !== '' || url.password !== '') {
    return { ok: false, status: 403 };
  }

  // The URL parser silently resolves `..` and `%2e%2e` segments (Chromium does the same before the
  // request reaches us); a request that still spells one out was crafted, so refuse it outright.
  const rawPath = requestUrl.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/iu, '').split(/[?#]/u)[0] ?? '';
  if (rawPath.split('/').some((segment) => /^(\.|%2e){1,2}$/iu.test(segment))) return { ok: false, status: 403 };

  const rawSegments = url.pathname.split('/').filter((segment) => segment !== '');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400 };
    }
    if (segment === '.' || segment === '..') return { ok: false, status: 403 };
    if (/[/\\:\u0000-\u001f\u007f]/u.test(segment)) return { ok: false, status: 403 };
    if (segment.startsWith('.') || WINDOWS_DEVICE_NAME.test(segment)) return { ok: false, status: 404 };
    segments.push(segment);
  }

  const last = segments.at(-1);
  const isFileRequest = last !== undefined && path.posix.extname(last) !== '';
  const root = path.resolve(rendererDir);
  const filePath = isFileRequest ? path.resolve(root, ...segments) : path.join(root, APP_INDEX_FILE);
  const relative = path.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { ok: false, status: 403 };
  return { ok: true, filePath, fallback: !isFileRequest && segments.length > 0 };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a served file; unknown kinds are opaque bytes (with nosniff, never run). */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers for every `app://` response: the CSP on all of them, and no MIME sniffing. */
export function appResponseHeaders(filePath: string | null, csp: string): Record<string, string> {
  return {
    'Content-Type': filePath === null ? 'text/plain; charset=utf-8' : contentTypeFor(filePath),
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}
