/**
 * Which characters the game's texts use, so the bundled Chinese font can hold only those; and the
 * CSS that declares the game's faces, each with a unicode-range so a browser downloads a face only
 * when the page draws one of its characters (npm run fonts writes it to src/ui/fonts.css).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Printable ASCII, Latin-1 letters, and the punctuation Chinese and English texts use. */
export const ALWAYS = (() => {
  let s = '';
  for (let c = 0x20; c <= 0x7e; c++) s += String.fromCharCode(c);
  for (let c = 0xa0; c <= 0xff; c++) s += String.fromCharCode(c);
  return s + '，。：；！？、“”‘’（）《》「」『』…—–·−▲▼✓✗⇄§￥元％◆⚠';
})();

/**
 * Drawn on every page, in every language, by the frame itself (not by a translation): the brand
 * mark in the header (src/ui/App.tsx). Noto Sans has no glyph for it.
 */
export const FRAME_SYMBOLS = '◆';

function strings(node: unknown, out: string[]) {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => strings(n, out));
  else if (node && typeof node === 'object') Object.values(node).forEach((n) => strings(n, out));
}

/** Every JSON file under `dir`, in any sub-folder (translations live in locales/<lang>/<ns>.json). */
function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** The translation and level files the characters come from (the levels, and the example files the workshop offers). */
export function textFiles(root: string): string[] {
  return [
    ...jsonFiles(join(root, 'src/i18n/locales')),
    ...jsonFiles(join(root, 'levels')).filter((f) => !f.includes('/schema/')),
    ...jsonFiles(join(root, 'src/ui')),
  ];
}

const sorted = (chars: Iterable<string>) => [...new Set(chars)].filter((ch) => ch >= ' ').sort().join('');

/** Source files that may draw Chinese characters of their own (a scene's grade plaque: 优 良 中 差). */
function codeFiles(root: string): string[] {
  return ['src/game', 'src/ui'].flatMap((d) =>
    readdirSync(join(root, d), { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && /\.tsx?$/.test(f.name))
      .map((f) => join(f.parentPath, f.name)),
  );
}

/** CJK characters and full-width forms: what the Chinese font draws and the Latin ones do not. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/gu;

/**
 * Every character in the translations and the level files, the CJK characters written in the
 * scenes' and the interface's code, plus ALWAYS; sorted, no duplicates.
 */
export function usedCharacters(root: string): string {
  const texts: string[] = [ALWAYS];
  for (const f of textFiles(root)) strings(JSON.parse(readFileSync(f, 'utf8')), texts);
  for (const f of codeFiles(root)) texts.push(...(readFileSync(f, 'utf8').match(CJK) ?? []));
  return sorted(texts.join(''));
}

/** Each language's own name, as the language menu on every page shows it. */
export function languageNames(root: string): string[] {
  const dir = join(root, 'src/i18n/locales');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const common = JSON.parse(readFileSync(join(dir, d.name, 'common.json'), 'utf8')) as { app?: { languageName?: string } };
      return common.app?.languageName ?? '';
    })
    .filter(Boolean);
}

/** A CSS unicode-range: code points as a list, e.g. U+0000-00FF,U+0131. */
export type Ranges = [number, number][];

export function parseRange(css: string): Ranges {
  return css.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    const lo = parseInt(a as string, 16);
    return [lo, b === undefined ? lo : parseInt(b, 16)];
  });
}

export function inRanges(ranges: Ranges, cp: number): boolean {
  return ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
}

/** The shortest unicode-range naming exactly these characters. */
export function rangeOf(chars: string): string {
  const cps = [...new Set([...chars].map((c) => c.codePointAt(0) as number))].sort((a, b) => a - b);
  const out: string[] = [];
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  for (let i = 0; i < cps.length; ) {
    let j = i;
    while (j + 1 < cps.length && (cps[j + 1] as number) === (cps[j] as number) + 1) j++;
    out.push(i === j ? `U+${hex(cps[i] as number)}` : `U+${hex(cps[i] as number)}-${hex(cps[j] as number)}`);
    i = j + 1;
  }
  return out.join(',');
}

/** The Latin faces we ship from @fontsource/noto-sans, with the unicode-range fontsource gives each. */
export interface LatinFace {
  subset: 'latin' | 'latin-ext';
  weight: 400 | 700;
  file: string;
  range: string;
}

/** Read fontsource's own CSS for a weight (which, unlike its per-subset files, has the ranges). */
export function latinFaces(root: string): LatinFace[] {
  const out: LatinFace[] = [];
  for (const weight of [400, 700] as const) {
    const css = readFileSync(join(root, `node_modules/@fontsource/noto-sans/${weight}.css`), 'utf8');
    for (const subset of ['latin-ext', 'latin'] as const) {
      const block = new RegExp(`/\\* noto-sans-${subset}-${weight}-normal \\*/\\s*@font-face \\{([^}]*)\\}`).exec(css)?.[1];
      const range = block && /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      if (!range) throw new Error(`@fontsource/noto-sans/${weight}.css has no ${subset} face with a unicode-range`);
      out.push({ subset, weight, file: `noto-sans-${subset}-${weight}-normal.woff2`, range: range.trim() });
    }
  }
  return out;
}

/**
 * The characters the small "frame" face of Noto Sans SC holds: what every page draws outside the
 * Latin faces' ranges whatever its language — the language menu's own names (中文) and the brand
 * mark. The main Chinese subset leaves them out of its unicode-range, so an English page never
 * downloads it.
 */
export function frameCharacters(root: string, latin: LatinFace[]): string {
  const ranges = latin.flatMap((f) => parseRange(f.range));
  return sorted([...languageNames(root).join(''), ...FRAME_SYMBOLS].filter((ch) => ch > ' ' && !inRanges(ranges, ch.codePointAt(0) as number)));
}

export const SC_WEIGHTS = [400, 700] as const;

/** The stylesheet npm run fonts writes to src/ui/fonts.css. */
export function fontsCss(latin: LatinFace[], used: string, frame: string): string {
  const main = sorted([...used].filter((ch) => !frame.includes(ch)));
  const face = (family: string, weight: number, url: string, range: string) =>
    `@font-face {\n  font-family: '${family}';\n  font-style: normal;\n  font-weight: ${weight};\n  font-display: swap;\n  src: url('${url}') format('woff2');\n  unicode-range: ${range};\n}\n`;
  return [
    '/*',
    ' * Written by `npm run fonts` (src/tools/make-fonts.ts): do not edit by hand.',
    ' * Every face has a unicode-range, so a page downloads only the faces whose characters it draws:',
    ' * an English page the two Latin weights and the tiny frame faces (中文 in the language menu, ◆).',
    ' * Noto Sans: @fontsource/noto-sans. Noto Sans SC, cut down to the characters the texts use:',
    ' * assets/fonts. Both SIL OFL 1.1 (assets/fonts/OFL.txt).',
    ' */',
    ...latin.map((f) => face('Noto Sans', f.weight, `../../node_modules/@fontsource/noto-sans/files/${f.file}`, f.range)),
    ...SC_WEIGHTS.map((w) => face('Noto Sans SC', w, `../../assets/fonts/noto-sans-sc-frame-${w}.woff2`, rangeOf(frame))),
    ...SC_WEIGHTS.map((w) => face('Noto Sans SC', w, `../../assets/fonts/noto-sans-sc-${w}.woff2`, rangeOf(main))),
  ].join('\n');
}
