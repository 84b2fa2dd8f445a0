import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import { ApiError, type WireResult } from '../../shared/api/errors';
import { LARGE_INPUT_METHODS } from '../../shared/api/directory-contract';
import { EVENT_NAMES } from '../../shared/api/events';
import { CALL_PATH, EVENTS_PATH, TOKEN_HEADER } from '../../shared/api/http';

export { TOKEN_HEADER };
import type { Core } from '../app/core-types';
import { isLoopbackHost, statusForCode, tokenMatches } from './host-guard';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Spreadsheet uploads (directory.import) carry a whole file, base64-encoded. */
export const MAX_UPLOAD_BYTES = 96 * 1024 * 1024;

export interface WebHostOptions {
  core: Core;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  port?: number;
  /** The Content-Security-Policy sent with every page. */
  csp: string;
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * Browser mode: the built renderer and the same API contract over HTTP, on 127.0.0.1 only,
 * with a per-launch secret token on every API request.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  let port = options.port ?? 0;
  const app = new Hono();

  app.use('*', async (c, next) => {
    if (!isLoopbackHost(c.req.header('host'), port)) return c.text('Misdirected request', 421);
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
  });

  app.use('/api/*', async (c, next) => {
    const presented = c.req.header(TOKEN_HEADER) ?? (c.req.path === EVENTS_PATH ? c.req.query('token') : undefined);
    if (!tokenMatches(presented, token)) return c.json(fail(new ApiError('UNAUTHENTICATED', 'errors.UNAUTHENTICATED')), 401);
    await next();
  });

  app.post(
    `${CALL_PATH}:method`,
    (c, next) =>
      bodyLimit({
        maxSize: LARGE_INPUT_METHODS.includes(c.req.param('method') ?? '') ? MAX_UPLOAD_BYTES : MAX_BODY_BYTES,
        onError: (c) => c.json(fail(new ApiError('PAYLOAD_TOO_LARGE')), 413),
      })(c, next),
    async (c) => {
      if (!(c.req.header('content-type') ?? '').startsWith('application/json')) {
        return c.json(fail(new ApiError('VALIDATION', 'errors.VALIDATION', { fields: '(body)' }, [{ path: '(body)', key: 'field.invalidType' }])), 415);
      }
      let envelope: unknown;
      try {
        envelope = await c.req.json();
      } catch {
        return c.json(fail(new ApiError('VALIDATION', 'errors.VALIDATION', { fields: '(body)' }, [{ path: '(body)', key: 'field.invalid' }])), 400);
      }
      const result = await options.core.dispatch(c.req.param('method'), envelope);
      return c.json(result, result.ok ? 200 : statusForCode(result.error.code));
    },
  );

  app.get(EVENTS_PATH, (c) =>
    streamSSE(c, async (stream) => {
      const offs = EVENT_NAMES.map((name) =>
        options.core.onEvent(name, (payload) => void stream.writeSSE({ event: name, data: JSON.stringify(payload) })),
      );
      // Keep-alive pings until the client goes away; closing the host aborts the stream at once.
      const ping = setInterval(() => void stream.writeSSE({ event: 'ping', data: '{}' }), 15_000);
      await new Promise<void>((resolve) => stream.onAbort(resolve));
      clearInterval(ping);
      offs.forEach((off) => off());
    }),
  );

  app.all('/api/*', (c) => c.json(fail(new ApiError('UNKNOWN_METHOD', 'errors.UNKNOWN_METHOD', { method: c.req.path.slice(0, 64) })), 404));

  const withCsp = (c: { header: (k: string, v: string) => void }) => c.header('Content-Security-Policy', options.csp);
  app.use('/*', serveStatic({ root: options.rendererDir, onFound: (_p, c) => withCsp(c) }));
  // Unknown paths are client-side routes: answer with the app itself.
  app.get('*', serveStatic({ root: options.rendererDir, path: 'index.html', onFound: (_p, c) => withCsp(c) }));

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => resolve(s));
    // A busy port or a refused bind is the caller's to report, not an unhandled crash.
    s.once('error', reject);
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/#token=${token}`;
  return {
    url,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        const s = server as unknown as { closeAllConnections?: () => void; close: (cb: () => void) => void };
        s.closeAllConnections?.();
        s.close(() => resolve());
      }),
  };
}

function fail(err: ApiError): WireResult {
  return { ok: false, error: err.toWire() };
}
