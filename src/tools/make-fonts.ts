/**
 * npm run fonts: writes
 * - assets/fonts/noto-sans-sc-{400,700}.woff2: Noto Sans SC holding only the characters the game's
 *   texts use (a few percent of the full font);
 * - assets/fonts/noto-sans-sc-frame-{400,700}.woff2: a tiny face with what every page draws outside
 *   the Latin faces whatever its language (the language menu's 中文, the brand mark ◆), so an English
 *   page never downloads the main Chinese subset;
 * - assets/fonts/coverage.json: the characters each holds;
 * - src/ui/fonts.css: every face the game uses, each with its unicode-range.
 * Run it after adding or changing translations or levels; a unit test says when it is needed.
 * The full fonts come from the npm registry (@expo-google-fonts/noto-sans-sc, SIL OFL 1.1).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { fontsCss, frameCharacters, latinFaces, SC_WEIGHTS, usedCharacters } from './fonts';

const PACKAGE = '@expo-google-fonts/noto-sans-sc@0.4.3';
const FILES = { 400: 'package/400Regular/NotoSansSC_400Regular.ttf', 700: 'package/700Bold/NotoSansSC_700Bold.ttf' } as const;

const root = process.cwd();
const out = join(root, 'assets/fonts');
mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'scored-fonts-'));
console.log(`Fetching ${PACKAGE} from the npm registry…`);
const tgz = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: work, encoding: 'utf8' }).trim().split('\n').pop() as string;
execFileSync('tar', ['xzf', tgz, ...Object.values(FILES), 'package/LICENSE_FONT'], { cwd: work });

const latin = latinFaces(root);
const chars = usedCharacters(root);
const frame = frameCharacters(root, latin);
const main = [...chars].filter((ch) => !frame.includes(ch)).join('');
for (const weight of SC_WEIGHTS) {
  const full = readFileSync(join(work, FILES[weight]));
  for (const [name, set] of [
    [`noto-sans-sc-${weight}.woff2`, main],
    [`noto-sans-sc-frame-${weight}.woff2`, frame],
  ] as const) {
    const font = await subsetFont(full, set, { targetFormat: 'woff2' });
    writeFileSync(join(out, name), font);
    console.log(`assets/fonts/${name}: ${(font.length / 1024).toFixed(1)} KB`);
  }
}
writeFileSync(join(out, 'OFL.txt'), readFileSync(join(work, 'package/LICENSE_FONT')));
writeFileSync(join(out, 'coverage.json'), JSON.stringify({ source: PACKAGE, characters: main, frame }, null, 0) + '\n');
writeFileSync(join(root, 'src/ui/fonts.css'), fontsCss(latin, chars, frame));
rmSync(work, { recursive: true, force: true });
console.log(`${[...main].length} characters in the main subset, ${[...frame].length} in the frame face (${frame}); src/ui/fonts.css written.`);
