/**
 * The firm's rules through step(): refusals, the budget and its presets, lists and their monotony,
 * appeals that lift exactly the error's penalties, grades that follow the thresholds, travel bans
 * only from court orders, and runs that replay identically.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLevel } from '../../src/core/validate';
import { firmRole, decision } from '../../src/core/firm/role';
import {
  BEATS, blacklist, closedOperations, createRun, gradeOf, liftCause, listCost, pending, presetSplit, replay, scoreOf, splitTotal, step,
  type Cause, type FirmAction, type FirmRun, type Penalty, type Split,
} from '../../src/core/firm/rules';
import { BUDGET_LINES, type FirmLevel, type Profile } from '../../src/core/firm/schema';
import raw from '../../levels/firm.json';

const parsed = parseLevel([firmRole], raw, 'levels/firm.json');
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const level = parsed.level as FirmLevel;
const RUNS = { seed: 42, numRuns: 200 };
const profile = (id: string) => level.profiles.find((p) => p.id === id) as Profile;

function must(run: FirmRun, action: FirmAction): FirmRun {
  const r = step(level, run, action);
  if (!r.ok) throw new Error(`refused ${JSON.stringify(action)}: ${r.reason}`);
  return r.run;
}

/** Play to the debrief, taking option `pick(n)` of every decision (n options) and advancing otherwise. */
function playBy(route: 'full' | 'short', seed: number, pick: (n: number, id: string) => number): { run: FirmRun; actions: FirmAction[] } {
  let run = firmRole.create(level, seed, route);
  const actions: FirmAction[] = [];
  for (let guard = 0; guard < 500 && run.phase !== 'debrief'; guard++) {
    const d = decision(level, run);
    const action = d ? (d.options[pick(d.options.length, d.id) % d.options.length]?.action as FirmAction) : firmRole.advance(level, run);
    if (!action) throw new Error(`stuck in ${run.phase}`);
    actions.push(action);
    run = must(run, action);
  }
  return { run, actions };
}

describe('starting and refusing', () => {
  it('starts on the choice of firm, with one option per profile', () => {
    const run = createRun(level, 1, 'full');
    expect(firmRole.phase(run)).toBe('profile');
    const d = decision(level, run);
    expect(d?.id).toBe('profile');
    expect(d?.options.map((o) => o.id)).toEqual(level.profiles.map((p) => p.id));
    expect(firmRole.progress(level, run)).toEqual({ unit: 'quarter', index: 1, total: 6 });
    expect(firmRole.progress(level, createRun(level, 1, 'short'))).toEqual({ unit: 'quarter', index: 1, total: 3 });
    expect(firmRole.advance(level, run)).toBeNull();
  });

  it('refuses actions out of turn with a reason and leaves the run untouched', () => {
    const run = createRun(level, 3, 'short');
    const refused = (r: FirmRun, a: FirmAction, reason: string) => {
      const res = step(level, r, a);
      expect(res).toMatchObject({ ok: false, reason });
      expect(res.run).toBe(r);
    };
    refused(run, { type: 'pick', profile: 'acme' }, 'unknown-profile');
    refused(run, { type: 'closeQuarter' }, 'wrong-phase');
    refused(run, { type: 'nextBeat' }, 'wrong-phase');
    const picked = must(run, { type: 'pick', profile: 'mingtu' });
    refused(picked, { type: 'pick', profile: 'mingtu' }, 'wrong-phase');
    const ok: Split = { compliance: 2, paperwork: 2, training: 2, inspectors: 2, appeals: 2 };
    refused(picked, { type: 'budget', split: { ...ok, appeals: 3 } }, 'bad-split');
    refused(picked, { type: 'budget', split: { ...ok, appeals: 1 } }, 'bad-split');
    refused(picked, { type: 'budget', split: { ...ok, compliance: -1, appeals: 5 } }, 'bad-split');
    refused(picked, { type: 'budget', split: { ...ok, compliance: 1.5, appeals: 2.5 } }, 'bad-split');
    refused(picked, { type: 'answer', event: 'inspection', option: 'receive' }, 'wrong-phase');
    const budgeted = must(picked, { type: 'budget', split: ok });
    expect(budgeted.preset).toBeNull();
    refused(budgeted, { type: 'closeQuarter' }, 'decisions-left');
    refused(budgeted, { type: 'answer', event: 'fine', option: 'pay' }, 'not-pending');
    refused(budgeted, { type: 'answer', event: 'inspection', option: 'bribe' }, 'unknown-option');
    refused(budgeted, { type: 'appeal', choice: 'contest' }, 'not-pending');
    refused(budgeted, { type: 'nextQuarter' }, 'wrong-phase');
  });

  it('accepts exactly the actions it offers (the saved-game schema)', () => {
    const { actions } = playBy('full', 9, (n) => n - 1);
    for (const a of actions) expect(firmRole.actionSchema.safeParse(a).success, JSON.stringify(a)).toBe(true);
    expect(firmRole.actionSchema.safeParse({ type: 'closeQuarter', extra: 1 }).success).toBe(false);
    expect(firmRole.actionSchema.safeParse({ type: 'budget', split: { compliance: 10 } }).success).toBe(false);
    expect(firmRole.actionSchema.safeParse({ type: 'pick', profile: 'x'.repeat(61) }).success).toBe(false);
  });
});

describe('the budget', () => {
  it('turns a preset into whole units summing to any budget (property)', () => {
    const w = fc.integer({ min: 0, max: 9 });
    fc.assert(
      fc.property(fc.record({ compliance: w, paperwork: w, training: w, inspectors: w, appeals: w }), fc.integer({ min: 1, max: 40 }), (weights, budget) => {
        fc.pre(BUDGET_LINES.some((l) => weights[l] > 0));
        const split = presetSplit(weights, budget);
        expect(splitTotal(split)).toBe(budget);
        const total = BUDGET_LINES.reduce((s, l) => s + weights[l], 0);
        for (const l of BUDGET_LINES) {
          expect(Number.isInteger(split[l])).toBe(true);
          expect(Math.abs(split[l] - (weights[l] * budget) / total)).toBeLessThan(1);
          if (weights[l] === 0) expect(split[l]).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it('offers at most four presets, each a valid split of this quarter’s budget', () => {
    const { run } = playBy('full', 5, () => 0);
    expect(run.phase).toBe('debrief');
    let r = createRun(level, 5, 'full');
    r = must(r, { type: 'pick', profile: 'qingshao' });
    const d = decision(level, r);
    expect(d?.id).toBe('budget-q1');
    expect(d?.options.length).toBeLessThanOrEqual(4);
    for (const o of d?.options ?? []) {
      expect(o.action.type).toBe('budget');
      if (o.action.type === 'budget') expect(splitTotal(o.action.split)).toBe(r.budget);
      expect(must(r, o.action).preset).toBe(o.id);
    }
  });

  it('shrinks next quarter’s budget by fines and measures, never below the minimum', () => {
    let run = must(createRun(level, 2, 'short'), { type: 'pick', profile: 'mingtu' });
    run = must(run, { type: 'budget', split: { compliance: 10, paperwork: 0, training: 0, inspectors: 0, appeals: 0 } });
    run = must(run, { type: 'answer', event: 'inspection', option: 'postpone' });
    run = must(run, { type: 'closeQuarter' });
    const log = run.log[0]!;
    expect(log.grade).toBe('poor');
    run = must(run, { type: 'nextQuarter' });
    const audit = level.grades[3]!.effects.find((e) => e.kind === 'audit')!;
    expect(run.budget).toBe(Math.max(level.budget.minimum, level.budget.perQuarter - audit.units!.n));
    expect(run.events[0]).toBe('audit');
  });
});

/** Random blacklists: an origin and a cause each. */
const blacklists = fc.array(
  fc.record({ origin: fc.constantFrom(...level.institutions.map((i) => i.id)), cause: fc.constantFrom<Cause>('error', 'grade', 'court') }),
  { maxLength: 6 },
);

function apply(p: Profile, list: { origin: string; cause: Cause }[], start: readonly Penalty[] = []): Penalty[] {
  let penalties = start.slice();
  list.forEach((b, i) => {
    penalties = blacklist(level, p, penalties, b.origin, b.cause, i).penalties;
  });
  return penalties;
}

describe('lists', () => {
  it('adding a blacklist never reduces the penalties (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...level.profiles), blacklists, fc.constantFrom(...level.institutions.map((i) => i.id)), fc.constantFrom<Cause>('error', 'grade'), fc.integer({ min: 0, max: 100 }), (p, list, origin, cause, own) => {
        const before = apply(p, list);
        const after = blacklist(level, p, before, origin, cause, 9).penalties;
        expect(after.slice(0, before.length)).toEqual(before);
        const closedBefore = closedOperations(before);
        const closedAfter = closedOperations(after);
        for (const [op, causes] of closedBefore) expect(closedAfter.get(op)).toEqual(expect.arrayContaining(causes));
        expect(listCost(after)).toBeLessThanOrEqual(listCost(before));
        expect(scoreOf(own, after)).toBeLessThanOrEqual(scoreOf(own, before));
      }),
      RUNS,
    );
  });

  it('a lifted cause removes every penalty of that cause and nothing else (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...level.profiles), blacklists, fc.constantFrom<Cause>('error', 'grade', 'court'), (p, list, cause) => {
        const penalties = apply(p, list);
        const { penalties: left, lifted } = liftCause(penalties, cause, 7);
        expect(left).toEqual(penalties.filter((x) => x.cause !== cause));
        expect(lifted.map(({ until, ...rest }) => (expect(until).toBe(7), rest))).toEqual(penalties.filter((x) => x.cause === cause));
      }),
      RUNS,
    );
  });

  it('ends on any "who honours whom" network among the level’s institutions, cycles included (property)', () => {
    const ids = level.institutions.map((i) => i.id);
    const honours = fc.array(fc.constantFrom(...ids), { maxLength: ids.length });
    fc.assert(
      fc.property(fc.array(honours, { minLength: ids.length, maxLength: ids.length }), fc.constantFrom(...ids), (edges, origin) => {
        const network = level.institutions.map((inst, i) => ({ ...inst, honours: [...new Set(edges[i])].filter((h) => h !== inst.id) }));
        const variant = { ...level, institutions: network };
        const res = firmRole.levelSchema.safeParse(JSON.parse(JSON.stringify({ ...raw, institutions: (raw as typeof raw).institutions.map((inst, i) => ({ ...inst, honours: network[i]!.honours })) })));
        // The court order needs transport to honour the court; any other network, cyclic or not, is a valid level.
        const transportHonoursCourt = network.find((n) => n.id === level.courtOrder.honouredBy)!.honours.includes(level.courtOrder.institution);
        expect(res.success).toBe(transportHonoursCourt);
        const { added } = blacklist(variant, profile('mingtu'), [], origin, 'error', 0);
        expect(new Set(added.map((a) => a.institution)).size).toBe(added.length);
        expect(added[0]?.institution).toBe(origin);
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});

describe('grades', () => {
  it('follow the level’s thresholds for every score', () => {
    for (let score = 0; score <= 100; score++) {
      const g = gradeOf(level.grades, score);
      const i = level.grades.indexOf(g);
      expect(score).toBeGreaterThanOrEqual(g.threshold.min);
      if (i > 0) expect(score).toBeLessThan(level.grades[i - 1]!.threshold.min);
    }
    expect(gradeOf(level.grades, 85).id).toBe('excellent');
    expect(gradeOf(level.grades, 84).id).toBe('good');
    expect(gradeOf(level.grades, 50).id).toBe('medium');
    expect(gradeOf(level.grades, 49).id).toBe('poor');
  });

  it('follow any thresholds in order (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 3, maxLength: 3 }), fc.integer({ min: 0, max: 100 }), (mins, score) => {
        const sorted = [...mins.sort((a, b) => b - a), 0].map((min, i) => ({ id: i, threshold: { min } }));
        const g = gradeOf(sorted, score);
        expect(score).toBeGreaterThanOrEqual(g.threshold.min);
        expect(sorted.slice(0, g.id).every((h) => score < h.threshold.min)).toBe(true);
      }),
      RUNS,
    );
  });

  it('every closed quarter’s grade is the grade of its score', () => {
    for (const seed of [1, 2, 3]) {
      const { run } = playBy('full', seed, (n, id) => (id.length * 7 + seed) % n);
      for (const q of run.log) expect(q.grade).toBe(gradeOf(level.grades, q.score).id);
    }
  });
});

describe('the human error, appeals and court orders', () => {
  it('every seed of both routes records the error, for every firm, whatever the choices (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.constantFrom('full' as const, 'short' as const), fc.array(fc.nat(5), { minLength: 40, maxLength: 40 }), (seed, route, picks) => {
        let k = 0;
        const { run } = playBy(route, seed, (n) => (picks[k++ % picks.length] as number) % n);
        const landed = run.log.filter((q) => q.error !== null);
        expect(landed).toHaveLength(1);
        expect(landed[0]!.quarter).toBe(level.routes[route].errorAt);
        const steps = landed[0]!.cascades.find((c) => c.cause === 'error')!.steps;
        expect(steps[0]!.institution).toBe(level.humanError.find((e) => e.id === run.error)!.institution);
        expect(steps.length).toBeGreaterThanOrEqual(5);
        expect(profile(run.profile!).categories).toContain(level.humanError.find((e) => e.id === run.error)!.category);
      }),
      { seed: 42, numRuns: 120 },
    );
  });

  it('a successful appeal lifts every penalty from the error and leaves the court order standing', () => {
    // Full route: the fine ignored twice (court order at the end of q3, with the error), then an appeal from q4.
    const answers: Record<string, string> = { inspection: 'receive', supplier: 'keep', fine: 'ignore', 'fine-reminder': 'ignore', trip: 'train' };
    let run = must(createRun(level, 11, 'full'), { type: 'pick', profile: 'mingtu' });
    const appealPreset = level.budget.presets.find((p) => p.id === 'appeal')!;
    let before: FirmRun | null = null;
    while (run.phase !== 'reveal') {
      if (run.phase === 'budget') {
        const errorOpen = run.penalties.some((p) => p.cause === 'error');
        run = must(run, { type: 'budget', split: errorOpen ? presetSplit(appealPreset.weights, run.budget) : presetSplit(level.budget.presets[0]!.weights, run.budget) });
      } else if (run.phase === 'events') {
        const id = pending(level, run);
        if (id === 'appeal') run = must(run, { type: 'appeal', choice: 'contest' });
        else if (id) run = must(run, { type: 'answer', event: id, option: answers[id] ?? level.events.find((e) => e.id === id)!.options![0]!.id });
        else {
          before = run;
          run = must(run, { type: 'closeQuarter' });
          if (run.log.at(-1)!.restored) break;
        }
      } else run = must(run, { type: 'nextQuarter' });
    }
    const log = run.log.at(-1)!;
    expect(log.restored).toBe(true);
    expect(log.quarter).toBe('q5');
    const errorBefore = before!.penalties.filter((p) => p.cause === 'error');
    expect(errorBefore.length).toBeGreaterThan(5);
    expect(run.penalties.filter((p) => p.cause === 'error')).toEqual([]);
    expect(log.lifted.filter((p) => p.cause === 'error').map(({ until: _u, ...p }) => p)).toEqual(errorBefore);
    // Nothing else: the court order (another cause) stands exactly as it was.
    const others = before!.penalties.filter((p) => p.cause !== 'error');
    expect(others.map((p) => p.cause)).toEqual(['court', 'court']);
    expect(others.some((p) => p.travel)).toBe(true);
    expect(run.penalties).toEqual(others);
    expect(log.lifted.every((p) => p.cause === 'error')).toBe(true);
  });

  it('an appeal without enough units, or filed too late, stays pending', () => {
    // Option 0 everywhere: the appeal is contested, but every budget is "a bit of everything", with no appeal units.
    const { run } = playBy('short', 4, () => 0);
    expect(run.appeal).not.toBeNull();
    expect(run.appeal!.units).toBe(0);
    expect(run.appeal!.restoredAt).toBeNull();
    expect(run.penalties.some((p) => p.cause === 'error')).toBe(true);
  });

  it('travel bans come only from a court order, never from the score or the error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.array(fc.nat(5), { minLength: 30, maxLength: 30 }), (seed, picks) => {
        let k = 0;
        const { run } = playBy('full', seed, (n) => (picks[k++ % picks.length] as number) % n);
        for (const p of [...run.penalties, ...run.lifted]) {
          if (p.travel) expect(p.cause).toBe('court');
          if (p.cause === 'court') expect(p.cost).toBe(0);
        }
        const imposed = run.log.filter((q) => q.court === 'imposed');
        expect(imposed.length).toBe(run.court ? 1 : 0);
        if (run.court) {
          const ignored = run.log.flatMap((q) => q.records).some((r) => r.event === 'fine-reminder' && r.option === 'ignore');
          expect(ignored).toBe(true);
        }
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});

describe('replaying', () => {
  it('the same seed and choices give the same run (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.constantFrom('full' as const, 'short' as const), fc.array(fc.nat(5), { minLength: 20, maxLength: 20 }), (seed, route, picks) => {
        let k = 0;
        const { run, actions } = playBy(route, seed, (n) => (picks[k++ % picks.length] as number) % n);
        const again = replay(level, seed, route, actions);
        expect(again.ok).toBe(true);
        if (again.ok) expect(again.run).toEqual(run);
        expect(run.phase).toBe('debrief');
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('a reveal has one beat per step, then the debrief', () => {
    const { actions } = playBy('short', 8, () => 0);
    expect(actions.filter((a) => a.type === 'nextBeat')).toHaveLength(BEATS.length);
    let at = createRun(level, 8, 'short');
    for (const a of actions.slice(0, actions.length - BEATS.length)) at = must(at, a);
    expect(firmRole.phase(at)).toBe('reveal');
    expect(at.beat).toBe(0);
    expect(decision(level, at)).toBeNull();
    expect(firmRole.advance(level, at)).toEqual({ type: 'nextBeat' });
    for (let b = 1; b < BEATS.length; b++) {
      at = must(at, { type: 'nextBeat' });
      expect(at.beat).toBe(b);
      expect(firmRole.phase(at)).toBe('reveal');
    }
    at = must(at, { type: 'nextBeat' });
    expect(firmRole.phase(at)).toBe('debrief');
    expect(firmRole.advance(level, at)).toBeNull();
  });
});
