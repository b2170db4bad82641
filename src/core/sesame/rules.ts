/**
 * "A Sesame Credit user": the rules, with no drawing and no DOM. A run is plain data; every change
 * goes through step(), which refuses a bad action with a reason and leaves the run as it was.
 *
 * A day: two or three cards, each a choice among two to four actions. A choice moves the hidden
 * factors; the invented weights turn that into score points (350 to 950). At day end the app
 * answers back: late bills keep weighing, a court judgment left unpaid puts the player on the
 * court's list (luxury purchases blocked whatever the score), perks open and close at thresholds,
 * the streak, badges, notifications and the friends' leaderboard react. The player may leave the
 * programme at any moment during a day: every perk goes, nothing else changes.
 *
 * Every score change is written to a ledger against the choice that caused it, so the reveal's
 * per-choice contributions add up exactly to the final score minus the start.
 */
import { createRng, shuffled } from '../rng';
import type { Route } from '../role';
import { SCORE_MAX, SCORE_MIN, type Action, type Badge, type Card, type Condition, type Effect, type Notification, type NotifyEvent, type SesameLevel } from './schema';

export type { Route };
export type Phase = 'intro' | 'day' | 'evening' | 'reveal' | 'debrief';

/** The reveal's beats, in order; the last `nextBeat` leads to the debrief. */
export const BEATS = ['weights', 'moves', 'chasing', 'fico', 'reality'] as const;
export type BeatId = (typeof BEATS)[number];

/** Notifications one evening shows at most. */
export const NOTIFICATIONS_PER_EVENING = 3;

/** Where the player stands with the court: a judgment unpaid, listed, paying (lifted at day end), or paid. */
export type CourtState = 'none' | 'owed' | 'listed' | 'paying' | 'paid';

export interface Taken {
  readonly index: number;
  /** Day index (0-based) it was taken on. */
  readonly day: number;
  readonly card: string;
  readonly action: string;
  /** A luxury purchase refused because the player was on the court's list. */
  readonly blocked: boolean;
  /** Whether the player was in the programme when taking it. */
  readonly member: boolean;
}

/** One score change, charged to the choice that caused it. */
export interface LedgerEntry {
  /** Index in `taken`. */
  readonly from: number;
  readonly day: number;
  readonly kind: 'choice' | 'linger';
  /** Change of the app's score (after keeping it in 350–950). */
  readonly delta: number;
  /** Change of the FICO-like reading of the same data (only the factors it counts). */
  readonly fico: number;
}

export interface DayLog {
  readonly day: string;
  readonly index: number;
  readonly scoreStart: number;
  readonly scoreEnd: number;
  readonly member: boolean;
  /** The player left the programme this day. */
  readonly left: boolean;
  /** Indices in `taken` of this day's choices. */
  readonly choices: readonly number[];
  /** Late choices still weighing this evening: the choice and what it cost today. */
  readonly lingering: readonly { readonly from: number; readonly delta: number }[];
  readonly unlocked: readonly string[];
  readonly lost: readonly string[];
  readonly badges: readonly string[];
  readonly notifications: readonly string[];
  readonly streak: number;
  readonly court: 'listed' | 'lifted' | null;
  /** Friends who shared back after the player shared today. */
  readonly reactions: readonly string[];
  /** Index in level.tips, or null (no tips outside the programme). */
  readonly tip: number | null;
}

export interface SesameRun {
  readonly seed: number;
  readonly route: Route;
  readonly phase: Phase;
  readonly beat: number;
  readonly dayIds: readonly string[];
  readonly dayIndex: number;
  /** Today's cards, in order. */
  readonly cards: readonly string[];
  /** Today's answers: card id → action id. */
  readonly answered: Readonly<Record<string, string>>;
  /** Every card met in this run (a card comes once). */
  readonly seen: readonly string[];
  readonly score: number;
  /** The FICO-like reading of the same data, kept alongside, never shown before the reveal. */
  readonly fico: number;
  readonly dayStart: number;
  readonly member: boolean;
  readonly leftOn: number | null;
  /** Perks open when the player left (all lost). */
  readonly lostOnLeaving: readonly string[];
  readonly competitor: boolean;
  readonly friends: readonly string[];
  readonly dropped: readonly string[];
  readonly friendScores: Readonly<Record<string, number>>;
  readonly shares: number;
  /** Perks open now. */
  readonly perks: readonly string[];
  /** Perks used, once per use, in order. */
  readonly used: readonly string[];
  readonly court: CourtState;
  readonly listedOn: number | null;
  readonly liftedOn: number | null;
  readonly taken: readonly Taken[];
  readonly ledger: readonly LedgerEntry[];
  readonly streak: number;
  readonly bestStreak: number;
  readonly badges: readonly string[];
  /** Notifications sent in this run, once each (the repeating ones too, at their first sending). */
  readonly fired: readonly string[];
  readonly log: readonly DayLog[];
}

export type SesameAction =
  | { type: 'begin' }
  | { type: 'choose'; card: string; option: string }
  | { type: 'leave' }
  | { type: 'closeDay' }
  | { type: 'nextDay' }
  | { type: 'nextBeat' };

export type StepError = 'wrong-phase' | 'not-pending' | 'unknown-option' | 'not-member' | 'decisions-left';
export type StepResult = { ok: true; run: SesameRun } | { ok: false; run: SesameRun; reason: StepError };

// ---------------------------------------------------------------------------------------------
// Lookups

function byId<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  return list.find((x) => x.id === id);
}

export const actionOf = (level: SesameLevel, id: string): Action => {
  const a = byId(level.actions, id);
  if (!a) throw new Error(`sesame: no action "${id}"`);
  return a;
};
export const cardOf = (level: SesameLevel, id: string): Card => {
  const c = byId(level.cards, id);
  if (!c) throw new Error(`sesame: no card "${id}"`);
  return c;
};

export const clampScore = (n: number) => Math.max(SCORE_MIN, Math.min(SCORE_MAX, n));

/** On the court's list now: from the evening it was imposed until the evening after paying. */
export const isListed = (run: Pick<SesameRun, 'court'>) => run.court === 'listed' || run.court === 'paying';

/** Whether the platform refuses this action now: a luxury purchase while listed, whatever the score or membership. */
export const isBlocked = (level: SesameLevel, run: Pick<SesameRun, 'court'>, actionId: string) => isListed(run) && actionOf(level, actionId).luxury;

export function holds(c: Condition, run: SesameRun, level: SesameLevel): boolean {
  switch (c.is) {
    case 'member':
      return run.member;
    case 'listed':
      return isListed(run);
    case 'shared':
      return run.shares > 0;
    case 'took':
      return run.taken.some((t) => t.action === c.action && !t.blocked);
    case 'perk':
      return run.perks.includes(c.perk);
    case 'used':
      return run.used.includes(c.perk);
    case 'friend':
      return run.friends.includes(c.friend);
    case 'dropped':
      return run.dropped.includes(c.friend);
    case 'all':
      return c.of.every((x) => holds(x, run, level));
    case 'any':
      return c.of.some((x) => holds(x, run, level));
    case 'not':
      return !holds(c.of, run, level);
  }
}

/** The actions a card offers now, in its order (an option's "alt" while its condition holds). */
export function cardActions(level: SesameLevel, run: SesameRun, cardId: string): Action[] {
  return cardOf(level, cardId).options.map((o) => actionOf(level, o.alt && holds(o.alt.when, run, level) ? o.alt.action : o.action));
}

/** The card waiting for an answer, or undefined when the day can close. */
export function pendingCard(run: SesameRun): string | undefined {
  if (run.phase !== 'day') return undefined;
  return run.cards.find((c) => !(c in run.answered));
}

const dayRng = (seed: number, index: number) => createRng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);

/**
 * A day's cards: its fixed cards, then the follow-ups whose consequence has come, then the seed's
 * picks from the day's pool; only cards whose "when" holds and that have not come before.
 */
export function dayCards(level: SesameLevel, run: SesameRun, index: number): string[] {
  const day = byId(level.days, run.dayIds[index] ?? '');
  if (!day) return [];
  const ok = (id: string) => {
    const c = byId(level.cards, id);
    return c !== undefined && !run.seen.includes(id) && (c.when === undefined || holds(c.when, run, level));
  };
  const fixed = day.fixed.filter(ok);
  const follow = level.cards.filter((c) => c.followUp && ok(c.id) && !fixed.includes(c.id)).map((c) => c.id);
  const first = [...fixed, ...follow];
  const pool = shuffled(day.pool.filter((id) => ok(id) && !first.includes(id)), dayRng(run.seed, index));
  const n = Math.min(3, Math.max(day.count, first.length));
  const out: string[] = [];
  for (const id of [...first, ...pool]) if (!out.includes(id)) out.push(id);
  if (out.length < n) {
    // Too few new cards: repeatable ones (a monthly bill) come again, the day's own first.
    const again = (ids: readonly string[]) =>
      ids.filter((id) => {
        const c = byId(level.cards, id);
        return c !== undefined && c.repeatable && !out.includes(id) && (c.when === undefined || holds(c.when, run, level));
      });
    const rng = dayRng(run.seed ^ 0x5bd1e995, index);
    const own = shuffled([...new Set(again([...day.fixed, ...day.pool]))], rng);
    const any = shuffled(again(level.cards.map((c) => c.id)).filter((id) => !own.includes(id)), rng);
    for (const id of [...own, ...any]) if (out.length < n && !out.includes(id)) out.push(id);
  }
  return out.slice(0, n);
}

// ---------------------------------------------------------------------------------------------
// The hidden model

/** Score points for some factor points under the hidden weights, before rounding. */
export function rawPoints(level: SesameLevel, effects: readonly Effect[], onlyFico = false): number {
  let sum = 0;
  for (const e of effects) {
    const f = byId(level.factors, e.factor);
    if (!f || (onlyFico && !f.fico.counts)) continue;
    sum += f.weight.value * e.points;
  }
  return sum;
}

/** Apply effects to the score and to the FICO-like reading, each kept within 350–950. */
export function applyEffects(level: SesameLevel, score: number, fico: number, effects: readonly Effect[]): { score: number; fico: number; delta: number; ficoDelta: number } {
  const s = clampScore(score + Math.round(rawPoints(level, effects)));
  const f = clampScore(fico + Math.round(rawPoints(level, effects, true)));
  return { score: s, fico: f, delta: s - score, ficoDelta: f - fico };
}

/** Perks whose threshold the score reaches (none outside the programme). */
export function openPerks(level: SesameLevel, score: number, member: boolean): string[] {
  return member ? level.perks.filter((p) => score >= p.threshold.score).map((p) => p.id) : [];
}

// ---------------------------------------------------------------------------------------------
// Creating and stepping

export function createRun(level: SesameLevel, seed: number, route: Route): SesameRun {
  const start = level.model.start;
  return {
    seed,
    route,
    phase: 'intro',
    beat: 0,
    dayIds: level.routes[route].slice(),
    dayIndex: 0,
    cards: [],
    answered: {},
    seen: [],
    score: start,
    fico: start,
    dayStart: start,
    member: true,
    leftOn: null,
    lostOnLeaving: [],
    competitor: false,
    friends: level.friends.filter((f) => f.startsAsFriend).map((f) => f.id),
    dropped: [],
    friendScores: Object.fromEntries(level.friends.map((f) => [f.id, f.score])),
    shares: 0,
    perks: openPerks(level, start, true),
    used: [],
    court: 'none',
    listedOn: null,
    liftedOn: null,
    taken: [],
    ledger: [],
    streak: 0,
    bestStreak: 0,
    badges: [],
    fired: [],
    log: [],
  };
}

function startDay(level: SesameLevel, run: SesameRun, index: number): SesameRun {
  const at: SesameRun = { ...run, dayIndex: index };
  const cards = dayCards(level, at, index);
  return { ...at, phase: 'day', cards, answered: {}, seen: [...run.seen, ...cards.filter((c) => !run.seen.includes(c))], dayStart: run.score };
}

function choose(level: SesameLevel, run: SesameRun, cardId: string, actionId: string): SesameRun {
  const action = actionOf(level, actionId);
  const blocked = isBlocked(level, run, actionId);
  const index = run.taken.length;
  const taken: Taken = { index, day: run.dayIndex, card: cardId, action: actionId, blocked, member: run.member };
  let next: SesameRun = { ...run, answered: { ...run.answered, [cardId]: actionId }, taken: [...run.taken, taken] };
  if (blocked) return next;

  if (action.friend) {
    const id = action.friend.id;
    if (action.friend.op === 'add' && !next.friends.includes(id) && !next.dropped.includes(id)) next = { ...next, friends: [...next.friends, id] };
    if (action.friend.op === 'drop' && next.friends.includes(id)) next = { ...next, friends: next.friends.filter((f) => f !== id), dropped: [...next.dropped, id] };
  }
  if (action.uses !== undefined) next = { ...next, used: [...next.used, action.uses] };
  if (action.competitor) next = { ...next, competitor: true };
  if (action.court === 'ignore' && next.court === 'none') next = { ...next, court: 'owed' };
  if (action.court === 'pay') {
    if (next.court === 'listed') next = { ...next, court: 'paying' };
    else if (next.court === 'owed' || next.court === 'none') next = { ...next, court: 'paid' };
  }
  if (action.share) {
    // The leaderboard reacts: competitive friends share back and climb.
    const scores = { ...next.friendScores };
    for (const f of level.friends) {
      if (f.competitive && next.friends.includes(f.id)) scores[f.id] = clampScore((scores[f.id] ?? f.score) + level.leaderboard.shareRise);
    }
    next = { ...next, shares: next.shares + 1, friendScores: scores };
  }
  if (next.member && action.effects.length) {
    const r = applyEffects(level, next.score, next.fico, action.effects);
    next = { ...next, score: r.score, fico: r.fico, ledger: [...next.ledger, { from: index, day: run.dayIndex, kind: 'choice', delta: r.delta, fico: r.ficoDelta }] };
  }
  return next;
}

function badgeEarned(b: Badge, run: SesameRun, level: SesameLevel): boolean {
  const w = b.when;
  switch (w.is) {
    case 'streak':
      return run.streak >= w.atLeast;
    case 'shares':
      return run.shares >= w.atLeast;
    case 'perks':
      return run.perks.length >= w.atLeast;
    case 'scoreOnly':
      return run.taken.filter((t) => !t.blocked && t.member && actionOf(level, t.action).scoreOnly).length >= w.atLeast;
    case 'took':
      return run.taken.some((t) => t.action === w.action && !t.blocked);
  }
}

function closeDay(level: SesameLevel, run: SesameRun): SesameRun {
  const d = run.dayIndex;
  let score = run.score;
  let fico = run.fico;
  const ledger = run.ledger.slice();

  // 1. Choices that keep weighing (only while the app still scores the player).
  const lingering: { from: number; delta: number }[] = [];
  if (run.member) {
    for (const t of run.taken) {
      const lingers = actionOf(level, t.action).lingers;
      if (!lingers || t.blocked || !t.member || t.day >= d) continue;
      if (lingers.days !== undefined && d - t.day > lingers.days) continue;
      const r = applyEffects(level, score, fico, lingers.effects);
      score = r.score;
      fico = r.fico;
      ledger.push({ from: t.index, day: d, kind: 'linger', delta: r.delta, fico: r.ficoDelta });
      lingering.push({ from: t.index, delta: r.delta });
    }
  }

  // 2. The court: a judgment left unpaid puts the player on the list; paying lifts it.
  let court = run.court;
  let courtNote: DayLog['court'] = null;
  let listedOn = run.listedOn;
  let liftedOn = run.liftedOn;
  if (court === 'owed') {
    court = 'listed';
    listedOn = d;
    courtNote = 'listed';
  } else if (court === 'paying') {
    court = 'paid';
    liftedOn = d;
    courtNote = 'lifted';
  }

  // 3. Perks at their thresholds; the streak; badges.
  const perks = openPerks(level, score, run.member);
  const unlocked = perks.filter((p) => !run.perks.includes(p));
  const lost = run.perks.filter((p) => !perks.includes(p));
  const rose = score > run.dayStart;
  const streak = run.member ? (rose ? run.streak + 1 : 0) : run.streak;
  const after: SesameRun = { ...run, score, fico, ledger, court, listedOn, liftedOn, perks, streak, bestStreak: Math.max(run.bestStreak, streak) };
  const badges = run.member ? level.badges.filter((b) => !run.badges.includes(b.id) && badgeEarned(b, after, level)).map((b) => b.id) : [];

  // 4. Notifications: what today's choices and the evening's changes set off.
  const today = run.taken.filter((t) => t.day === d);
  const events = new Set<NotifyEvent>();
  if (score > run.dayStart) events.add('score-up');
  if (score < run.dayStart) events.add('score-down');
  if (run.member && rose && streak >= 2) events.add('streak');
  if (run.member && !rose && run.streak >= 2) events.add('streak-lost');
  if (unlocked.length) events.add('perk-unlocked');
  if (lost.length && run.member) events.add('perk-lost');
  const nextPerk = level.perks.filter((p) => !perks.includes(p.id)).sort((a, b) => a.threshold.score - b.threshold.score)[0];
  if (run.member && nextPerk && nextPerk.threshold.score - score <= level.model.perkNear && nextPerk.threshold.score > score) events.add('perk-near');
  if (courtNote === 'listed') events.add('listed');
  if (courtNote === 'lifted') events.add('delisted');
  if (run.leftOn === d) events.add('left');
  const sharedToday = today.some((t) => !t.blocked && actionOf(level, t.action).share);
  if (sharedToday) events.add('shared');
  if (run.member && run.shares === 0 && d >= 1) events.add('not-shared');
  const fires = (n: Notification) => ('action' in n.on ? today.some((t) => t.action === (n.on as { action: string }).action && !t.blocked) : events.has(n.on.event));
  const notifications = level.notifications
    .filter((n) => (run.member ? !n.afterLeaving : n.afterLeaving) && (n.repeat || !run.fired.includes(n.id)) && fires(n))
    .slice(0, NOTIFICATIONS_PER_EVENING)
    .map((n) => n.id);

  const reactions = sharedToday ? level.friends.filter((f) => f.competitive && run.friends.includes(f.id)).map((f) => f.id) : [];
  const log: DayLog = {
    day: run.dayIds[d] as string,
    index: d,
    scoreStart: run.dayStart,
    scoreEnd: score,
    member: run.member,
    left: run.leftOn === d,
    choices: today.map((t) => t.index),
    lingering,
    unlocked,
    lost,
    badges,
    notifications,
    streak,
    court: courtNote,
    reactions,
    tip: run.member ? (run.seed + d) % level.tips.length : null,
  };
  return {
    ...after,
    phase: 'evening',
    badges: [...run.badges, ...badges],
    fired: [...run.fired, ...notifications.filter((id) => !run.fired.includes(id))],
    log: [...run.log, log],
  };
}

export function step(level: SesameLevel, run: SesameRun, action: SesameAction): StepResult {
  const fail = (reason: StepError): StepResult => ({ ok: false, run, reason });
  const ok = (next: SesameRun): StepResult => ({ ok: true, run: next });
  switch (action.type) {
    case 'begin':
      if (run.phase !== 'intro') return fail('wrong-phase');
      return ok(startDay(level, run, 0));
    case 'choose': {
      if (run.phase !== 'day') return fail('wrong-phase');
      if (pendingCard(run) !== action.card) return fail('not-pending');
      if (!cardActions(level, run, action.card).some((a) => a.id === action.option)) return fail('unknown-option');
      return ok(choose(level, run, action.card, action.option));
    }
    case 'leave':
      if (run.phase !== 'day') return fail('wrong-phase');
      if (!run.member) return fail('not-member');
      return ok({ ...run, member: false, leftOn: run.dayIndex, lostOnLeaving: run.perks.slice(), perks: [] });
    case 'closeDay':
      if (run.phase !== 'day') return fail('wrong-phase');
      if (pendingCard(run) !== undefined) return fail('decisions-left');
      return ok(closeDay(level, run));
    case 'nextDay':
      if (run.phase !== 'evening') return fail('wrong-phase');
      if (run.dayIndex >= run.dayIds.length - 1) return ok({ ...run, phase: 'reveal', beat: 0, cards: [], answered: {} });
      return ok(startDay(level, run, run.dayIndex + 1));
    case 'nextBeat':
      if (run.phase !== 'reveal') return fail('wrong-phase');
      if (run.beat >= BEATS.length - 1) return ok({ ...run, phase: 'debrief' });
      return ok({ ...run, beat: run.beat + 1 });
  }
}

/** Apply a list of actions from a fresh run (a saved game). Fails on the first refused action. */
export function replay(level: SesameLevel, seed: number, route: Route, actions: readonly SesameAction[]): StepResult | { ok: false; at: number; reason: StepError } {
  let run = createRun(level, seed, route);
  for (let i = 0; i < actions.length; i++) {
    const r = step(level, run, actions[i] as SesameAction);
    if (!r.ok) return { ok: false, at: i, reason: r.reason };
    run = r.run;
  }
  return { ok: true, run };
}
