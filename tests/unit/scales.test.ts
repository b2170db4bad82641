import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cityFace, cityTable, convert, gradeOf, swaps } from '../../src/core/village/scales';
import type { Scale } from '../../src/core/village/schema';
import { byPicks, playThrough, tinyLevel } from '../fixtures/tiny-level';

const level = tinyLevel();
const [deduct, net] = level.scales as [Scale, Scale];
const points = fc.integer({ min: 0, max: 500 });

describe('converting village points to city scales', () => {
  it('a deductions-only scale ignores gains entirely (property)', () => {
    fc.assert(
      fc.property(points, points, points, (g1, g2, loss) => {
        expect(convert(deduct, g1, loss)).toEqual(convert(deduct, g2, loss));
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('starts at the start value with nothing counted', () => {
    expect(convert(deduct, 40, 0)).toMatchObject({ score: 1000, gradeIndex: 0, band: 'high' });
    expect(convert(net, 0, 0)).toMatchObject({ score: 100, band: 'middle', grade: null, gradeFrom: null });
  });

  it('never leaves its range (property)', () => {
    fc.assert(
      fc.property(points, points, (g, l) => {
        for (const s of [deduct, net]) {
          const r = convert(s, g, l);
          expect(r.score).toBeGreaterThanOrEqual(s.rule.min);
          expect(r.score).toBeLessThanOrEqual(s.rule.max);
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('more gains never lower a net score; more losses never raise any score (property)', () => {
    fc.assert(
      fc.property(points, points, fc.integer({ min: 0, max: 50 }), (g, l, extra) => {
        expect(convert(net, g + extra, l).score).toBeGreaterThanOrEqual(convert(net, g, l).score);
        for (const s of [deduct, net]) expect(convert(s, g, l + extra).score).toBeLessThanOrEqual(convert(s, g, l).score);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('a higher score never falls in a lower grade (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(gradeOf(deduct, hi)).toBeLessThanOrEqual(gradeOf(deduct, lo));
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('puts a score in the first grade whose cut-off it reaches, says where the grade name comes from, and bands it', () => {
    expect(convert(deduct, 0, 2)).toMatchObject({ grade: { en: 'A' }, gradeFrom: 'illustrative', band: 'high' });
    expect(convert(deduct, 0, 10)).toMatchObject({ grade: { en: 'B' }, gradeFrom: 'report', band: 'middle' });
    expect(convert(deduct, 0, 100)).toMatchObject({ grade: { en: 'C' }, band: 'low' });
    expect(convert(net, 5, 0)).toMatchObject({ score: 110, gradeIndex: -1, band: 'high' });
    expect(convert(net, 0, 5)).toMatchObject({ score: 90, band: 'low' });
  });
});

describe('the cities after a week', () => {
  it('a scale that counts gains and losses never reverses the village order; one that counts only losses can (property)', () => {
    let sawDeductionSwap = false;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.array(fc.nat({ max: 9 }), { minLength: 6, maxLength: 6 }), (seed, picks) => {
        const { run } = playThrough(level, seed, 'full', byPicks(picks));
        const found = swaps(level, run);
        for (const f of found.examples) expect(level.scales[f.scaleIndex]?.rule.counts).toBe('deductions');
        if (found.count > 0) sawDeductionSwap = true;
      }),
      { seed: 42, numRuns: 200 },
    );
    expect(sawDeductionSwap).toBe(true);
  });

  it('follows one villager through every city: the one whose standing moves most, with what it meant there', () => {
    // Ann: +10 for giving, then −10 on hearsay (doing as Bo asked). Bo: +2 helping.
    const choose = (d: { id: string; options: readonly { id: string; action: never }[] }) => {
      const want = d.id === 'give' ? '+10' : d.id === 'rumour' ? 'favour' : d.id === 'help' ? '+2' : 'decline';
      return d.options.find((o) => o.id === want)!.action;
    };
    const { run } = playThrough(level, 9, 'full', choose as never);
    const face = cityFace(level, run)!;
    expect(face.villagerId).toBe('a');
    expect(face.village).toMatchObject({ points: 0 });
    expect(face.cities.map((c) => [c.scaleId, c.score, c.grade?.en ?? null, c.band, c.stake.text.en, c.startIllustrative])).toEqual([
      ['deduct', 950, 'B', 'middle', 'nothing said', false],
      ['net', 100, null, 'middle', 'm', true],
    ]);
    const row = cityTable(level, run).find((r) => r.villagerId === 'a')!;
    expect(row.results.map((r) => r.score)).toEqual(face.cities.map((c) => c.score));
  });

  it('has no face when the scorer recorded nothing', () => {
    const { run } = playThrough(level, 9, 'short', (d) => d.options.find((o) => o.id === 'decline')!.action);
    expect(cityFace(level, run)).toBeNull();
  });
});
