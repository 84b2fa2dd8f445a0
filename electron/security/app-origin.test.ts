import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAllowedNavigation, isAppUrl } from './app-origin';

describe('isAllowedNavigation', () => {
  it('allows pages of the app origin', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation('app://tongchou/')).toBe(true);
    expect(isAllowedNavigation('app://tongchou/projects/42?tab=review#top')).toBe(true);
  });

  it.each([
    ['a web page', 'https://example.com/'],
    ['plain http', 'http://tongchou/'],
    ['a local file', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['another app host', 'app://evil/index.html'],
    ['a look-alike host', 'app://tongchou.evil.com/'],
    ['credentials hiding the real host', 'app://tongchou@evil/'],
    ['credentials on the app host', 'app://user:pw@tongchou/'],
    ['a port', 'app://tongchou:8080/'],
    ['no host', 'app:///index.html'],
    ['an opaque app: URL', 'app:tongchou/index.html'],
    ['about:blank', 'about:blank'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['an empty string', ''],
    ['not a URL', 'tongchou/index.html'],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it('refuses non-strings and absurdly long input', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl({ href: APP_ENTRY_URL })).toBe(false);
    expect(isAppUrl(`app://tongchou/${'a'.repeat(10_000)}`)).toBe(false);
  });
});
