import { describe, expect, it } from 'vitest';
import { buildCsp } from './csp';

function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(map.has(name), `duplicate directive ${name}`).toBe(false);
    map.set(name, sources);
  }
  return map;
}

describe('buildCsp', () => {
  const csp = buildCsp();
  const d = directives(csp);

  it('allows scripts only from the app, never inline or eval', () => {
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('wasm-unsafe-eval');
    expect(csp).not.toContain('strict-dynamic');
    expect(csp).not.toMatch(/'nonce-|'sha(256|384|512)-/);
  });

  it('allows inline style attributes but no inline <style> elements', () => {
    expect(d.get('style-src')).toEqual(["'self'"]);
    expect(d.get('style-src-elem')).toEqual(["'self'"]);
    expect(d.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
    for (const [name, sources] of d) {
      if (name !== 'style-src-attr') expect(sources, name).not.toContain("'unsafe-inline'");
    }
  });

  it('locks down everything else', () => {
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
  });

  it('never allows other origins or wildcards in production', () => {
    expect(csp).not.toMatch(/\*|https?:|ws:|wss:|file:/);
  });

  it('only adds a local live-reload socket in development', () => {
    const dev = directives(buildCsp({ dev: true }));
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:*', 'ws://127.0.0.1:*']);
    expect(dev.get('script-src')).toEqual(["'self'"]);
  });

  it('is a single header line', () => {
    expect(csp).not.toMatch(/[\r\n]/);
  });
});
