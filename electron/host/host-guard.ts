import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Pure request checks of the browser-mode host, unit-tested without a server.
 * DNS rebinding: a page on evil.example that resolves to 127.0.0.1 still sends its own Host
 * header, so only loopback names with our port are accepted.
 */
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  return allowed.includes(hostHeader.toLowerCase());
}

/** Constant-time token comparison; hashing first makes the lengths equal. */
export function tokenMatches(presented: string | null | undefined, expected: string): boolean {
  if (typeof presented !== 'string' || presented.length === 0 || presented.length > 512) return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** HTTP status for an API error code: refusals are 4xx, only our own failures are 5xx. */
export function statusForCode(code: string): 200 | 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500 | 503 {
  switch (code) {
    case 'VALIDATION':
    case 'SETUP_REQUIRED':
      return 400;
    case 'UNAUTHENTICATED':
    case 'BAD_CREDENTIALS':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
    case 'UNKNOWN_METHOD':
      return 404;
    case 'CONFLICT':
    case 'ALREADY_SET_UP':
      return 409;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'RATE_LIMITED':
      return 429;
    case 'STORE_UNAVAILABLE':
      return 503;
    default:
      return 500;
  }
}
