import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl, normalizeExternalUrl } from './external-url';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.gov.cn/zhengce/content/2016-09/19/content_5109486.htm',
    'http://example.com',
    'https://example.com:8443/path?q=统筹#section',
    'https://[2001:db8::1]/',
  ])('accepts the web address %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in capitals', 'JAVASCRIPT:alert(1)'],
    ['javascript: split by a tab', 'java\tscript:alert(1)'],
    ['file:', 'file:///C:/Windows/System32/calc.exe'],
    ['a UNC-style file URL', 'file://server/share/x.exe'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['blob:', 'blob:https://example.com/uuid'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['smb:', 'smb://server/share'],
    ['mailto:', 'mailto:someone@example.com'],
    ['the app itself', 'app://tongchou/index.html'],
    ['credentials', 'https://user:secret@example.com/'],
    ['a user name only', 'https://user@example.com/'],
    ['a host-less http URL', 'http:///path'],
    ['a slash-less https URL', 'https:example.com'],
    ['a one-slash http URL', 'http:/example.com'],
    ['leading whitespace', ' https://example.com/'],
    ['a newline inside', 'https://exa\nmple.com/'],
    ['a backslash', 'https:\\\\example.com\\'],
    ['a relative URL', '/relative/path'],
    ['malformed', 'https://'],
    ['an empty string', ''],
    ['an over-long URL', `https://example.com/${'a'.repeat(3000)}`],
  ])('refuses %s', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isSafeExternalUrl(undefined)).toBe(false);
    expect(isSafeExternalUrl({ toString: () => 'https://example.com/' })).toBe(false);
  });

  it('hands openExternal the canonical form', () => {
    expect(normalizeExternalUrl('HTTPS://Example.COM')).toBe('https://example.com/');
    expect(normalizeExternalUrl('javascript:alert(1)')).toBeNull();
  });
});
