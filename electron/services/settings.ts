import { DEFAULT_LANGUAGE, languageSchema, type Language } from '../../shared/i18n/languages';
import { callerUserId, type Ctx } from './context';

/**
 * Installation-wide preferences (the console's language, chosen before anyone signs in). Written
 * through the one write path like every other record.
 */
export function getLanguage(ctx: Pick<Ctx, 'store'>): Language {
  const row = ctx.store.get<{ value: string }>("SELECT value FROM settings WHERE id = 'language'");
  const parsed = languageSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_LANGUAGE;
}

export function setLanguage(ctx: Ctx, language: Language) {
  ctx.store.transact({ userId: callerUserId(ctx) }, (tx) => {
    if (tx.get("SELECT 1 FROM settings WHERE id = 'language'")) tx.update('setting', 'language', { value: language });
    else tx.insert('setting', 'language', { value: language });
  });
  return { language };
}
