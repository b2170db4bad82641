/**
 * Imported first by main.tsx, so it runs before the rest of the game's code is evaluated: it guesses
 * the visit's language the way the store will choose it (the URL, then the saved choice, then the
 * browser) and starts fetching those strings at once, while the rest of the code is still being
 * run. The store's own choice still decides; a wrong guess costs one unused download, nothing else.
 */
import { browserLang, isLang, LANGS, type Lang } from '../core/langs';
import { SAVE_KEY } from '../core/save-key';
import { prefetchLang } from './fetch';

/** The languages a visit will ask for first: every language for a kiosk, otherwise one. */
export function firstLangs(search: string, saved: () => string | null, prefs: readonly string[]): Lang[] {
  // As parseParams reads them: a repeated parameter counts by its first value.
  const q = new URLSearchParams(search);
  if (q.get('mode') === 'kiosk') return [...LANGS];
  const fromUrl = q.get('lang');
  if (isLang(fromUrl)) return [fromUrl];
  try {
    const text = saved();
    const lang = text ? (JSON.parse(text) as { lang?: unknown } | null)?.lang : undefined;
    if (isLang(lang)) return [lang];
  } catch {
    // Unreadable storage or a damaged save: the store reports it; the guess falls back to the browser.
  }
  return [browserLang(prefs)];
}

if (typeof window !== 'undefined' && typeof fetch === 'function') {
  for (const lang of firstLangs(window.location.search, () => window.localStorage.getItem(SAVE_KEY), navigator.languages ?? [navigator.language])) prefetchLang(lang);
}
