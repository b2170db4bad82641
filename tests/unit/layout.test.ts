import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { villageLayout, type Rect } from '../../src/game/village/layout';

const inside = (r: Rect, w: number, h: number) => r.x >= -1e-6 && r.y >= -1e-6 && r.x + r.w <= w + 1e-6 && r.y + r.h <= h + 1e-6;
const apart = (a: Rect, b: Rect) => a.x + a.w <= b.x + 1e-6 || b.x + b.w <= a.x + 1e-6 || a.y + a.h <= b.y + 1e-6 || b.y + b.h <= a.y + 1e-6;

describe('the village stage layout', () => {
  it('keeps the board, its cards, the table and everyone on the stage, at any size (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 2560 }), fc.integer({ min: 120, max: 1440 }), fc.integer({ min: 2, max: 12 }), fc.nat(2), (w, h, n, away) => {
        const l = villageLayout(w, h, n, n - Math.min(away, n - 1));
        expect(l.homes).toHaveLength(n);
        expect(l.crowd).toHaveLength(n);
        expect(inside(l.table, w, h)).toBe(true);
        for (const p of [...l.homes, ...l.crowd, l.atTable, l.asker]) {
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.x).toBeLessThanOrEqual(w);
          expect(p.y).toBeLessThanOrEqual(h);
          expect(p.y - l.figure).toBeGreaterThanOrEqual(-l.figure * 0.2);
        }
        expect(l.slots).toHaveLength(l.compact ? 3 : n - Math.min(away, n - 1));
        for (const [i, a] of l.slots.entries()) {
          expect(a.w).toBeGreaterThan(0);
          expect(a.h).toBeGreaterThan(0);
          expect(a.x).toBeGreaterThanOrEqual(l.board.x - 1e-6);
          expect(a.x + a.w).toBeLessThanOrEqual(l.board.x + l.board.w + 1e-6);
          expect(a.y + a.h).toBeLessThanOrEqual(l.board.y + l.board.h + 1e-6);
          for (const b of l.slots.slice(i + 1)) expect(apart(a, b)).toBe(true);
        }
        expect(apart(l.table, l.board)).toBe(true);
        if (!l.compact) expect(l.horizon).toBeLessThan(l.board.y);
        // The crowd at the board stands below it: no head (a figure is about one figure tall) hides a card,
        // unless the stage is too short for a board of its smallest height.
        if (!l.compact && l.board.h > 60 + 1e-6) for (const p of l.crowd) expect(p.y - l.figure).toBeGreaterThanOrEqual(l.board.y + l.board.h - 1e-6);
        expect(l.fontSize).toBeGreaterThanOrEqual(8);
      }),
      { seed: 9, numRuns: 300 },
    );
  });

  it('switches to the compact street on a phone strip', () => {
    expect(villageLayout(390, 185, 10).compact).toBe(true);
    expect(villageLayout(743, 658, 10).compact).toBe(false);
    expect(villageLayout(1114, 1018, 10).compact).toBe(false);
  });
});
