import { describe, expect, it } from 'vitest';
import { parseParams } from '../../src/core/params';

describe('URL parameters', () => {
  it('reads the known ones', () => {
    expect(parseParams('?lang=zh&role=village&seed=42&mode=class&route=short')).toEqual({
      lang: 'zh', role: 'village', seed: 42, mode: 'class', route: 'short', warnings: [],
    });
  });

  it('falls back to defaults with a warning for every bad value, never throwing', () => {
    const p = parseParams('?lang=fr&role=sesame&seed=-3&mode=kiosk&route=long&foo=1');
    expect(p).toMatchObject({ mode: 'class' });
    expect(p.route).toBeUndefined();
    expect(p.lang).toBeUndefined();
    expect(p.role).toBeUndefined();
    expect(p.seed).toBeUndefined();
    expect(p.warnings).toHaveLength(6);
    expect(p.warnings.join('\n')).toMatch(/"foo"/);
    expect(p.warnings.join('\n')).toMatch(/\?lang=fr/);
    expect(p.warnings.join('\n')).toMatch(/kiosk and workshop modes are not built yet/);
  });

  it('rejects seeds that are not whole numbers in range', () => {
    for (const s of ['1.5', 'abc', '99999999999', '4294967296', '']) expect(parseParams(`?seed=${s}`).seed).toBeUndefined();
    expect(parseParams('?seed=4294967295').seed).toBe(4294967295);
  });

  it('is empty-handed for an empty query', () => {
    expect(parseParams('')).toEqual({ mode: 'class', warnings: [] });
  });
});
