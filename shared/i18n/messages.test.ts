import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../api/method-names';
import { en } from './en';
import { translate } from './translate';
import { zhCN } from './zh-CN';

const root = path.resolve(__dirname, '../..');
const NAMESPACES = ['errors', 'store', 'field', 'cli', 'roles', 'levels', 'progress', 'user', 'department', 'dir', 'proj', 'review'];
const KEY = new RegExp(`['\`](?:${NAMESPACES.join('|')})\\.[A-Za-z]+(?:\\.[A-Za-z]+)*['\`]`, 'g');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function leaves(obj: unknown, prefix = ''): string[] {
  if (typeof obj === 'string') return [prefix];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('message tables', () => {
  it('every message key the code uses exists in Chinese and English', () => {
    const used = new Set<string>();
    for (const file of ['electron', 'shared', 'renderer'].flatMap((d) => sources(path.join(root, d)))) {
      for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        if (/\blog\.(info|warn|error)\(/.test(line)) continue; // log event names, not messages
        for (const m of line.matchAll(KEY)) used.add(m[0].slice(1, -1));
      }
    }
    expect(used.size).toBeGreaterThan(30);
    // A key used as a prefix (`'dir.format.' + id`) must name a group of messages.
    const groups = new Set([...leaves(zhCN), ...leaves(en)].flatMap((k) => k.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'))));
    const methods = new Set<string>(METHOD_NAMES); // call names such as 'review.check' share the namespace
    const missing = [...used].filter((k) => !methods.has(k)).filter((k) => (translate('zh-CN', k) === k || translate('en', k) === k) && !groups.has(k));
    expect(missing).toEqual([]);
  });

  it('English has exactly the keys Chinese has, and every error code has a message', () => {
    expect(leaves(en).sort()).toEqual(leaves(zhCN).sort());
    for (const code of Object.keys(zhCN.errors).filter((k) => /^[A-Z_]+$/.test(k))) expect(translate('en', `errors.${code}`)).not.toBe(`errors.${code}`);
  });

  it('fills placeholders and falls back to the key when a message is unknown', () => {
    expect(translate('zh-CN', 'errors.RATE_LIMITED', { seconds: 30 })).toBe('尝试次数过多，请 30 秒后再试');
    expect(translate('en', 'store.locked', { holder: 'tongchou web', pid: 42 })).toContain('tongchou web (pid 42)');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});
