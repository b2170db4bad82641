/**
 * npm run fonts: writes assets/fonts/noto-sans-sc-{400,700}.woff2 holding only the characters the
 * game's texts use (about 1-2% of the full font), and coverage.json listing them. Run it after
 * adding or changing translations or levels; a unit test says when it is needed.
 * The full fonts come from the npm registry (@expo-google-fonts/noto-sans-sc, SIL OFL 1.1).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { usedCharacters } from './fonts';

const PACKAGE = '@expo-google-fonts/noto-sans-sc@0.4.3';
const WEIGHTS = { 400: 'package/400Regular/NotoSansSC_400Regular.ttf', 700: 'package/700Bold/NotoSansSC_700Bold.ttf' } as const;

const root = process.cwd();
const out = join(root, 'assets/fonts');
mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'scored-fonts-'));
console.log(`Fetching ${PACKAGE} from the npm registry…`);
const tgz = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: work, encoding: 'utf8' }).trim().split('\n').pop() as string;
execFileSync('tar', ['xzf', tgz, ...Object.values(WEIGHTS), 'package/LICENSE_FONT'], { cwd: work });

const chars = usedCharacters(root);
for (const [weight, file] of Object.entries(WEIGHTS)) {
  const font = await subsetFont(readFileSync(join(work, file)), chars, { targetFormat: 'woff2' });
  writeFileSync(join(out, `noto-sans-sc-${weight}.woff2`), font);
  console.log(`assets/fonts/noto-sans-sc-${weight}.woff2: ${(font.length / 1024).toFixed(0)} KB`);
}
writeFileSync(join(out, 'OFL.txt'), readFileSync(join(work, 'package/LICENSE_FONT')));
writeFileSync(join(out, 'coverage.json'), JSON.stringify({ source: PACKAGE, characters: chars }, null, 0) + '\n');
console.log(`${[...chars].length} characters.`);
