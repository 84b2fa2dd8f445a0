import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempCore } from '../test-support/temp-core';
import { MAX_BODY_BYTES, startWebHost, TOKEN_HEADER, type WebHost } from './web-host';

/** Raw HTTP so tests can send what a browser would not (a forged Host header, oversized bodies). */
function request(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe('browser-mode web host', () => {
  let env: Awaited<ReturnType<typeof tempCore>>;
  let host: WebHost;
  let rendererDir: string;
  const call = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    request(host.port, {
      method: 'POST',
      path: `/api/call/${method}`,
      headers: { 'content-type': 'application/json', host: `127.0.0.1:${host.port}`, ...headers },
      body: JSON.stringify(body),
    });
  const authed = (method: string, body: unknown) => call(method, body, { [TOKEN_HEADER]: host.token });

  beforeAll(async () => {
    env = await tempCore();
    rendererDir = fs.mkdtempSync(path.join(env.dataDir, 'renderer-'));
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>统筹</title>');
    host = await startWebHost({ core: env.core, rendererDir, csp: "default-src 'self'" });
  });
  afterAll(async () => {
    await host.close();
    await env.dispose();
  });

  it('listens on loopback with a long random token in the URL fragment', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/#token=[A-Za-z0-9_-]{40,}$`));
  });

  it('refuses API calls without the token, or with a wrong one, and changes nothing', async () => {
    const before = env.opCount();
    const setup = { input: { username: 'mallory', displayName: 'M', password: 'password-123' }, session: null };
    const none = await call('auth.setup', setup);
    const wrong = await call('auth.setup', setup, { [TOKEN_HEADER]: host.token.slice(0, -1) + 'x' });
    expect(none.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(JSON.parse(none.body).error.code).toBe('UNAUTHENTICATED');
    expect(env.opCount()).toBe(before);
    const status = await authed('auth.status', { input: {}, session: null });
    expect(JSON.parse(status.body).result.needsSetup).toBe(true);
  });

  it('refuses a Host header that is not loopback (DNS rebinding)', async () => {
    const res = await request(host.port, { path: '/', headers: { host: 'attacker.example' } });
    expect(res.status).toBe(421);
    const api = await call('auth.status', { input: {}, session: null }, { [TOKEN_HEADER]: host.token, host: `tongchou.attacker.example:${host.port}` });
    expect(api.status).toBe(421);
  });

  it('refuses oversized, malformed and non-JSON bodies with 4xx and stays up', async () => {
    const before = env.opCount();
    const big = await request(host.port, {
      method: 'POST',
      path: '/api/call/auth.login',
      headers: { 'content-type': 'application/json', host: `127.0.0.1:${host.port}`, [TOKEN_HEADER]: host.token },
      body: Buffer.alloc(MAX_BODY_BYTES + 10, 0x20),
    });
    expect(big.status).toBe(413);
    const malformed = await request(host.port, {
      method: 'POST',
      path: '/api/call/auth.login',
      headers: { 'content-type': 'application/json', host: `127.0.0.1:${host.port}`, [TOKEN_HEADER]: host.token },
      body: '{"input": {',
    });
    expect(malformed.status).toBe(400);
    const text = await request(host.port, {
      method: 'POST',
      path: '/api/call/auth.login',
      headers: { 'content-type': 'text/plain', host: `127.0.0.1:${host.port}`, [TOKEN_HEADER]: host.token },
      body: 'hello',
    });
    expect(text.status).toBe(415);
    const unknown = await authed('system.shutdown', { input: {}, session: null });
    expect(unknown.status).toBe(404);
    expect(env.opCount()).toBe(before);
    expect((await authed('auth.status', { input: {}, session: null })).status).toBe(200);
  });

  it('serves the console with a Content-Security-Policy, and unknown paths as the app', async () => {
    const res = await request(host.port, { path: '/', headers: { host: `127.0.0.1:${host.port}` } });
    expect(res.status).toBe(200);
    expect(res.body).toContain('统筹');
    expect(res.headers['content-security-policy']).toBe("default-src 'self'");
    const deep = await request(host.port, { path: '/settings/departments', headers: { host: `localhost:${host.port}` } });
    expect(deep.body).toContain('统筹');
    const traversal = await request(host.port, { path: '/..%2f..%2fpackage.json', headers: { host: `127.0.0.1:${host.port}` } });
    expect(traversal.body).not.toContain('"dependencies"');
  });

  it('requires the token for the event stream', async () => {
    const res = await request(host.port, { path: '/api/events', headers: { host: `127.0.0.1:${host.port}` } });
    expect(res.status).toBe(401);
  });
});
