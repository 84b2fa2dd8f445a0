import type { Database } from 'sql.js';
import { searchTokens } from '../../shared/text/normalize';

/**
 * SQL functions the schema's triggers call (so derived indexes stay right on replay too).
 * `tc_tokens(text)`: the Chinese bigram tokens of shared/text/normalize, space-separated, which
 * FTS4's simple tokenizer then indexes as words.
 */
export function registerSqlFunctions(db: Database): void {
  db.create_function('tc_tokens', (text: unknown) => (typeof text === 'string' ? searchTokens(text).join(' ') : ''));
}
