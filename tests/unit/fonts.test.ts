import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { usedCharacters } from '../../src/tools/fonts';

describe('the bundled Chinese font', () => {
  it('covers every character the texts use (if not: npm run fonts)', () => {
    const covered = new Set(JSON.parse(readFileSync('assets/fonts/coverage.json', 'utf8')).characters as string);
    const missing = [...usedCharacters('.')].filter((ch) => !covered.has(ch));
    expect(missing.join(''), 'characters missing from assets/fonts: run `npm run fonts`').toBe('');
  });

  it('is a small subset, not the whole font', () => {
    for (const w of [400, 700]) {
      const size = statSync(`assets/fonts/noto-sans-sc-${w}.woff2`).size;
      expect(size).toBeGreaterThan(20_000);
      expect(size).toBeLessThan(600_000);
    }
  });
});
