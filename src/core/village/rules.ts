/**
 * The Village Ledger: the rules, with no drawing and no DOM.
 *
 * A run is plain data: the seed's picks for every day, the days as they actually arrived (with
 * follow-up cards and scenes), and the scorer's choices in order. Everything else (the board, what
 * each villager remembers, which events fire) is derived from those by pure functions, so a saved
 * game is just the action list, replayed.
 */
import { createRng, shuffled } from '../rng';
import type { Route } from '../role';
import type { Condition, Deed, FollowUp, Reaction, VillageLevel, Villager } from './schema';

export type { Route };
export type Phase = 'intro' | 'day' | 'board' | 'reveal' | 'cities' | 'debrief';

/** The beats of the reveal, stepped through one at a time with `nextBeat`. */
export const REVEAL_BEATS = ['values', 'reranked', 'model', 'pressures'] as const;
export type RevealBeat = (typeof REVEAL_BEATS)[number];

/**
 * One decision: points from the grid, "Do as asked" (records what the favour asked), or decline.
 * `points` is what the ledger records (0 when declined).
 */
export interface Choice {
  readonly deedId: string;
  readonly day: number;
  readonly kind: 'points' | 'favour' | 'decline';
  readonly points: number;
}

export interface DayPlan {
  readonly id: string;
  /** Deed ids in the order they arrive (follow-up cards first). */
  readonly deeds: readonly string[];
  /** Events whose card arrived this morning. */
  readonly cards: readonly string[];
  /** Deeds the seed picked for this day that did not arrive: the person who would have told you stopped reporting. */
  readonly dropped: readonly string[];
  /** Events shown on the board when this day closed (empty until it closes). */
  readonly scenes: readonly string[];
}

export interface VillageRun {
  readonly seed: number;
  readonly route: Route;
  readonly phase: Phase;
  readonly dayIndex: number;
  /** Index into REVEAL_BEATS while in the reveal. */
  readonly beat: number;
  /** Day ids of the route. */
  readonly dayIds: readonly string[];
  /** The seed's picks for each day of the route, before follow-ups. */
  readonly baseline: readonly (readonly string[])[];
  /** The days reached so far, as they arrived. */
  readonly days: readonly DayPlan[];
  readonly choices: readonly Choice[];
}

export type VillageAction =
  | { type: 'begin' }
  | { type: 'score'; deedId: string; points: number }
  | { type: 'favour'; deedId: string }
  | { type: 'decline'; deedId: string }
  | { type: 'closeDay' }
  | { type: 'nextDay' }
  | { type: 'nextBeat' };

export type StepError = 'wrong-phase' | 'not-today' | 'already-decided' | 'not-an-option' | 'no-favour' | 'day-unfinished';
export type StepResult = { ok: true; run: VillageRun } | { ok: false; run: VillageRun; reason: StepError };

const deedMap = new WeakMap<VillageLevel, Map<string, Deed>>();
/** The level's deeds by id (cached per level object). */
export function deedsById(level: VillageLevel): Map<string, Deed> {
  let m = deedMap.get(level);
  if (!m) {
    m = new Map(level.deeds.map((d) => [d.id, d]));
    deedMap.set(level, m);
  }
  return m;
}
export function deedOf(level: VillageLevel, id: string): Deed {
  const d = deedsById(level).get(id);
  if (!d) throw new Error(`no deed "${id}"`);
  return d;
}
export function villagerOf(level: VillageLevel, id: string): Villager {
  const v = level.villagers.find((x) => x.id === id);
  if (!v) throw new Error(`no villager "${id}"`);
  return v;
}

/** The seed's picks: for each day of the route, the lead deed first, then fixed deeds and draws in a seeded order. */
export function planRun(level: VillageLevel, seed: number, route: Route): { dayIds: string[]; baseline: string[][] } {
  const rng = createRng(seed);
  const days = new Map(level.days.map((d) => [d.id, d]));
  const dayIds = level.routes[route].slice();
  const baseline = dayIds.map((id) => {
    const day = days.get(id);
    if (!day) throw new Error(`route ${route} names unknown day ${id}`);
    const drawn = day.draws.flatMap((d) => shuffled(d.pool, rng).slice(0, d.count));
    return [...(day.lead ? [day.lead] : []), ...shuffled([...day.deeds, ...drawn], rng)];
  });
  return { dayIds, baseline };
}

export function createRun(level: VillageLevel, seed: number, route: Route): VillageRun {
  const { dayIds, baseline } = planRun(level, seed, route);
  const first: DayPlan = { id: dayIds[0] as string, deeds: baseline[0] ?? [], cards: [], dropped: [], scenes: [] };
  return { seed, route, phase: 'intro', dayIndex: 0, beat: 0, dayIds, baseline, days: [first], choices: [] };
}

export function todaysDeeds(run: VillageRun): readonly string[] {
  return run.days[run.dayIndex]?.deeds ?? [];
}

export function choiceFor(run: VillageRun, deedId: string): Choice | undefined {
  return run.choices.find((c) => c.deedId === deedId);
}

/** The next deed of today still waiting for a decision, if any. */
export function pendingDeed(run: VillageRun): string | undefined {
  if (run.phase !== 'day') return undefined;
  return todaysDeeds(run).find((id) => !choiceFor(run, id));
}

export function isLastDay(run: VillageRun): boolean {
  return run.dayIndex >= run.dayIds.length - 1;
}

/** Events that have happened so far (cards that arrived, scenes shown), in order. */
export function firedEvents(run: VillageRun): string[] {
  return run.days.flatMap((d) => [...d.cards, ...d.scenes]);
}

/** Villagers who no longer report their neighbours, because of an event that has happened. */
export function stoppedReporting(level: VillageLevel, run: VillageRun): Set<string> {
  const fired = new Set(firedEvents(run));
  return new Set(level.events.filter((e) => fired.has(e.id) && e.stopsReporting).map((e) => e.stopsReporting as string));
}

export function step(level: VillageLevel, run: VillageRun, action: VillageAction): StepResult {
  const fail = (reason: StepError): StepResult => ({ ok: false, run, reason });
  const ok = (next: Partial<VillageRun>): StepResult => ({ ok: true, run: { ...run, ...next } });
  switch (action.type) {
    case 'begin':
      if (run.phase !== 'intro') return fail('wrong-phase');
      return ok({ phase: 'day' });
    case 'score':
    case 'favour':
    case 'decline': {
      if (run.phase !== 'day') return fail('wrong-phase');
      if (!todaysDeeds(run).includes(action.deedId)) return fail('not-today');
      if (choiceFor(run, action.deedId)) return fail('already-decided');
      const deed = deedOf(level, action.deedId);
      let choice: Choice;
      if (action.type === 'score') {
        if (!level.points.options.includes(action.points)) return fail('not-an-option');
        choice = { deedId: deed.id, day: run.dayIndex, kind: 'points', points: action.points };
      } else if (action.type === 'favour') {
        if (!deed.favour) return fail('no-favour');
        choice = { deedId: deed.id, day: run.dayIndex, kind: 'favour', points: deed.favour.asks };
      } else {
        choice = { deedId: deed.id, day: run.dayIndex, kind: 'decline', points: 0 };
      }
      return ok({ choices: [...run.choices, choice] });
    }
    case 'closeDay': {
      if (run.phase !== 'day') return fail('wrong-phase');
      if (pendingDeed(run) !== undefined) return fail('day-unfinished');
      const scenes = dueEvents(level, run, 'scene', level.followUps.scenesPerBoard);
      const days = run.days.map((d, i) => (i === run.dayIndex ? { ...d, scenes } : d));
      return ok({ phase: 'board', days });
    }
    case 'nextDay': {
      if (run.phase !== 'board') return fail('wrong-phase');
      if (isLastDay(run)) return ok({ phase: 'reveal', beat: 0 });
      const next = run.dayIndex + 1;
      const cards = dueEvents(level, run, 'card', level.followUps.cardsPerDay);
      const stopped = stoppedReporting(level, { ...run, days: [...run.days, { id: '', deeds: [], cards, dropped: [], scenes: [] }] });
      const picks = run.baseline[next] ?? [];
      const silent = (id: string) => {
        const by = deedOf(level, id).reportedBy;
        return by !== undefined && stopped.has(by);
      };
      const cardDeeds = cards.map((id) => level.events.find((e) => e.id === id)?.card as string);
      const plan: DayPlan = {
        id: run.dayIds[next] as string,
        deeds: [...cardDeeds, ...picks.filter((id) => !silent(id))],
        cards,
        dropped: picks.filter(silent),
        scenes: [],
      };
      return ok({ phase: 'day', dayIndex: next, days: [...run.days, plan] });
    }
    case 'nextBeat':
      if (run.phase === 'reveal') return run.beat < REVEAL_BEATS.length - 1 ? ok({ beat: run.beat + 1 }) : ok({ phase: 'cities' });
      if (run.phase === 'cities') return ok({ phase: 'debrief' });
      return fail('wrong-phase');
  }
}

/** The beat of the reveal the run is on, or null outside the reveal. */
export function revealBeat(run: VillageRun): RevealBeat | null {
  return run.phase === 'reveal' ? (REVEAL_BEATS[run.beat] ?? null) : null;
}

// ---------------------------------------------------------------------------------------------
// Follow-up events

/**
 * Events of one kind due now, in level order, at most `cap`: not yet fired and with their condition
 * holding on the week so far. An event never fires twice; one that misses the cap may come later.
 */
export function dueEvents(level: VillageLevel, run: VillageRun, kind: 'card' | 'scene', cap: number): string[] {
  const fired = new Set(firedEvents(run));
  const out: string[] = [];
  for (const e of level.events) {
    if (out.length >= cap) break;
    if (fired.has(e.id) || (kind === 'card' ? !e.card : !e.scene)) continue;
    if (holds(level, run, e.when, fired)) {
      out.push(e.id);
      fired.add(e.id);
    }
  }
  return out;
}

/** Whether a follow-up condition holds on the week so far. */
export function holds(level: VillageLevel, run: VillageRun, c: Condition, fired = new Set(firedEvents(run))): boolean {
  const within = (n: number, lo?: number, hi?: number) => (lo === undefined || n >= lo) && (hi === undefined || n <= hi);
  switch (c.is) {
    case 'all':
      return c.of.every((x) => holds(level, run, x, fired));
    case 'any':
      return c.of.some((x) => holds(level, run, x, fired));
    case 'not':
      return !holds(level, run, c.of, fired);
    case 'given': {
      const ch = choiceFor(run, c.deed);
      return !!ch && ch.kind !== 'decline' && within(ch.points, c.atLeast, c.atMost);
    }
    case 'declined':
      return choiceFor(run, c.deed)?.kind === 'decline';
    case 'favourFollowed':
      return choiceFor(run, c.deed)?.kind === 'favour';
    case 'favourRefused': {
      const ch = choiceFor(run, c.deed);
      return !!ch && ch.kind !== 'favour';
    }
    case 'modelCitizen':
      return standings(level, run).some((e) => e.villager.id === c.villager && e.modelCitizen);
    case 'standing':
      return within(pointsOf(level, run).get(c.villager) ?? 0, c.atLeast, c.atMost);
    case 'grievance':
    case 'gratitude':
      return moodOf(level, run, c.villager) === c.is;
    case 'event':
      return fired.has(c.event);
  }
}

export function eventById(level: VillageLevel, id: string): FollowUp {
  const e = level.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event "${id}"`);
  return e;
}

// ---------------------------------------------------------------------------------------------
// Points and the board

/** Choices made up to and including a day (default: all so far). */
export function choicesThrough(run: VillageRun, day = run.days.length - 1): Choice[] {
  return run.choices.filter((c) => c.day <= day);
}

/** Each villager's points from the scorer's decisions through a day. */
export function pointsOf(level: VillageLevel, run: VillageRun, throughDay?: number): Map<string, number> {
  const out = new Map(level.villagers.map((v) => [v.id, 0]));
  for (const c of choicesThrough(run, throughDay)) {
    const who = deedOf(level, c.deedId).villager;
    out.set(who, (out.get(who) ?? 0) + c.points);
  }
  return out;
}

export interface BoardEntry {
  villager: Villager;
  points: number;
  /** Points taken off, as a positive number. */
  deductions: number;
  /** Place on the board, 1-based; every place is distinct (the tie rule decides). */
  place: number;
  modelCitizen: boolean;
  /** When this villager has the same points as the one just above: what put that one first. */
  tieBrokenBy: 'deductions' | 'order' | null;
}

/** Per villager: the points, the points taken off, and when they were first written in the ledger (choice index). */
export interface Tally {
  points: number;
  deductions: number;
  first: number;
}

export function tallies(level: VillageLevel, choices: readonly Choice[], values?: (c: Choice) => number): Map<string, Tally> {
  const out = new Map(level.villagers.map((v) => [v.id, { points: 0, deductions: 0, first: Infinity }]));
  choices.forEach((c, i) => {
    const t = out.get(deedOf(level, c.deedId).villager);
    if (!t) return;
    const p = values ? values(c) : c.points;
    t.points += p;
    if (p < 0) t.deductions -= p;
    if (c.kind !== 'decline' && t.first === Infinity) t.first = i;
  });
  return out;
}

/**
 * The village board: highest points first. Ties are broken by fewer points taken off, then by
 * who was written in the ledger first (then the level's order). The top `modelCitizens.count`
 * with more than 0 points are model citizens: never more, so "the top three" means three.
 */
export function rankTallies(level: VillageLevel, t: Map<string, Tally>): BoardEntry[] {
  const rows = level.villagers.map((v, i) => ({ v, i, t: t.get(v.id) ?? { points: 0, deductions: 0, first: Infinity } }));
  rows.sort((a, b) => b.t.points - a.t.points || a.t.deductions - b.t.deductions || a.t.first - b.t.first || a.i - b.i);
  let crowned = 0;
  return rows.map((r, idx) => {
    const prev = rows[idx - 1];
    const modelCitizen = r.t.points > 0 && crowned < level.board.modelCitizens.count;
    if (modelCitizen) crowned++;
    let tieBrokenBy: BoardEntry['tieBrokenBy'] = null;
    if (prev && prev.t.points === r.t.points) tieBrokenBy = prev.t.deductions !== r.t.deductions ? 'deductions' : 'order';
    return { villager: r.v, points: r.t.points, deductions: r.t.deductions, place: idx + 1, modelCitizen, tieBrokenBy };
  });
}

/** The board after a day (default: as things stand now). */
export function standings(level: VillageLevel, run: VillageRun, throughDay?: number): BoardEntry[] {
  return rankTallies(level, tallies(level, choicesThrough(run, throughDay)));
}

/**
 * The board as it hangs in the village: it is updated only when a day closes, so during a day it
 * still shows the day before (and before the first day, everyone at zero).
 */
export function postedBoard(level: VillageLevel, run: VillageRun): BoardEntry[] {
  const lastClosed = run.phase === 'day' || run.phase === 'intro' ? run.dayIndex - 1 : run.dayIndex;
  return standings(level, run, lastClosed);
}

/** How each villager moved on the board over a day (positive: up). */
export function placeChanges(level: VillageLevel, run: VillageRun, day = run.dayIndex): Map<string, number> {
  const now = standings(level, run, day);
  const before = new Map(standings(level, run, day - 1).map((e) => [e.villager.id, e.place]));
  return new Map(now.map((e) => [e.villager.id, (before.get(e.villager.id) ?? e.place) - e.place]));
}

// ---------------------------------------------------------------------------------------------
// What villagers remember

export type Mood = 'grievance' | 'gratitude' | 'neutral';

export interface Memory {
  deedId: string;
  day: number;
  /** What the scorer did. */
  kind: Choice['kind'];
  points: number;
  /** Why it matters to this villager. */
  why: 'ownDeed' | 'askedFavour';
  reaction: Reaction;
}

export interface VillagerState {
  villager: Villager;
  points: number;
  place: number;
  modelCitizen: boolean;
  /** Everything the scorer did that touched them, in order. */
  memories: Memory[];
  /** Deeds of theirs docked on hearsay. */
  dockedOnHearsay: string[];
  /** Favours they asked, and whether the scorer did as asked. */
  favours: { deedId: string; followed: boolean }[];
  /**
   * The latest thing that counted: a grievance (docked on hearsay, or because someone asked; their
   * own favour refused) or gratitude (their favour followed, a bad deed let go).
   */
  mood: Mood;
  reportsNeighbours: boolean;
  seen: boolean;
}

/** How the people a decision touches react: the deed's villager, and whoever asked a favour. */
export function reactions(level: VillageLevel, choice: Pick<Choice, 'deedId' | 'kind' | 'points'>): { villager: string; reaction: Reaction; why: Memory['why'] }[] {
  const deed = deedOf(level, choice.deedId);
  const own: Reaction =
    choice.kind === 'favour' && deed.favour?.from === deed.villager
      ? 'grateful'
      : choice.kind === 'decline'
        ? deed.reported === 'bad'
          ? 'grateful'
          : 'hurt'
        : choice.points > 0
          ? 'pleased'
          : deed.evidence === 'hearsay'
            ? 'angry'
            : 'hurt';
  const out: { villager: string; reaction: Reaction; why: Memory['why'] }[] = [{ villager: deed.villager, reaction: own, why: 'ownDeed' }];
  if (deed.favour && deed.favour.from !== deed.villager)
    out.push({ villager: deed.favour.from, reaction: choice.kind === 'favour' ? 'pleased' : 'angry', why: 'askedFavour' });
  return out;
}

function moodFrom(deed: Deed, c: Choice, why: Memory['why']): Mood {
  if (why === 'askedFavour') return c.kind === 'favour' ? 'gratitude' : 'grievance';
  if (deed.favour?.from === deed.villager) return c.kind === 'favour' ? 'gratitude' : 'grievance';
  if (c.points < 0 && (deed.evidence === 'hearsay' || c.kind === 'favour')) return 'grievance';
  if (c.kind === 'decline' && deed.reported === 'bad') return 'gratitude';
  return 'neutral';
}

/** What every villager remembers of the week so far (derived from the choices; nothing is stored). */
export function villagerStates(level: VillageLevel, run: VillageRun, throughDay?: number): VillagerState[] {
  const board = new Map(standings(level, run, throughDay).map((e) => [e.villager.id, e]));
  const stopped = stoppedReporting(level, run);
  const states = new Map<string, VillagerState>(
    level.villagers.map((v) => {
      const e = board.get(v.id) as BoardEntry;
      return [
        v.id,
        { villager: v, points: e.points, place: e.place, modelCitizen: e.modelCitizen, memories: [], dockedOnHearsay: [], favours: [], mood: 'neutral', reportsNeighbours: v.seen && !stopped.has(v.id), seen: v.seen },
      ];
    }),
  );
  for (const c of choicesThrough(run, throughDay)) {
    const deed = deedOf(level, c.deedId);
    for (const r of reactions(level, c)) {
      const s = states.get(r.villager);
      if (!s) continue;
      s.memories.push({ deedId: c.deedId, day: c.day, kind: c.kind, points: c.points, why: r.why, reaction: r.reaction });
      if (r.why === 'ownDeed' && c.points < 0 && deed.evidence === 'hearsay') s.dockedOnHearsay.push(c.deedId);
      if (r.why === 'askedFavour' || (r.why === 'ownDeed' && deed.favour?.from === deed.villager)) s.favours.push({ deedId: c.deedId, followed: c.kind === 'favour' });
      const mood = moodFrom(deed, c, r.why);
      if (mood !== 'neutral') s.mood = mood;
    }
  }
  return [...states.values()];
}

export function moodOf(level: VillageLevel, run: VillageRun, villagerId: string): Mood {
  return villagerStates(level, run).find((s) => s.villager.id === villagerId)?.mood ?? 'neutral';
}
