/**
 * Links leave the app only through `shell.openExternal`, and only for plain web addresses:
 * http: or https:, a real host, no credentials, nothing hidden in whitespace or control characters.
 * Everything else (javascript:, file:, data:, smb:, custom schemes, malformed text) is refused.
 */
const MAX_EXTERNAL_URL_LENGTH = 2048;

/** The canonical form of a safe external URL (what to hand to `shell.openExternal`), else null. */
export function normalizeExternalUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_EXTERNAL_URL_LENGTH) return null;
  // The URL parser silently strips leading/trailing spaces and removes tabs and newlines inside
  // ("java\tscript:"); refuse such input instead of guessing what was meant.
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029\\]/u.test(value)) return null;
  // Exactly "http://" or "https://" and then the host: the parser would otherwise repair
  // "http:///x", "https:example.com" or "http:/x" into some address nobody wrote.
  if (!/^https?:\/\/[^/?#]/iu.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.hostname === '') return null;
  return url.href;
}

export function isSafeExternalUrl(value: unknown): boolean {
  return normalizeExternalUrl(value) !== null;
}
