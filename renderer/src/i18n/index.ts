import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../../../shared/i18n/en';
import { zhCN } from '../../../shared/i18n/zh-CN';
import { DEFAULT_LANGUAGE, type Language } from '../../../shared/i18n/languages';
import { uiEn } from './ui-en';
import { uiZhCN } from './ui-zh-CN';

/** One i18next instance: shared messages (errors, roles, levels) plus the console's own strings. */
export async function initI18n(language: Language = DEFAULT_LANGUAGE) {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'zh-CN',
    resources: {
      'zh-CN': { translation: { ...zhCN, ui: uiZhCN } },
      en: { translation: { ...en, ui: uiEn } },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language) {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
