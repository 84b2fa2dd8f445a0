import { DEFAULT_CONFIG } from '../../../shared/dedupe/config';
import type { Dictionary } from '../../../shared/review/dictionary';
import type { Reader } from '../../store/types';

export const DICTIONARY_KEY = 'dedupe.dictionary';

/** The dictionary in force: the bureau's edited one, else the engine's seed. */
export function dictionaryOf(db: Reader): Dictionary & { edited: boolean } {
  const row = db.get<{ value: string }>('SELECT value FROM settings WHERE id = ?', [DICTIONARY_KEY]);
  if (row) return { ...(JSON.parse(row.value) as Dictionary), edited: true };
  return { elements: DEFAULT_CONFIG.elements.map((e) => ({ ...e, synonyms: [...e.synonyms] })), nonSynonyms: DEFAULT_CONFIG.nonSynonyms.map(([a, b]) => [a, b] as [string, string]), edited: false };
}
