import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng, shuffled, seedFrom, MAX_SEED } from '../../src/core/rng';

describe('seeded randomness', () => {
  it('gives the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SEED }), (seed) => {
        const a = createRng(seed);
        const b = createRng(seed);
        for (let i = 0; i < 20; i++) expect(a()).toBe(b());
      }),
    );
  });

  it('stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SEED }), (seed) => {
        const r = createRng(seed);
        for (let i = 0; i < 50; i++) {
          const x = r();
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });

  it('differs between neighbouring seeds', () => {
    expect(createRng(1)()).not.toBe(createRng(2)());
  });

  it('shuffles into a permutation of the same items', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 0, max: MAX_SEED }), (items, seed) => {
        const out = shuffled(items, createRng(seed));
        expect(out.slice().sort()).toEqual(items.slice().sort());
      }),
    );
  });

  it('folds any number into a valid seed', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e15, max: 1e15 }), (n) => {
        const s = seedFrom(n);
        expect(Number.isInteger(s)).toBe(true);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(MAX_SEED);
      }),
    );
  });
});
