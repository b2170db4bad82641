/**
 * i18next set up once. Strings live in src/i18n/locales/<lang>/<namespace>.json: "common" for the
 * frame, one file per role named by the role's id. They ship as data, not code: a visit fetches only
 * its own language's files (the service worker keeps every language for offline use), merged into
 * one tree, so a role's strings are `<role>.<key>`.
 */
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { LANGS, type Lang } from '../core/content';
import { fetchLang, type Tree } from './fetch';

export { browserLang } from '../core/langs';
export { fetchLang, mergeLocales, type Tree } from './fetch';

/** Each language's own name, for the language menus (a test checks they match app.languageName). */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', zh: '中文' };

/** HTML lang attribute values. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

/**
 * An i18next instance that holds the languages it has been given; `strings` loads the others on
 * demand, once each (for the store's `strings` dependency).
 */
export function createI18n(lang: Lang, loaded: Partial<Record<Lang, Tree>>) {
  const instance: I18n = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: [...LANGS],
    resources: Object.fromEntries(Object.entries(loaded).map(([l, tree]) => [l, { translation: tree }])),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const pending = new Map<Lang, Promise<void>>();
  const strings = {
    has: (l: Lang) => instance.hasResourceBundle(l, 'translation'),
    load: (l: Lang): Promise<void> => {
      let p = pending.get(l);
      if (!p) {
        p = fetchLang(l).then((tree) => void instance.addResourceBundle(l, 'translation', tree));
        // A failed fetch (offline, not yet cached) may be tried again later.
        p.catch(() => pending.delete(l));
        pending.set(l, p);
      }
      return p;
    },
  };
  return { i18n: instance, strings };
}

export type { TFunction };
