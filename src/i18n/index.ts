/**
 * i18next set up once. Strings live in src/i18n/locales/<lang>/<namespace>.json: "common" for the
 * frame, one file per role named by the role's id. They ship as data, not code: a visit fetches only
 * its own language's files (the service worker keeps every language for offline use), merged into
 * one tree, so a role's strings are `<role>.<key>`.
 */
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { LANGS, type Lang } from '../core/content';

export type Tree = { [key: string]: string | Tree };

const urls = import.meta.glob<string>('./locales/*/*.json', { query: '?url', import: 'default', eager: true });

/** Where each language's namespaces are: path → [lang, namespace]. */
function parts(path: string): [string, string] | null {
  const m = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  return m ? [m[1] as string, m[2] as string] : null;
}

/** Merge namespace files into one tree per language: common at the top, each role under its id. */
export function mergeLocales(files: Record<string, Tree>): Record<string, Tree> {
  const out: Record<string, Tree> = {};
  for (const [path, tree] of Object.entries(files)) {
    const p = parts(path);
    if (!p) continue;
    const into = (out[p[0]] ??= {});
    if (p[1] === 'common') Object.assign(into, tree);
    else into[p[1]] = tree;
  }
  return out;
}

/** Each language's own name, for the language menus (a test checks they match app.languageName). */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', zh: '中文' };

/** HTML lang attribute values. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

/** Fetch one language's strings (all its namespaces at once) as a tree. */
export async function fetchLang(lang: Lang): Promise<Tree> {
  const files = Object.entries(urls).filter(([path]) => parts(path)?.[0] === lang);
  const trees = await Promise.all(
    files.map(async ([path, url]) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return [path, (await response.json()) as Tree] as const;
    }),
  );
  return mergeLocales(Object.fromEntries(trees))[lang] ?? {};
}

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

/** Pick a language the game has from the browser's preferences. */
export function browserLang(prefs: readonly string[]): Lang {
  for (const p of prefs) {
    const base = p.toLowerCase().split('-')[0];
    if ((LANGS as readonly string[]).includes(base ?? '')) return base as Lang;
  }
  return 'en';
}

export type { TFunction };
