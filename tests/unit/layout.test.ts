import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stageLayout } from '../../src/game/layout';

describe('the stage layout', () => {
  it('puts every card on the board, without overlaps, at any stage size (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 240, max: 2560 }), fc.integer({ min: 160, max: 1440 }), fc.integer({ min: 2, max: 15 }), (w, h, n) => {
        const l = stageLayout(w, h, n);
        expect(l.slots).toHaveLength(n);
        const { board } = l;
        expect(board.x).toBeGreaterThanOrEqual(0);
        expect(board.y).toBeGreaterThanOrEqual(0);
        expect(board.x + board.w).toBeLessThanOrEqual(w);
        expect(board.y + board.h).toBeLessThanOrEqual(h);
        for (const [i, a] of l.slots.entries()) {
          expect(a.w).toBeGreaterThan(0);
          expect(a.h).toBeGreaterThan(0);
          expect(a.x).toBeGreaterThanOrEqual(board.x);
          expect(a.y).toBeGreaterThanOrEqual(board.y);
          expect(a.x + a.w).toBeLessThanOrEqual(board.x + board.w + 1e-6);
          expect(a.y + a.h).toBeLessThanOrEqual(board.y + board.h + 1e-6);
          for (const b of l.slots.slice(i + 1)) {
            const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
            expect(apart).toBe(true);
          }
        }
        expect(l.fontSize).toBeGreaterThanOrEqual(8);
        expect(l.horizon).toBeLessThan(board.y);
      }),
    );
  });
});
