import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appResponseHeaders, contentTypeFor, resolveAppAsset } from './app-asset';

const root = path.resolve('/srv/tongchou/dist/renderer');
const inRoot = (...parts: string[]) => path.join(root, ...parts);

describe('resolveAppAsset', () => {
  it('serves index.html for the root', () => {
    expect(resolveAppAsset(root, 'app://tongchou/')).toEqual({ ok: true, filePath: inRoot('index.html'), fallback: false });
    expect(resolveAppAsset(root, 'app://tongchou')).toEqual({ ok: true, filePath: inRoot('index.html'), fallback: false });
  });

  it('maps files inside the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://tongchou/index.html')).toEqual({ ok: true, filePath: inRoot('index.html'), fallback: false });
    expect(resolveAppAsset(root, 'app://tongchou/assets/index-Ab12.js?v=1#x')).toEqual({
      ok: true,
      filePath: inRoot('assets', 'index-Ab12.js'),
      fallback: false,
    });
    expect(resolveAppAsset(root, 'app://tongchou/assets/%E7%BB%9F%E7%AD%B9.svg')).toEqual({
      ok: true,
      filePath: inRoot('assets', '统筹.svg'),
      fallback: false,
    });
  });

  it('falls back to index.html for client-side routes', () => {
    expect(resolveAppAsset(root, 'app://tongchou/projects/42')).toEqual({ ok: true, filePath: inRoot('index.html'), fallback: true });
    expect(resolveAppAsset(root, 'app://tongchou/directory/resources/')).toEqual({ ok: true, filePath: inRoot('index.html'), fallback: true });
  });

  it('does not fall back for a file request (a missing script is a 404, not HTML)', () => {
    const result = resolveAppAsset(root, 'app://tongchou/assets/missing.js');
    expect(result).toEqual({ ok: true, filePath: inRoot('assets', 'missing.js'), fallback: false });
  });

  it.each([
    ['dot-dot segments', 'app://tongchou/../../etc/passwd'],
    ['dot-dot deeper in', 'app://tongchou/assets/../../main.cjs'],
    ['encoded dot-dot', 'app://tongchou/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded dot-dot', 'app://tongchou/%2E%2e/secret.txt'],
    ['encoded slash plus dot-dot', 'app://tongchou/assets%2f..%2f..%2fmain.cjs'],
    ['encoded backslash', 'app://tongchou/assets%5c..%5c..%5cmain.cjs'],
    ['raw backslashes', 'app://tongchou/..\\..\\main.cjs'],
    ['a raw backslash anywhere', 'app://tongchou/assets\\x.js'],
    ['an absolute Windows path', 'app://tongchou/C:/Windows/win.ini'],
    ['an encoded absolute Windows path', 'app://tongchou/C%3A%5CWindows%5Cwin.ini'],
    ['an encoded absolute POSIX path', 'app://tongchou/%2Fetc%2Fpasswd'],
    ['a NUL byte', 'app://tongchou/index.html%00.js'],
    ['malformed percent-encoding', 'app://tongchou/%E0%A4%A.js'],
    ['another host', 'app://evil/index.html'],
    ['a port', 'app://tongchou:1234/index.html'],
    ['credentials', 'app://x@tongchou/index.html'],
    ['another scheme', 'file:///srv/tongchou/dist/renderer/index.html'],
    ['not a URL', '/index.html'],
  ])('refuses %s', (_label, url) => {
    const result = resolveAppAsset(root, url);
    expect(result.ok).toBe(false);
  });

  it('uses distinct statuses: 400 malformed, 403 forbidden, 404 hidden', () => {
    expect(resolveAppAsset(root, 'app://tongchou/%zz.js')).toEqual({ ok: false, status: 400 });
    expect(resolveAppAsset(root, 'app://evil/')).toEqual({ ok: false, status: 403 });
    expect(resolveAppAsset(root, 'app://tongchou/a%2f..%2f..%2fb.js')).toEqual({ ok: false, status: 403 });
    expect(resolveAppAsset(root, 'app://tongchou/.env')).toEqual({ ok: false, status: 404 });
    expect(resolveAppAsset(root, 'app://tongchou/assets/nul.js')).toEqual({ ok: false, status: 404 });
  });

  it('never resolves outside the renderer folder, whatever the input', () => {
    const nasty = ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '...', '%252e%252e', 'a', '%c0%ae%c0%ae', '%u002e'];
    for (const a of nasty) {
      for (const b of nasty) {
        const result = resolveAppAsset(root, `app://tongchou/${a}/${b}/x.js`);
        if (result.ok) {
          const rel = path.relative(root, result.filePath);
          expect(rel.startsWith('..') || path.isAbsolute(rel), `${a}/${b} -> ${result.filePath}`).toBe(false);
        }
      }
    }
  });
});

describe('response headers', () => {
  it('names the right content types', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/assets/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/assets/app.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });

  it('carries the CSP and nosniff on every response, errors included', () => {
    for (const file of ['/x/index.html', null]) {
      const headers = appResponseHeaders(file, "default-src 'self'");
      expect(headers['Content-Security-Policy']).toBe("default-src 'self'");
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });
});
