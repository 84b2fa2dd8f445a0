import { ApiError } from '../../../shared/api/errors';
import type { Dictionary } from '../../../shared/review/dictionary';
import { nameKey } from '../../../shared/text/normalize';
import { callerUserId, requireSignedIn, type Ctx } from '../context';
import { viewerOf } from '../directory/visibility';
import { isBureau } from '../projects/permissions';
import { dropEngine } from './engine-host';
import { DICTIONARY_KEY as KEY, dictionaryOf } from './dictionary-store';

export function getDictionary(ctx: Ctx): Dictionary & { edited: boolean } {
  requireSignedIn(ctx);
  return dictionaryOf(ctx.store);
}

/** Problems a person must fix: a name in two elements, a pair both synonyms and not, a dependent on nothing. */
function dictionaryIssues(d: Dictionary): { path: string; key: string }[] {
  const issues: { path: string; key: string }[] = [];
  const owner = new Map<string, number>();
  d.elements.forEach((e, i) => {
    [e.name, ...e.synonyms].forEach((n, j) => {
      const k = nameKey(n);
      const first = owner.get(k);
      if (first !== undefined && first !== i) issues.push({ path: j === 0 ? `elements.${i}.name` : `elements.${i}.synonyms.${j - 1}`, key: 'review.rule.nameInTwoElements' });
      else owner.set(k, i);
    });
    if (e.kind === 'dependent' && (!e.requires || !d.elements.some((o) => o.name === e.requires))) issues.push({ path: `elements.${i}.requires`, key: 'review.rule.requiresUnknown' });
  });
  d.nonSynonyms.forEach(([a, b], i) => {
    const ka = owner.get(nameKey(a));
    if (ka !== undefined && ka === owner.get(nameKey(b))) issues.push({ path: `nonSynonyms.${i}`, key: 'review.rule.pairIsSynonym' });
  });
  return issues;
}

/** Bureau staff edit the dictionary; the engine is rebuilt with it at the next check. */
export function setDictionary(ctx: Ctx, d: Dictionary): Dictionary & { edited: boolean } {
  requireSignedIn(ctx);
  const userId = callerUserId(ctx);
  if (!isBureau(viewerOf(ctx))) {
    ctx.log.warn('forbidden', { action: 'review.setDictionary', userId });
    throw new ApiError('FORBIDDEN');
  }
  const issues = dictionaryIssues(d);
  if (issues.length) throw new ApiError('VALIDATION', 'errors.VALIDATION', { fields: issues.map((i) => i.path).join(', ') }, issues);
  const value = JSON.stringify({ elements: d.elements, nonSynonyms: d.nonSynonyms });
  ctx.store.transact({ userId }, (tx) => {
    if (tx.get('SELECT 1 FROM settings WHERE id = ?', [KEY])) tx.update('setting', KEY, { value });
    else tx.insert('setting', KEY, { value });
  });
  dropEngine(ctx.store);
  ctx.log.info('review.dictionary', { elements: d.elements.length, nonSynonyms: d.nonSynonyms.length, by: userId });
  return { ...d, edited: true };
}
