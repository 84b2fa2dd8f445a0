import { en } from './en';
import { zhCN } from './zh-CN';
import type { Language } from './languages';

/**
 * A tiny translator for non-React surfaces (CLI, logs). The console uses i18next with the same
 * message tables; this only resolves `a.b.c` keys and `{{param}}` placeholders.
 */
const tables: Record<Language, unknown> = { 'zh-CN': zhCN, en };

export function translate(language: Language, key: string, params: Record<string, string | number> = {}): string {
  const found = lookup(tables[language], key) ?? lookup(tables['zh-CN'], key);
  if (typeof found !== 'string') return key;
  return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

function lookup(table: unknown, key: string): unknown {
  let node: unknown = table;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}
