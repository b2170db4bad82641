/** The firm's map as plain numbers: where things stand at any size, and the shows the stage and the panel play in step. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firmSchemas } from '../../src/core/firm/schema';
import { closedOperations, createRun, pending, presetSplit, step, type FirmAction, type FirmRun } from '../../src/core/firm/rules';
import { firmRole } from '../../src/core/firm/role';
import { firmLayout, ringPoints, type Box } from '../../src/game/firm/layout';
import { losses, showFor, standingAt, STEP_MS, travellingAt, TRAVEL_MS } from '../../src/game/firm/model';

const level = firmSchemas().FirmLevel.parse(JSON.parse(readFileSync('levels/firm.json', 'utf8')));
const ids = level.institutions.map((i) => i.id);
const centre = level.institutions.find((i) => i.centre)!.id;

const inside = (b: Box, w: number, h: number) => b.x >= -1e-6 && b.y >= -1e-6 && b.x + b.w <= w + 1e-6 && b.y + b.h <= h + 1e-6;
const apart = (a: Box, b: Box) => a.x + a.w <= b.x + 1e-6 || b.x + b.w <= a.x + 1e-6 || a.y + a.h <= b.y + 1e-6 || b.y + b.h <= a.y + 1e-6;

describe('the firm stage layout', () => {
  it('keeps every institution, bay, plaque and travel icon on the stage and apart, at any size (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 2560 }), fc.integer({ min: 110, max: 1440 }), fc.integer({ min: 1, max: 12 }), (w, h, ops) => {
        const l = firmLayout(w, h, ids, centre, ops);
        expect(l.nodes).toHaveLength(ids.length);
        expect(l.nodes[0]!.id).toBe(centre);
        for (const [i, n] of l.nodes.entries()) {
          expect(n.x - n.r).toBeGreaterThanOrEqual(-1e-6);
          expect(n.x + n.r).toBeLessThanOrEqual(w + 1e-6);
          expect(n.y - n.r).toBeGreaterThanOrEqual(-1e-6);
          // The ring sits above the building.
          expect(n.y + n.r).toBeLessThanOrEqual(l.roof.y + 1e-6);
          for (const o of l.nodes.slice(i + 1)) expect(Math.hypot(n.x - o.x, n.y - o.y)).toBeGreaterThan(Math.max(n.r, o.r));
        }
        expect(l.bays).toHaveLength(ops);
        for (const [i, b] of l.bays.entries()) {
          expect(b.w).toBeGreaterThan(0);
          expect(b.x).toBeGreaterThanOrEqual(l.facade.x - 1e-6);
          expect(b.x + b.w).toBeLessThanOrEqual(l.facade.x + l.facade.w + 1e-6);
          expect(b.y + b.h).toBeLessThanOrEqual(l.facade.y + l.facade.h + 1e-6);
          for (const o of l.bays.slice(i + 1)) expect(apart(b, o)).toBe(true);
        }
        expect(inside(l.roof, w, h)).toBe(true);
        expect(l.facade.y + l.facade.h).toBeLessThanOrEqual(h + 1e-6);
        expect(inside(l.plaque, w, h)).toBe(true);
        for (const t of l.travel) {
          expect(t.x).toBeGreaterThanOrEqual(l.facade.x + l.facade.w - 1e-6);
          expect(t.x + t.w).toBeLessThanOrEqual(w + 1e-6);
          expect(t.y + t.h).toBeLessThanOrEqual(h + 1e-6);
        }
        for (const [i, m] of l.meters.entries()) {
          expect(m.x).toBeGreaterThanOrEqual(l.roof.x - 1e-6);
          expect(m.x + m.w).toBeLessThanOrEqual(l.roof.x + l.roof.w + 1e-6);
          if (i === 0) expect(m.x).toBeGreaterThanOrEqual(l.plaque.x + l.plaque.w);
        }
        expect(l.font).toBeGreaterThanOrEqual(9);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('switches to a compact map on a phone strip, with names left to the panel', () => {
    const phone = firmLayout(390, 150, ids, centre, 8);
    expect(phone.compact).toBe(true);
    expect(phone.labelW).toBe(0);
    expect(phone.meters).toHaveLength(0);
    const laptop = firmLayout(743, 658, ids, centre, 8);
    expect(laptop.compact).toBe(false);
    expect(laptop.meters).toHaveLength(5);
    expect(laptop.labelW).toBeGreaterThan(70);
  });

  it('spaces the ring evenly along its outline, clockwise from the top', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 16 }), fc.integer({ min: 40, max: 800 }), fc.integer({ min: 20, max: 400 }), (n, rx, ry) => {
        const pts = ringPoints(0, 0, rx, ry, n);
        expect(pts).toHaveLength(n);
        expect(pts[0]!.x).toBeCloseTo(0, 0);
        expect(pts[0]!.y).toBeCloseTo(-ry, 0);
        // Clockwise: the second point lies to the right of the first.
        if (n >= 3) expect(pts[1]!.x).toBeGreaterThan(pts[0]!.x);
        // Equal arcs: measure each point's distance along the outline, from the top, clockwise.
        const N = 4000;
        const along: number[] = [];
        let d = 0;
        let prev = { x: 0, y: -ry };
        const samples = Array.from({ length: N + 1 }, (_, i) => {
          const a = -Math.PI / 2 + (i / N) * Math.PI * 2;
          const p = { x: rx * Math.cos(a), y: ry * Math.sin(a) };
          d += Math.hypot(p.x - prev.x, p.y - prev.y);
          prev = p;
          return { ...p, d };
        });
        for (const p of pts) along.push(samples.reduce((best, q) => (Math.hypot(q.x - p.x, q.y - p.y) < Math.hypot(best.x - p.x, best.y - p.y) ? q : best)).d);
        const arc = d / n;
        along.forEach((a, i) => expect(Math.abs(a - i * arc)).toBeLessThan(arc * 0.05 + 2));
      }),
      { seed: 7, numRuns: 60 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

/** Play a short or full week through the rules, picking options from `picks` (or moving on). */
function play(seed: number, route: 'short' | 'full', picks: readonly number[], stop: (r: FirmRun) => boolean = () => false): FirmRun[] {
  let run = createRun(level, seed, route);
  const seen: FirmRun[] = [run];
  for (let i = 0; i < 200 && run.phase !== 'debrief' && !stop(run); i++) {
    const advance = firmRole.advance(level, run);
    const decision = firmRole.decision(level, run);
    const action: FirmAction | null = advance ?? decision?.options[(picks[i % picks.length] ?? 0) % decision.options.length]?.action ?? null;
    if (!action) break;
    const r = step(level, run, action);
    expect(r.ok).toBe(true);
    run = r.run;
    seen.push(run);
  }
  return seen;
}

describe('the shows the stage and the panel play in step', () => {
  it('end where the run stands, start where it stood, and only send a listing along a line already lit (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 30 - 1 }), fc.constantFrom<'short' | 'full'>('short', 'full'), fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), (seed, route, picks) => {
        const runs = play(seed, route, picks);
        runs.forEach((run, k) => {
          const show = showFor(level, run);
          for (let i = 1; i < show.moves.length; i++) expect(show.moves[i]!.at).toBeGreaterThanOrEqual(show.moves[i - 1]!.at);
          expect(show.length).toBe(show.moves.length ? show.moves[show.moves.length - 1]!.at : 0);
          const end = standingAt(show, Infinity);
          expect(end.landed).toBe(show.moves.length);
          if (run.phase !== 'reveal') {
            // At the end of a show, the map is the run's own state.
            expect([...end.listed.keys()].sort()).toEqual([...new Set(run.penalties.map((p) => p.institution))].sort());
            expect([...end.closed.keys()].sort()).toEqual([...closedOperations(run.penalties).keys()].sort());
            expect(end.travelBanned).toBe(run.penalties.some((p) => p.travel));
          }
          if (run.phase === 'quarter' && k > 0) {
            // Before it, the map is what stood before the quarter closed.
            const before = runs[k - 1]!;
            const start = standingAt(show, -1);
            expect([...start.listed.keys()].sort()).toEqual([...new Set(before.penalties.map((p) => p.institution))].sort());
          }
          // A listing travels from an institution that already lists the firm (or from the firm itself).
          for (const m of show.moves) {
            if (m.kind !== 'list' || m.from === null) continue;
            const then = standingAt(show, m.at - 1);
            expect(then.listed.has(m.from), `${m.from} lists before ${m.institution}`).toBe(true);
          }
        });
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('moves one step every STEP_MS, each travelling for TRAVEL_MS before it lands', () => {
    const runs = play(0x2a, 'short', [0], (r) => r.phase === 'quarter' && r.log[r.log.length - 1]?.error !== null);
    const run = runs[runs.length - 1]!;
    expect(run.phase).toBe('quarter');
    const show = showFor(level, run);
    expect(show.moves.length).toBeGreaterThanOrEqual(3);
    show.moves.forEach((m, i) => expect(m.at).toBe((i + 1) * STEP_MS));
    const first = show.moves[0]!;
    expect(first.from).toBeNull();
    expect(travellingAt(show, first.at - TRAVEL_MS / 2)?.move).toBe(first);
    expect(travellingAt(show, first.at - TRAVEL_MS / 2)?.progress).toBeCloseTo(0.5);
    expect(travellingAt(show, first.at + 1)).toBeNull();
    // Halfway through, some institutions list the firm and some do not yet.
    const mid = standingAt(show, show.length / 2);
    expect(mid.listed.size).toBeGreaterThan(0);
    expect(mid.listed.size).toBeLessThan(standingAt(show, Infinity).listed.size);
    expect([...mid.order.values()].sort((a, b) => a - b)).toEqual(Array.from({ length: mid.order.size }, (_, i) => i + 1));
  });

  it('replays the error from nothing in the reveal, and counts what each operation lost', () => {
    const runs = play(0x2a, 'short', [0]);
    const run = runs[runs.length - 1]!;
    const replay = runs.find((r) => r.phase === 'reveal' && r.beat === 0)!;
    const show = showFor(level, replay);
    expect(show.key).toBe('replay');
    expect(standingAt(show, -1).listed.size).toBe(0);
    expect(standingAt(show, Infinity).listed.size).toBe(show.moves.length);
    const lost = losses(level, run);
    for (const [op, loss] of lost) {
      const perQuarter = level.operations.find((o) => o.id === op)!.loss.perQuarter;
      expect(loss.lost).toBe(loss.quarters * perQuarter);
      expect(loss.quarters).toBeGreaterThan(0);
      expect(loss.quarters).toBeLessThanOrEqual(run.quarters.length);
    }
  });

  it('gives the careful and the careless firm on one seed different shows', () => {
    const carefulSplit = (r: FirmRun) => presetSplit(level.budget.presets.find((p) => p.id === (r.penalties.some((p) => p.cause === 'error') ? 'appeal' : 'steady'))!.weights, r.budget);
    const playWith = (careful: boolean) => {
      let run = createRun(level, 0x2a, 'short');
      const act = (a: FirmAction) => {
        const r = step(level, run, a);
        expect(r.ok).toBe(true);
        run = r.run;
      };
      act({ type: 'pick', profile: 'mingtu' });
      const keys: string[] = [];
      while (run.phase !== 'debrief') {
        if (run.phase === 'budget') act({ type: 'budget', split: careful ? carefulSplit(run) : { ...carefulSplit(run), compliance: run.budget, paperwork: 0, training: 0, inspectors: 0, appeals: 0 } });
        else if (run.phase === 'events') {
          const id = pending(level, run);
          const options = firmRole.decision(level, run)?.options ?? [];
          if (id === null) act({ type: 'closeQuarter' });
          else act((careful ? options[0] : options[options.length - 1])!.action);
        } else {
          keys.push(`${showFor(level, run).key}:${showFor(level, run).moves.length}`);
          act(firmRole.advance(level, run)!);
        }
      }
      return keys;
    };
    expect(playWith(true)).not.toEqual(playWith(false));
  });
});
