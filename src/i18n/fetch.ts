/**
 * Fetching the interface's strings: each language's namespace files (src/i18n/locales/<lang>/*.json),
 * merged into one tree. No i18next here, so the page can start these requests before the rest of the
 * game's code has run (see early.ts).
 */
import type { Lang } from '../core/langs';

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

async function load(lang: Lang): Promise<Tree> {
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

/** Requests started ahead of need, each handed to the first fetchLang that asks for its language. */
const started = new Map<Lang, Promise<Tree>>();

/** Start fetching a language now; the next fetchLang(lang) takes this request instead of making another. */
export function prefetchLang(lang: Lang): void {
  if (started.has(lang)) return;
  const p = load(lang);
  // Nobody may be waiting yet: a failure here is reported to whoever asks, never as an unhandled rejection.
  p.catch(() => started.delete(lang));
  started.set(lang, p);
}

/** Fetch one language's strings (all its namespaces at once) as a tree. */
export function fetchLang(lang: Lang): Promise<Tree> {
  const early = started.get(lang);
  if (early) {
    started.delete(lang);
    return early;
  }
  return load(lang);
}
