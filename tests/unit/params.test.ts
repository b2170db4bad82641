import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseParams, screenFromSearch, searchFor } from '../../src/core/params';
import { ROLES } from '../../src/core/registry';
import { parseSeedCode, seedCode } from '../../src/core/seed';

const parse = (q: string) => parseParams(q, ROLES);

describe('URL parameters', () => {
  it('reads the known ones', () => {
    expect(parse(`?lang=zh&role=village&seed=${seedCode(42)}&mode=class&route=short`)).toEqual({
      lang: 'zh',
      role: 'village',
      seed: 42,
      mode: 'class',
      route: 'short',
      idle: 60,
      countdown: 20,
      warnings: [],
    });
    expect(parse('?page=credits')).toMatchObject({ page: 'credits', warnings: [] });
  });

  it('falls back to defaults with a warning for every bad value, never throwing', () => {
    const p = parse('?lang=fr&role=lottery&seed=1.5&mode=arcade&route=long&foo=1&page=nowhere');
    expect(parse('?mode=kiosk&idle=3&countdown=2')).toMatchObject({ mode: 'kiosk', idle: 3, countdown: 2, warnings: [] });
    expect(parse('?idle=1&countdown=9999').warnings).toHaveLength(2);
    expect(p).toMatchObject({ mode: 'class' });
    for (const k of ['route', 'lang', 'role', 'seed', 'page'] as const) expect(p[k]).toBeUndefined();
    expect(p.warnings).toHaveLength(7);
    expect(p.warnings.join('\n')).toMatch(/"foo"/);
    expect(p.warnings.join('\n')).toMatch(/\?lang=fr/);
    expect(p.warnings.join('\n')).toMatch(/\?role=lottery: expected village/);
  });

  it('warns about a parameter given twice, and uses the first', () => {
    const p = parse('?lang=zh&lang=en');
    expect(p.lang).toBe('zh');
    expect(p.warnings).toEqual(['?lang is given 2 times; using the first (zh).']);
  });

  it('never throws, whatever the query', () => {
    fc.assert(
      fc.property(fc.string(), (q) => {
        const p = parse(q);
        expect(p.mode).toBe('class');
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('is empty-handed for an empty query', () => {
    expect(parse('')).toEqual({ mode: 'class', idle: 60, countdown: 20, warnings: [] });
  });
});

describe('seed codes', () => {
  it('are six characters for every new seed, and read back the same', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 30 - 1 }), (seed) => {
        const code = seedCode(seed);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
        expect(parseSeedCode(code)).toEqual({ ok: true, seed });
        expect(parseSeedCode(` ${code.toLowerCase().slice(0, 3)}-${code.slice(3)} `)).toEqual({ ok: true, seed });
      }),
      { seed: 1, numRuns: 300 },
    );
  });

  it('read I and L as 1 and O as 0, as people mistype them', () => {
    expect(parseSeedCode('0O0IL1')).toEqual(parseSeedCode('000111'));
  });

  it('refuse what is not a code, saying why', () => {
    expect(parseSeedCode('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseSeedCode('ABCDEFGH')).toEqual({ ok: false, reason: 'length' });
    expect(parseSeedCode('AB!D')).toEqual({ ok: false, reason: 'characters' });
    expect(parseSeedCode('UUUUUU')).toEqual({ ok: false, reason: 'characters' });
    expect(parseSeedCode('ZZZZZZZ')).toEqual({ ok: false, reason: 'range' });
  });
});

describe('screens in the address bar', () => {
  it('round-trip every screen, keeping the mode and route but not the seed or language', () => {
    const keep = new URLSearchParams('?mode=class&route=short&seed=ABCDEF&lang=zh');
    const screens = [{ name: 'title' }, { name: 'roles' }, { name: 'credits' }, ...ROLES.map((r) => ({ name: 'role', role: r.id }))] as const;
    for (const screen of screens) {
      const search = searchFor(screen, keep);
      expect(search).toContain('mode=class&route=short');
      expect(search).not.toMatch(/seed|lang/);
      expect(screenFromSearch(search, ROLES)).toEqual(screen);
    }
    expect(screenFromSearch('?role=lottery', ROLES)).toEqual({ name: 'title' });
  });
});
