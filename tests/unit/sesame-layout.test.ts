/** The drawn phone's layout: it fits the stage, its parts stay on its screen, and the HTML panel lines up with it on a phone. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dotGrid, gaugeAngle, gaugePoint, panelTop, pathPoints, sesameLayout, type Rect } from '../../src/game/sesame/layout';

const inside = (r: Rect, outer: Rect, slack = 0.5) =>
  r.x >= outer.x - slack && r.y >= outer.y - slack && r.x + r.w <= outer.x + outer.w + slack && r.y + r.h <= outer.y + outer.h + slack;

const SIZES: [number, number][] = [
  [742, 658], // the stage beside the panel at 1280x720
  [1114, 1018], // at 1920x1080
  [464, 328], // a phone on its side
  [441, 1138], // a portrait tablet, just wide
];

describe('the phone beside the panel (wide screens)', () => {
  it.each(SIZES)('at %ix%i the phone fits the stage and every part of the app is on its screen', (w, h) => {
    const l = sesameLayout(w, h, false);
    expect(l.mode).toBe('side');
    expect(inside(l.phone, { x: 0, y: 0, w, h })).toBe(true);
    for (const part of [l.appBar, l.info, l.perks, l.band, l.reveal]) expect(inside(part, l.screen), JSON.stringify(part)).toBe(true);
    if (l.board) expect(inside(l.board, l.screen)).toBe(true);
    // The gauge's half circle, with its track, stays on the screen under the app bar.
    const g = l.gauge;
    expect(g.cx - g.r - g.thickness / 2).toBeGreaterThanOrEqual(l.screen.x);
    expect(g.cx + g.r + g.thickness / 2).toBeLessThanOrEqual(l.screen.x + l.screen.w);
    expect(g.cy - g.r - g.thickness / 2).toBeGreaterThanOrEqual(l.appBar.y + l.appBar.h);
    // The parts come in order down the screen and do not overlap.
    expect(l.info.y).toBeGreaterThan(g.cy);
    expect(l.perks.y).toBeGreaterThanOrEqual(l.info.y + l.info.h);
    if (l.board) expect(l.board.y).toBeGreaterThanOrEqual(l.perks.y + l.perks.h);
    if (l.board) expect(l.board.y + l.board.h).toBeLessThanOrEqual(l.band.y + 0.5);
  });

  it('gives the world beside the phone only the room that is left, never under the phone', () => {
    const l = sesameLayout(742, 658, false);
    expect(l.world).not.toBeNull();
    expect(l.world!.x).toBeGreaterThanOrEqual(l.phone.x + l.phone.w);
    expect(l.world!.x + l.world!.w).toBeLessThanOrEqual(742);
    // No room: the phone alone, centred.
    const narrow = sesameLayout(300, 650, false);
    expect(narrow.world).toBeNull();
    expect(Math.abs(narrow.phone.x + narrow.phone.w / 2 - 150)).toBeLessThan(1);
  });

  it('fits any stage size without leaving it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 2400 }), fc.integer({ min: 200, max: 1600 }), (w, h) => {
        const l = sesameLayout(w, h, false);
        expect(inside(l.phone, { x: 0, y: 0, w, h }, 1)).toBe(true);
        expect(inside(l.screen, l.phone)).toBe(true);
        if (l.world) expect(l.world.x + l.world.w).toBeLessThanOrEqual(w + 0.5);
        expect(l.font).toBeGreaterThanOrEqual(9);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('the phone filling the stage (a real phone)', () => {
  it('draws the app above the line where the HTML panel begins, the same line sesame.css uses', () => {
    const l = sesameLayout(390, 782, true);
    expect(l.mode).toBe('fill');
    // sesame.css: grid-template-rows: clamp(190px, 27%, 240px) — 27% of 782 is 211.
    expect(l.panelTop).toBe(211);
    expect(panelTop(782)).toBe(211);
    expect(panelTop(500)).toBe(190);
    expect(panelTop(1200)).toBe(240);
    for (const part of [l.appBar, l.info, l.perks, l.band]) {
      expect(inside(part, l.screen)).toBe(true);
      expect(part.y + part.h).toBeLessThanOrEqual(l.panelTop);
    }
    const g = l.gauge;
    expect(g.cy).toBeLessThan(l.panelTop);
    expect(g.cx - g.r - g.thickness / 2).toBeGreaterThanOrEqual(l.screen.x);
    // The gauge on the left, the perks on the right: side by side, not on top of each other.
    expect(g.cx + g.r + g.thickness / 2).toBeLessThanOrEqual(l.perks.x + 1);
    expect(l.board).toBeNull();
    expect(l.world).toBeNull();
  });

  it('keeps the bezel inside the panel’s 10px margin on every phone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 320, max: 820 }), fc.integer({ min: 480, max: 1400 }), (w, h) => {
        const l = sesameLayout(w, h, true);
        // The panel sits 10px in from the stage's sides (sesame.css): on the screen, inside the bezel.
        expect(l.screen.x).toBeLessThanOrEqual(10);
        expect(l.screen.x + l.screen.w).toBeGreaterThanOrEqual(w - 10);
        expect(l.panelTop).toBeLessThan(h);
        expect(l.perks.y + l.perks.h).toBeLessThanOrEqual(l.panelTop);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('the gauge, the path and the dots', () => {
  it('runs the gauge from 350 on the left to 950 on the right, over the top', () => {
    const g = { cx: 100, cy: 100, r: 50, thickness: 8 };
    expect(gaugeAngle(350)).toBeCloseTo(Math.PI);
    expect(gaugeAngle(950)).toBeCloseTo(2 * Math.PI);
    expect(gaugePoint(g, 350).x).toBeCloseTo(50);
    expect(gaugePoint(g, 650).y).toBeCloseTo(50);
    expect(gaugePoint(g, 950).x).toBeCloseTo(150);
    // Out of range clamps to the ends.
    expect(gaugeAngle(100)).toBeCloseTo(Math.PI);
    expect(gaugeAngle(2000)).toBeCloseTo(2 * Math.PI);
  });

  it('draws higher scores higher on the path, inside its box', () => {
    const box = { x: 10, y: 20, w: 200, h: 100 };
    const pts = pathPoints([600, 616, 580, 640], box);
    expect(pts).toHaveLength(4);
    expect(pts[0]!.x).toBe(10);
    expect(pts[3]!.x).toBe(210);
    expect(pts[1]!.y).toBeLessThan(pts[0]!.y);
    expect(pts[2]!.y).toBeGreaterThan(pts[0]!.y);
    for (const p of pts) expect(p.y >= box.y && p.y <= box.y + box.h).toBe(true);
    expect(pathPoints([], box)).toEqual([]);
  });

  it('fits the dots of the last beat in their box', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 40, max: 800 }), fc.integer({ min: 40, max: 600 }), (n, w, h) => {
        const grid = dotGrid(n, { x: 0, y: 0, w, h });
        expect(grid.cols * grid.rows).toBeGreaterThanOrEqual(n);
        expect(grid.cols * grid.pitch).toBeLessThanOrEqual(w + 1e-9);
        expect(grid.rows * grid.pitch).toBeLessThanOrEqual(h + 1e-9);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
