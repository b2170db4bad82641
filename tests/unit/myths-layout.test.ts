import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mythsLayout, pileSlot, type Rect } from '../../src/game/myths/layout';

const inside = (r: Rect, w: number, h: number) => r.x >= -1e-6 && r.y >= -1e-6 && r.x + r.w <= w + 1e-6 && r.y + r.h <= h + 1e-6;
const apart = (a: Rect, b: Rect) => a.x + a.w <= b.x + 1e-6 || b.x + b.w <= a.x + 1e-6 || a.y + a.h <= b.y + 1e-6 || b.y + b.h <= a.y + 1e-6;
/** A full pile: from its bottom card to the top of its highest. */
const fullPile = (p: Rect, step: number, n: number): Rect => ({ ...p, y: p.y - step * (n - 1), h: p.h + step * (n - 1) });

describe('the desk of "Myth or reality?"', () => {
  it('keeps the clipping and both full piles on the stage, apart from each other, at any size (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 2560 }), fc.integer({ min: 120, max: 1440 }), fc.integer({ min: 2, max: 12 }), (w, h, n) => {
        const l = mythsLayout(w, h, n);
        const myth = fullPile(l.piles.myth, l.pileStep, n);
        const reality = fullPile(l.piles.reality, l.pileStep, n);
        for (const r of [l.card, myth, reality]) expect(inside(r, w, h), JSON.stringify({ w, h, r })).toBe(true);
        expect(apart(myth, reality)).toBe(true);
        expect(apart(l.card, myth), JSON.stringify({ w, h, card: l.card, myth })).toBe(true);
        expect(apart(l.card, reality)).toBe(true);
        // Myths on the left, reality on the right, as the answers and the swipe go.
        expect(l.piles.myth.x).toBeLessThan(l.piles.reality.x);
        // The clipping is the largest thing on the desk, and each card put on a pile shows.
        expect(l.card.w).toBeGreaterThan(l.piles.myth.w);
        expect(l.pileStep).toBeGreaterThan(0);
        expect(l.labels.myth.y + l.labelSize).toBeLessThanOrEqual(h + 1e-6);
        expect(l.fontSize).toBeGreaterThanOrEqual(9);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('uses the room: a large clipping on a projector, a small one on a phone strip', () => {
    const big = mythsLayout(1113, 1018, 8);
    expect(big.compact).toBe(false);
    expect(big.card.w).toBeGreaterThan(500);
    const phone = mythsLayout(390, 185, 8);
    expect(phone.compact).toBe(true);
    expect(phone.card.w).toBeGreaterThan(150);
    // A tall stage (a portrait kiosk's) puts the piles under the clipping.
    const tall = mythsLayout(700, 1000, 8);
    expect(tall.card.y + tall.card.h).toBeLessThanOrEqual(tall.piles.myth.y - tall.pileStep * 7);
  });

  it("stacks a pile's cards upwards, each slightly askew, never the same twice in a row", () => {
    const l = mythsLayout(800, 600, 8);
    const slots = Array.from({ length: 8 }, (_, k) => pileSlot(l.piles.reality, l.pileStep, k));
    for (let k = 1; k < slots.length; k++) {
      expect(slots[k]!.y).toBeLessThan(slots[k - 1]!.y);
      expect(slots[k]!.angle).not.toBe(slots[k - 1]!.angle);
    }
  });
});
