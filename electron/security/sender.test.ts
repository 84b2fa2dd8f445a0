import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderFrame } from './sender';

const top = (url: string): SenderFrame => ({ url, parent: null });

describe('isTrustedSender', () => {
  it('trusts the top frame of the app page', () => {
    expect(isTrustedSender(top('app://tongchou/index.html'))).toBe(true);
    expect(isTrustedSender(top('app://tongchou/projects/7#review'))).toBe(true);
  });

  it('refuses a missing frame (navigated away or destroyed)', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('refuses a subframe, even one on the app origin', () => {
    const parent = top('app://tongchou/index.html');
    expect(isTrustedSender({ url: 'app://tongchou/index.html', parent })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent })).toBe(false);
  });

  it.each(['https://evil.example/', 'file:///tmp/x.html', 'about:blank', 'app://evil/index.html', 'app://tongchou:1/', 'data:text/html,x', ''])(
    'refuses a top frame at %s',
    (url) => {
      expect(isTrustedSender(top(url))).toBe(false);
    },
  );
});
