/** The interface's languages, and how a visit's first language is chosen. Imports nothing, so the page can use it before the rest of the game's code has run. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (x: unknown): x is Lang => (LANGS as readonly unknown[]).includes(x);

/** Pick a language the game has from the browser's preferences. */
export function browserLang(prefs: readonly string[]): Lang {
  for (const p of prefs) {
    const base = p.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}
