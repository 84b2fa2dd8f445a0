/**
 * The Content-Security-Policy sent with every `app://` response. Scripts only from the app itself
 * (no inline scripts, no eval); styles from the app, plus inline `style` attributes, which React
 * and the virtualised tables set for layout (style-src-attr only: inline <style> elements stay
 * forbidden); no plugins, no frames of other origins, form posts or <base> rewriting.
 */
export interface CspOptions {
  /** Development: additionally allows a local live-reload WebSocket. Never set in a packaged app. */
  dev?: boolean;
}

export function cspDirectives(options: CspOptions = {}): Array<[string, string[]]> {
  const connect = ["'self'"];
  if (options.dev) connect.push('ws://localhost:*', 'ws://127.0.0.1:*');
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['style-src-elem', ["'self'"]],
    ['style-src-attr', ["'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', connect],
    ['worker-src', ["'self'"]],
    ['frame-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
}

export function buildCsp(options: CspOptions = {}): string {
  return cspDirectives(options)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
