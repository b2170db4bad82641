/**
 * The Village Ledger: the rules, with no drawing and no DOM.
 * A run is plain data (seed, route, plan and choices); every change goes through step().
 */
import { createRng, shuffled } from '../rng';
import type { Deed, VillageLevel, Villager } from '../schema';

export type Route = 'full' | 'short';
export type Phase = 'day' | 'board' | 'reveal' | 'cities' | 'debrief';

export type Choice = { kind: 'points'; points: number } | { kind: 'decline' };

export interface VillageRun {
  readonly seed: number;
  readonly route: Route;
  /** Deed ids for each day of the route, in the order they arrive. */
  readonly plan: readonly (readonly string[])[];
  /** Day ids of the route, parallel to plan. */
  readonly dayIds: readonly string[];
  readonly dayIndex: number;
  readonly phase: Phase;
  readonly choices: Readonly<Record<string, Choice>>;
}

export type VillageAction =
  | { type: 'score'; deedId: string; points: number }
  | { type: 'decline'; deedId: string }
  | { type: 'closeDay' }
  | { type: 'nextDay' }
  | { type: 'toCities' }
  | { type: 'toDebrief' };

export type StepResult = { ok: true; run: VillageRun } | { ok: false; run: VillageRun; reason: StepError };
export type StepError = 'wrong-phase' | 'not-today' | 'already-decided' | 'not-an-option' | 'day-unfinished' | 'last-day';

/** Lay out which deeds arrive on which day, from the seed. */
export function planRun(level: VillageLevel, seed: number, route: Route): { dayIds: string[]; plan: string[][] } {
  const rng = createRng(seed);
  const days = new Map(level.days.map((d) => [d.id, d]));
  const dayIds = level.routes[route].slice();
  const plan = dayIds.map((id) => {
    const day = days.get(id);
    if (!day) throw new Error(`route ${route} names unknown day ${id}`);
    const extras = shuffled(day.extras, rng).slice(0, day.extrasCount);
    return shuffled([...day.deeds, ...extras], rng);
  });
  return { dayIds, plan };
}

export function createRun(level: VillageLevel, seed: number, route: Route): VillageRun {
  const { dayIds, plan } = planRun(level, seed, route);
  return { seed, route, plan, dayIds, dayIndex: 0, phase: 'day', choices: {} };
}

export function todaysDeeds(run: VillageRun): readonly string[] {
  return run.plan[run.dayIndex] ?? [];
}

/** The next deed of today still waiting for a decision, if any. */
export function pendingDeed(run: VillageRun): string | undefined {
  return run.phase === 'day' ? todaysDeeds(run).find((id) => !(id in run.choices)) : undefined;
}

export function isLastDay(run: VillageRun): boolean {
  return run.dayIndex >= run.plan.length - 1;
}

export function step(level: VillageLevel, run: VillageRun, action: VillageAction): StepResult {
  const fail = (reason: StepError): StepResult => ({ ok: false, run, reason });
  const ok = (next: Partial<VillageRun>): StepResult => ({ ok: true, run: { ...run, ...next } });
  switch (action.type) {
    case 'score':
    case 'decline': {
      if (run.phase !== 'day') return fail('wrong-phase');
      if (!todaysDeeds(run).includes(action.deedId)) return fail('not-today');
      if (action.deedId in run.choices) return fail('already-decided');
      let choice: Choice;
      if (action.type === 'score') {
        if (!allowedPoints(level, action.deedId).includes(action.points)) return fail('not-an-option');
        choice = { kind: 'points', points: action.points };
      } else {
        choice = { kind: 'decline' };
      }
      return ok({ choices: { ...run.choices, [action.deedId]: choice } });
    }
    case 'closeDay':
      if (run.phase !== 'day') return fail('wrong-phase');
      if (pendingDeed(run) !== undefined) return fail('day-unfinished');
      return ok({ phase: 'board' });
    case 'nextDay':
      if (run.phase !== 'board') return fail('wrong-phase');
      if (isLastDay(run)) return ok({ phase: 'reveal' });
      return ok({ phase: 'day', dayIndex: run.dayIndex + 1 });
    case 'toCities':
      if (run.phase !== 'reveal') return fail('wrong-phase');
      return ok({ phase: 'cities' });
    case 'toDebrief':
      if (run.phase !== 'cities') return fail('wrong-phase');
      return ok({ phase: 'debrief' });
  }
}

/** Apply a list of actions from a fresh run; used to restore a saved game. Fails on the first refused action. */
export function replay(
  level: VillageLevel,
  seed: number,
  route: Route,
  actions: readonly VillageAction[],
): { ok: true; run: VillageRun } | { ok: false; at: number; reason: StepError } {
  let run = createRun(level, seed, route);
  for (let i = 0; i < actions.length; i++) {
    const r = step(level, run, actions[i] as VillageAction);
    if (!r.ok) return { ok: false, at: i, reason: r.reason };
    run = r.run;
  }
  return { ok: true, run };
}

/** The point values the scorer may give this deed: the level's options plus whatever pressure asks for. */
export function allowedPoints(level: VillageLevel, deedId: string): number[] {
  const deed = level.deeds.find((d) => d.id === deedId);
  const set = new Set(level.pointOptions);
  if (deed?.pressure) set.add(deed.pressure.asks);
  return [...set].sort((a, b) => a - b);
}

/** Deeds decided so far, up to and including day `throughDay` (default: every day so far). */
export function decidedDeeds(run: VillageRun, throughDay = run.dayIndex): string[] {
  return run.plan.slice(0, throughDay + 1).flat().filter((id) => id in run.choices);
}

export function pointsOf(choice: Choice | undefined): number {
  return choice?.kind === 'points' ? choice.points : 0;
}

/** Each villager's points from the scorer's decisions through a given day. */
export function totals(level: VillageLevel, run: VillageRun, throughDay = run.dayIndex): Map<string, number> {
  const byDeed = new Map(level.deeds.map((d) => [d.id, d]));
  const out = new Map(level.villagers.map((v) => [v.id, 0]));
  for (const id of decidedDeeds(run, throughDay)) {
    const deed = byDeed.get(id) as Deed;
    out.set(deed.villager, (out.get(deed.villager) ?? 0) + pointsOf(run.choices[id]));
  }
  return out;
}

export interface BoardEntry {
  villager: Villager;
  points: number;
  /** Competition ranking: equal points share a rank ("1, 2, 2, 4"). */
  rank: number;
  modelCitizen: boolean;
}

/** The village board: everyone, highest first; ties keep the level's order. The top ranks with points become model citizens. */
export function ranking(level: VillageLevel, points: Map<string, number>): BoardEntry[] {
  const order = level.villagers.map((v, i) => ({ v, i, p: points.get(v.id) ?? 0 }));
  order.sort((a, b) => b.p - a.p || a.i - b.i);
  let rank = 0;
  return order.map((e, idx) => {
    const prev = order[idx - 1];
    if (!prev || prev.p !== e.p) rank = idx + 1;
    return { villager: e.v, points: e.p, rank, modelCitizen: rank <= level.board.modelCitizens && e.p > 0 };
  });
}

export function boardAfterDay(level: VillageLevel, run: VillageRun, day = run.dayIndex): BoardEntry[] {
  return ranking(level, totals(level, run, day));
}

/**
 * The board as it hangs in the village: it is updated only when a day closes, so during a day it
 * still shows the day before (and before the first day, everyone at zero).
 */
export function postedBoard(level: VillageLevel, run: VillageRun): BoardEntry[] {
  const lastClosed = run.phase === 'day' ? run.dayIndex - 1 : run.dayIndex;
  return lastClosed >= 0 ? boardAfterDay(level, run, lastClosed) : ranking(level, new Map());
}

/** How each villager moved on the board since the day before (positive: up). */
export function rankChanges(level: VillageLevel, run: VillageRun, day = run.dayIndex): Map<string, number> {
  const now = boardAfterDay(level, run, day);
  const out = new Map<string, number>();
  if (day === 0) {
    now.forEach((e) => out.set(e.villager.id, 0));
    return out;
  }
  const before = new Map(boardAfterDay(level, run, day - 1).map((e) => [e.villager.id, e.rank]));
  now.forEach((e) => out.set(e.villager.id, (before.get(e.villager.id) ?? e.rank) - e.rank));
  return out;
}
