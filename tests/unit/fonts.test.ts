import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontsCss, frameCharacters, inRanges, languageNames, latinFaces, parseRange, rangeOf, usedCharacters } from '../../src/tools/fonts';

const coverage = JSON.parse(readFileSync('assets/fonts/coverage.json', 'utf8')) as { characters: string; frame: string };
const css = readFileSync('src/ui/fonts.css', 'utf8');
const faces = [...css.matchAll(/@font-face \{([^}]*)\}/g)].map((m) => {
  const body = m[1] as string;
  return {
    family: /font-family: '([^']+)'/.exec(body)?.[1],
    weight: Number(/font-weight: (\d+)/.exec(body)?.[1]),
    url: /url\('([^']+)'\)/.exec(body)?.[1] as string,
    range: /unicode-range: ([^;]+);/.exec(body)?.[1] ?? null,
  };
});
const covers = (family: string, weight: number, ch: string) =>
  faces.filter((f) => f.family === family && f.weight === weight && f.range && inRanges(parseRange(f.range), ch.codePointAt(0) as number)).map((f) => f.url);

describe('the bundled Chinese font', () => {
  it('covers every character the texts use, translations included (if not: npm run fonts)', () => {
    const used = usedCharacters('.');
    // The translations live in sub-folders (locales/<lang>/<ns>.json): their characters count.
    const zh = JSON.parse(readFileSync('src/i18n/locales/zh/common.json', 'utf8')) as { app: { name: string; languageName: string } };
    for (const ch of zh.app.languageName) expect(used).toContain(ch);
    const held = new Set(coverage.characters + coverage.frame);
    const missing = [...used].filter((ch) => !held.has(ch));
    expect(missing.join(''), 'characters missing from assets/fonts: run `npm run fonts`').toBe('');
  });

  it('is a small subset, not the whole font', () => {
    for (const w of [400, 700]) {
      const size = statSync(`assets/fonts/noto-sans-sc-${w}.woff2`).size;
      expect(size).toBeGreaterThan(20_000);
      expect(size).toBeLessThan(600_000);
      expect(statSync(`assets/fonts/noto-sans-sc-frame-${w}.woff2`).size).toBeLessThan(4_000);
    }
  });
});

describe('src/ui/fonts.css', () => {
  it('matches the font files: what npm run fonts wrote with them', () => {
    expect(css, 'src/ui/fonts.css does not match assets/fonts: run `npm run fonts`').toBe(fontsCss(latinFaces('.'), coverage.characters + coverage.frame, coverage.frame));
  });

  it('puts in the frame face exactly what every page draws outside the Latin faces', () => {
    expect(coverage.frame, 'run `npm run fonts`').toBe(frameCharacters('.', latinFaces('.')));
  });

  it('names only files that exist', () => {
    expect(faces.length).toBeGreaterThan(0);
    for (const f of faces) expect(existsSync(join(dirname('src/ui/fonts.css'), f.url)), f.url).toBe(true);
  });

  it('gives every face a unicode-range, so a page downloads only the faces it draws', () => {
    for (const f of faces) expect(f.range, f.url).not.toBeNull();
  });

  it('draws each language name in the menu from the tiny frame face, never the main Chinese subset', () => {
    const names = languageNames('.');
    expect(names).toContain('中文');
    for (const weight of [400, 700]) {
      for (const ch of [...names.join(''), '◆']) {
        const latin = covers('Noto Sans', weight, ch);
        const sc = covers('Noto Sans SC', weight, ch);
        if (latin.length) continue;
        expect(sc, `${ch} at ${weight}`).toEqual([`../../assets/fonts/noto-sans-sc-frame-${weight}.woff2`]);
      }
    }
  });

  it('leaves no gap: every character the texts use is in some face for both weights', () => {
    const used = usedCharacters('.');
    for (const weight of [400, 700]) {
      const gaps = [...used].filter((ch) => !covers('Noto Sans', weight, ch).length && !covers('Noto Sans SC', weight, ch).length);
      expect(gaps.join(''), `weight ${weight}`).toBe('');
    }
  });

  it('writes unicode-ranges exactly', () => {
    expect(rangeOf('中文◆')).toBe('U+25C6,U+4E2D,U+6587');
    expect(rangeOf('abcx')).toBe('U+0061-0063,U+0078');
    expect(parseRange('U+0000-00FF,U+0131')).toEqual([
      [0, 255],
      [0x131, 0x131],
    ]);
  });
});
