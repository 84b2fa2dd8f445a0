import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { api } from '../api/client';
import { changeLanguage } from '../i18n';

/** Switches the interface language and remembers it in the store (used again at the next start). */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  // The interface switches at once; remembering it is best effort (a failure only costs the memory).
  const choose = async (language: Language) => {
    await changeLanguage(language);
    await api.call('settings.setLanguage', { language }).catch(() => undefined);
  };
  return (
    <label className={compact ? 'language compact' : 'language'}>
      <span className={compact ? 'sr-only' : undefined}>{t('ui.shell.language')}</span>
      <select aria-label={t('ui.shell.language')} value={i18n.language} onChange={(e) => void choose(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`ui.languages.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
