/**
 * i18next set up once, with every language bundled (the game must work offline). Strings live in
 * src/i18n/locales/<lang>/<namespace>.json: "common" for the frame, one file per role named by the
 * role's id. They are merged into one tree, so a role's strings are `<role>.<key>`.
 */
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { LANGS, type Lang } from '../core/content';

type Tree = { [key: string]: string | Tree };

const files = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' });

/** Every language's strings: common at the top, each role under its id. */
export const strings: Record<string, Tree> = {};
for (const [path, tree] of Object.entries(files)) {
  const m = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (!m) continue;
  const [, lang, ns] = m as unknown as [string, string, string];
  const into = (strings[lang] ??= {});
  if (ns === 'common') Object.assign(into, tree);
  else into[ns] = tree;
}

export const resources = Object.fromEntries(Object.entries(strings).map(([lang, tree]) => [lang, { translation: tree }]));

/** The language's own name, for the language menu. */
export const LANG_NAMES: Record<Lang, string> = Object.fromEntries(
  LANGS.map((l) => [l, ((strings[l]?.app as Tree | undefined)?.languageName as string | undefined) ?? l]),
) as Record<Lang, string>;

/** HTML lang attribute values. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

export function createI18n(lang: Lang): I18n {
  const instance = i18next.createInstance();
  void instance.init({
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
