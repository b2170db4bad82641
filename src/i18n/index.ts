/** i18next set up once, with every language bundled (the game must work offline). */
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { LANGS, type Lang } from '../core/schema';
import en from './locales/en.json';
import zh from './locales/zh.json';

export const resources = { en: { translation: en }, zh: { translation: zh } } as const;

/** The language's own name, for the language menu. */
export const LANG_NAMES: Record<Lang, string> = { en: en.app.languageName, zh: zh.app.languageName };

/** HTML lang attribute values. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

export function createI18n(lang: Lang): I18n {
  const instance = i18next.createInstance();
  instance.init({
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: [...LANGS],
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Pick a language the game has from the browser's preferences. */
export function browserLang(prefs: readonly string[]): Lang {
  for (const p of prefs) {
    const base = p.toLowerCase().split('-')[0];
    if ((LANGS as readonly string[]).includes(base ?? '')) return base as Lang;
  }
  return 'en';
}

export type { TFunction };
