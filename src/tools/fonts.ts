/** Which characters the game's texts use, so the bundled Chinese font can hold only those. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Printable ASCII, Latin-1 letters, and the punctuation Chinese and English texts use. */
export const ALWAYS = (() => {
  let s = '';
  for (let c = 0x20; c <= 0x7e; c++) s += String.fromCharCode(c);
  for (let c = 0xa0; c <= 0xff; c++) s += String.fromCharCode(c);
  return s + '，。：；！？、“”‘’（）《》「」『』…—–·−▲▼✓✗⇄§￥元％';
})();

function strings(node: unknown, out: string[]) {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => strings(n, out));
  else if (node && typeof node === 'object') Object.values(node).forEach((n) => strings(n, out));
}

/** Every character in the translations and the level files, plus ALWAYS; sorted, no duplicates. */
export function usedCharacters(root: string): string {
  const files = [
    ...readdirSync(join(root, 'src/i18n/locales')).filter((f) => f.endsWith('.json')).map((f) => join(root, 'src/i18n/locales', f)),
    ...readdirSync(join(root, 'levels')).filter((f) => f.endsWith('.json')).map((f) => join(root, 'levels', f)),
  ];
  const texts: string[] = [ALWAYS];
  for (const f of files) strings(JSON.parse(readFileSync(f, 'utf8')), texts);
  const set = new Set<string>();
  for (const t of texts) for (const ch of t) if (ch >= ' ') set.add(ch);
  return [...set].sort().join('');
}
