import { describe, expect, it } from 'vitest';
import { isLoopbackHost, statusForCode, tokenMatches } from './host-guard';

describe('web host guards', () => {
  it('accepts only loopback Host headers with our port (DNS rebinding)', () => {
    expect(isLoopbackHost('127.0.0.1:4321', 4321)).toBe(true);
    expect(isLoopbackHost('localhost:4321', 4321)).toBe(true);
    expect(isLoopbackHost('[::1]:4321', 4321)).toBe(true);
    expect(isLoopbackHost('evil.example:4321', 4321)).toBe(false);
    expect(isLoopbackHost('127.0.0.1:80', 4321)).toBe(false);
    expect(isLoopbackHost('127.0.0.1.evil.example:4321', 4321)).toBe(false);
    expect(isLoopbackHost(undefined, 4321)).toBe(false);
  });

  it('compares tokens exactly, whatever their length', () => {
    expect(tokenMatches('s3cret-token', 's3cret-token')).toBe(true);
    expect(tokenMatches('s3cret-toke', 's3cret-token')).toBe(false);
    expect(tokenMatches('', 's3cret-token')).toBe(false);
    expect(tokenMatches(undefined, 's3cret-token')).toBe(false);
    expect(tokenMatches('x'.repeat(10_000), 's3cret-token')).toBe(false);
  });

  it('answers refusals with 4xx and only internal failures with 5xx', () => {
    for (const code of ['VALIDATION', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'BAD_CREDENTIALS', 'RATE_LIMITED', 'UNKNOWN_METHOD', 'PAYLOAD_TOO_LARGE']) {
      expect(statusForCode(code)).toBeGreaterThanOrEqual(400);
      expect(statusForCode(code)).toBeLessThan(500);
    }
    expect(statusForCode('INTERNAL')).toBe(500);
  });
});
