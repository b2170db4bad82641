import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { categoryOf, convert } from '../../src/core/village/scales';
import { tinyLevel } from '../fixtures/tiny-level';

const [deduct, net] = tinyLevel().scales as [ReturnType<typeof tinyLevel>['scales'][0], ReturnType<typeof tinyLevel>['scales'][0]];
const points = fc.integer({ min: 0, max: 500 });

describe('converting village points to city scales', () => {
  it('a deductions-only scale ignores gains entirely (property)', () => {
    fc.assert(fc.property(points, points, points, (g1, g2, loss) => {
      expect(convert(deduct, g1, loss)).toEqual(convert(deduct, g2, loss));
    }));
  });

  it('starts at the base with no losses', () => {
    expect(convert(deduct, 40, 0)).toMatchObject({ score: 1000, categoryIndex: 0 });
    expect(convert(net, 0, 0).score).toBe(100);
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
    );
  });

  it('more gains never lower a net score; more losses never raise any score (property)', () => {
    fc.assert(
      fc.property(points, points, fc.integer({ min: 0, max: 50 }), (g, l, extra) => {
        expect(convert(net, g + extra, l).score).toBeGreaterThanOrEqual(convert(net, g, l).score);
        for (const s of [deduct, net]) expect(convert(s, g, l + extra).score).toBeLessThanOrEqual(convert(s, g, l).score);
      }),
    );
  });

  it('a higher score never falls in a lower category (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(categoryOf(deduct, hi)).toBeLessThanOrEqual(categoryOf(deduct, lo));
      }),
    );
  });

  it('puts a score in the first category whose minimum it reaches', () => {
    expect(convert(deduct, 0, 2).category?.en).toBe('A');
    expect(convert(deduct, 0, 10).category?.en).toBe('B');
    expect(convert(deduct, 0, 100).category?.en).toBe('C');
    expect(convert(net, 5, 0)).toMatchObject({ category: null, categoryIndex: -1 });
  });
});

describe('swaps between the village board and a city', () => {
  it('a scale that counts gains and losses never reverses the village order; one that counts only losses can (property)', async () => {
    const { createRun, pendingDeed, step } = await import('../../src/core/village/rules');
    const { swaps } = await import('../../src/core/village/scales');
    const level = tinyLevel();
    let sawDeductionSwap = false;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.array(fc.constantFrom(-10, -2, 2, 10, 30), { minLength: 6, maxLength: 6 }), (seed, picks) => {
        let run = createRun(level, seed, 'full');
        let i = 0;
        for (;;) {
          for (let id = pendingDeed(run); id; id = pendingDeed(run)) {
            const r = step(level, run, { type: 'score', deedId: id, points: picks[i++ % picks.length]! });
            if (r.ok) run = r.run;
          }
          run = (step(level, run, { type: 'closeDay' }) as { run: typeof run }).run;
          run = (step(level, run, { type: 'nextDay' }) as { run: typeof run }).run;
          if (run.phase === 'reveal') break;
        }
        const found = swaps(level, run);
        for (const f of found.examples) expect(level.scales[f.scaleIndex]?.rule.counts).toBe('deductions');
        if (found.count > 0) sawDeductionSwap = true;
      }),
    );
    expect(sawDeductionSwap).toBe(true);
  });
});
