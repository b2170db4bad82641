import { describe, expect, it } from 'vitest';
import { parseVillageLevel, parseVillageLevelText } from '../../src/core/validate';
import { tinyLevelData } from '../fixtures/tiny-level';

describe('level validation', () => {
  it('accepts a good level', () => {
    expect(parseVillageLevel(tinyLevelData(), 'tiny.json').ok).toBe(true);
  });

  it('names the file, the field path and what was expected', () => {
    const data = tinyLevelData() as Record<string, unknown> & { deeds: Record<string, unknown>[] };
    (data.deeds[0]!.source as { section: string }).section = '9.9';
    const r = parseVillageLevel(data, 'levels/broken.json');
    expect(r).toEqual({ ok: false, errors: [expect.stringMatching(/^levels\/broken\.json: deeds\[0\]\.source\.section: .*"3\.2"/)] });
  });

  it('requires every item to be either cited or marked illustrative', () => {
    const data = tinyLevelData();
    delete (data.deeds[1] as { illustrative?: boolean }).illustrative;
    (data.deeds[0] as { illustrative?: boolean }).illustrative = true;
    const r = parseVillageLevel(data, 'x.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      expect.stringContaining('x.json: deeds[0]: has both "source" and "illustrative"'),
      expect.stringContaining('x.json: deeds[1]: needs either "source"'),
    ]);
  });

  it('checks references between villagers, deeds, days and routes', () => {
    const data = tinyLevelData();
    data.days[0]!.deeds.push('ghost');
    data.routes.short.push('nowhere');
    data.deeds[1]!.villager = 'd';
    const r = parseVillageLevel(data, 'x.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        'x.json: days[0].deeds[2]: no deed "ghost"',
        'x.json: routes.short[1]: no day "nowhere"',
        'x.json: deeds[1].villager: "d" is never seen, so no deed of theirs can be reported',
      ]),
    );
  });

  it('refuses a deed that would arrive twice in one route', () => {
    const data = tinyLevelData();
    data.days[1]!.deeds.push('give');
    const r = parseVillageLevel(data, 'x.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join()).toMatch(/deed "give" would arrive twice/);
  });

  it('reports broken JSON as a problem, not a crash', () => {
    const r = parseVillageLevelText('{"format": 1,', 'x.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^x\.json: not valid JSON/);
  });
});
