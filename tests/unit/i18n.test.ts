import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/content';
import { parseParams } from '../../src/core/params';
import { SAVE_KEY } from '../../src/core/persist';
import { browserLang, createI18n, LANG_NAMES } from '../../src/i18n';
import { firstLangs } from '../../src/i18n/early';
import { prefetchLang } from '../../src/i18n/fetch';
import { createAppStore } from '../../src/state/store';
import { coinRole } from '../fixtures/coin-role';
import { memory } from '../fixtures/memory-storage';
import { strings } from '../../src/i18n/all';

const en = strings.en!;
const zh = strings.zh!;

function leaves(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

/** Serves fetch() from the files on disk while `run` runs, recording each address asked for; `offline()` makes it fail. */
async function withFetch(run: (fetched: string[]) => Promise<void>, offline: () => boolean = () => false) {
  const fetched: string[] = [];
  const real = globalThis.fetch;
  globalThis.fetch = (async (url: string) => {
    if (offline()) throw new TypeError('offline');
    fetched.push(String(url));
    return new Response(readFileSync(String(url).replace(/^\//, ''), 'utf8'));
  }) as typeof fetch;
  try {
    await run(fetched);
  } finally {
    globalThis.fetch = real;
  }
}

describe('translations', () => {
  const L = { en: leaves(en), zh: leaves(zh) };

  it('have the same keys in every language', () => {
    const onlyIn = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((k) => !b.has(k));
    expect(onlyIn(L.en, L.zh), 'keys missing in zh').toEqual([]);
    expect(onlyIn(L.zh, L.en), 'keys missing in en').toEqual([]);
  });

  it('keep the same placeholders', () => {
    const differ = [...L.en].filter(([k, v]) => !k.endsWith('_one') && placeholders(v).join() !== placeholders(L.zh.get(k) ?? '').join());
    expect(differ.map(([k]) => k)).toEqual([]);
  });

  it('write Chinese with Chinese punctuation', () => {
    const bad = [...L.zh].filter(([, v]) => /[\u4e00-\u9fff][,:;.?!](?!\d)/.test(v) || /[。，：；！？] /.test(v)).map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it('have no empty strings', () => {
    for (const lang of ['en', 'zh'] as const) expect([...L[lang]].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it('cover every key the code asks for', () => {
    const known = new Set([...L.en.keys()].map(base));
    const missing: string[] = [];
    for (const file of sourceFiles('src')) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) if (!known.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
      // Template keys such as t(`village.evidence.${x}`): the prefix must exist.
      for (const m of code.matchAll(/\bt\(\s*`([a-zA-Z0-9_.]+)\.\$\{/g)) {
        if (![...known].some((k) => k.startsWith(`${m[1]}.`))) missing.push(`${file}: ${m[1]}.*`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no keys the code never uses', () => {
    const code = sourceFiles('src').map((f) => readFileSync(f, 'utf8')).join('\n');
    const templatePrefixes = [...code.matchAll(/\bt\(\s*`([a-zA-Z0-9_.]+)\.\$\{/g)].map((m) => `${m[1]}.`);
    // Keys under every role's namespace, e.g. t(`${role.id}.card.name`).
    const roleSuffixes = [...code.matchAll(/\bt\(\s*`\$\{[^}]+\}\.([a-zA-Z0-9_.]+)`/g)].map((m) => `.${m[1]}`);
    const usedElsewhere = new Set(['app.languageName']);
    const unused = [...new Set([...L.en.keys()].map(base))].filter(
      (k) =>
        !usedElsewhere.has(k) &&
        !code.includes(`'${k}'`) &&
        !templatePrefixes.some((p) => k.startsWith(p)) &&
        !roleSuffixes.some((suffix) => k.endsWith(suffix) && k.split('.').length === suffix.split('.').length),
    );
    expect(unused).toEqual([]);
  });

  it('translate with plurals and placeholders', () => {
    const { i18n } = createI18n('en', { en });
    expect(i18n.t('roles.completed', { count: 1 })).toBe('Played once');
    expect(i18n.t('roles.completed', { count: 3 })).toBe('Played 3 times');
    expect(i18n.t('village.dayHeading', { day: 2, total: 5 })).toBe('Day 2 of 5');
    expect(createI18n('zh', { zh }).i18n.t('village.dayHeading', { day: 2, total: 5 })).toBe('第2天（共5天）');
  });

  it('name each language in the menus as its own strings do', () => {
    for (const [lang, name] of Object.entries(LANG_NAMES)) expect((strings[lang]?.app as Record<string, string>).languageName).toBe(name);
  });

  it('add a language once its strings are fetched, and only once', () =>
    withFetch(async (fetched) => {
      const { i18n, strings: loader } = createI18n('en', { en });
      expect(loader.has('zh')).toBe(false);
      await Promise.all([loader.load('zh'), loader.load('zh')]);
      expect(loader.has('zh')).toBe(true);
      expect(i18n.t('village.dayHeading', { day: 2, total: 5, lng: 'zh' })).toBe('第2天（共5天）');
      // One request per namespace file, however many times the language was asked for.
      expect(fetched.length).toBe(readdirSync('src/i18n/locales/zh').length);
      expect(fetched.every((u) => u.includes('/zh/'))).toBe(true);
    }));

  it('pick a language from the browser, defaulting to English', () => {
    expect(browserLang(['zh-CN', 'en'])).toBe('zh');
    expect(browserLang(['de-DE', 'en-GB'])).toBe('en');
    expect(browserLang(['fr'])).toBe('en');
    expect(browserLang([])).toBe('en');
  });

  it('reuse a request started early instead of fetching the language again', () =>
    withFetch(async (fetched) => {
      prefetchLang('zh');
      prefetchLang('zh');
      const files = readdirSync('src/i18n/locales/zh').length;
      expect(fetched.length).toBe(files);
      const { i18n, strings: loader } = createI18n('en', { en });
      await loader.load('zh');
      expect(fetched.length).toBe(files);
      expect(i18n.t('app.languageName', { lng: 'zh' })).toBe('中文');
    }));

  it('fetch again when the early request failed', () => {
    let offline = true;
    return withFetch(
      async () => {
        prefetchLang('zh');
        const { strings: loader } = createI18n('en', { en });
        await expect(loader.load('zh')).rejects.toThrow('offline');
        offline = false;
        await loader.load('zh');
        expect(loader.has('zh')).toBe(true);
      },
      () => offline,
    );
  });
});

describe('the early guess of a visit\'s language', () => {
  const saveWith = (lang: unknown) => JSON.stringify({ version: 2, lang, settings: { reducedMotion: 'system' }, roles: {} });
  const cases: [search: string, save: string | null, prefs: string[]][] = [
    ['', null, ['en-GB']],
    ['', null, ['zh-CN', 'en']],
    ['', null, ['fr']],
    ['?lang=zh', null, ['en']],
    ['?lang=en', saveWith('zh'), ['zh']],
    ['?lang=fr', saveWith('zh'), ['en']],
    ['?lang=zh&lang=en', saveWith('zh'), ['en']],
    ['?lang=zh&lang=en', null, ['en']],
    ['?mode=kiosk&mode=class', null, ['en']],
    ['', saveWith('zh'), ['en']],
    ['', saveWith('fr'), ['zh']],
    ['', '{"lang": "zh"', ['en']],
    ['', 'null', ['zh']],
    ['?role=village&lang=zh', saveWith('en'), ['en']],
  ];

  it.each(cases)('agrees with the store for %s, save %s, browser %s', (search, save, prefs) => {
    const registry = [coinRole];
    const store = createAppStore({
      registry,
      params: parseParams(search, registry),
      storage: memory(save === null ? {} : { [SAVE_KEY]: save }),
      defaultLang: browserLang(prefs),
      randomSeed: () => 1,
    });
    // What main.tsx then loads: every language for a kiosk, otherwise the store's choice.
    const wanted = store.getState().mode === 'kiosk' ? [...LANGS] : [store.getState().lang];
    expect(firstLangs(search, () => save, prefs)).toEqual(wanted);
  });

  it('asks for every language in a kiosk, and survives storage that throws', () => {
    expect(firstLangs('?mode=kiosk', () => null, ['en'])).toEqual([...LANGS]);
    expect(
      firstLangs(
        '',
        () => {
          throw new Error('SecurityError');
        },
        ['zh-TW'],
      ),
    ).toEqual(['zh']);
  });
});

