/**
 * What the run shows, as plain data for the interface: the phone while the days run (score,
 * perks, streak, leaderboard, the last choice's answer), the evening's answer back, the reveal in
 * beats (the hidden weights, what each choice did, the choices made only for the number, the same
 * week under a FICO-like reading, myth and reality), and the debrief's moments, quoting the
 * player's own choices with the report beside them.
 */
import { SECTIONS, type LText, type Section, type Source, type Statement } from '../content';
import { actionOf, BEATS, cardOf, isBlocked, isListed, type BeatId, type DayLog, type SesameRun, type Taken } from './rules';
import type { Action, Badge, Card, Factor, FactKey, Friend, MomentKind, Notification, Perk, SesameLevel } from './schema';

const find = <T extends { id: string }>(list: readonly T[], id: string) => list.find((x) => x.id === id);

/**
 * What the player may see of an action before the reveal: its words and icon, never its effects on
 * the hidden factors, nor whether the game counts it as done only for the score.
 */
export interface ActionView {
  readonly id: string;
  readonly label: LText;
  readonly outcome: LText;
  readonly icon: Action['icon'];
  readonly luxury: boolean;
  readonly fact: Statement | null;
}

export function actionView(action: Action): ActionView {
  return { id: action.id, label: action.label, outcome: action.outcome, icon: action.icon, luxury: action.luxury, fact: action.fact ?? null };
}

// ---------------------------------------------------------------------------------------------
// While the days run

export interface LeaderRow {
  /** 'you' for the player. */
  readonly id: string;
  readonly friend: Friend | null;
  readonly score: number;
  readonly rank: number;
  /** Shared back after the player shared (this evening). */
  readonly reacted: boolean;
}

/**
 * The friends' leaderboard: the player (while in the programme) and current friends, highest
 * first (ties: the player first, then the level's order). Dropped friends are gone for good.
 */
export function leaderboard(level: SesameLevel, run: SesameRun): LeaderRow[] {
  const reacted = new Set(run.phase === 'evening' ? (run.log[run.log.length - 1]?.reactions ?? []) : []);
  const rows = [
    ...(run.member ? [{ id: 'you', friend: null, score: run.score, order: -1 }] : []),
    ...level.friends
      .map((f, order) => ({ f, order }))
      .filter(({ f }) => run.friends.includes(f.id))
      .map(({ f, order }) => ({ id: f.id, friend: f, score: run.friendScores[f.id] ?? f.score, order })),
  ].sort((a, b) => b.score - a.score || a.order - b.order);
  return rows.map((r, i) => ({ id: r.id, friend: r.friend, score: r.score, rank: i + 1, reacted: reacted.has(r.id) }));
}

export interface LastOutcome {
  readonly taken: Taken;
  readonly action: ActionView;
  readonly card: Card;
  /** What followed, in words: the action's outcome, or the platform refusing a luxury purchase. */
  readonly text: LText;
  /** A cited sentence shown with it (the refusal's, or the action's own fact), or null. */
  readonly fact: Statement | null;
  /** Score points it moved at once (0 when blocked or outside the programme). */
  readonly delta: number;
}

/** The answer back to the last choice, for the second after the player chose. */
export function lastOutcome(level: SesameLevel, run: SesameRun): LastOutcome | null {
  const taken = run.taken[run.taken.length - 1];
  if (!taken) return null;
  const action = actionOf(level, taken.action);
  const delta = run.ledger.filter((e) => e.from === taken.index && e.kind === 'choice').reduce((s, e) => s + e.delta, 0);
  return {
    taken,
    action: actionView(action),
    card: cardOf(level, taken.card),
    text: taken.blocked ? level.court.blocked.text : action.outcome,
    fact: taken.blocked ? level.court.cooperation : (action.fact ?? null),
    delta,
  };
}

export interface Status {
  readonly score: number;
  /** Null outside the programme: the app no longer scores the player. */
  readonly shown: number | null;
  readonly member: boolean;
  readonly competitor: boolean;
  readonly perks: readonly { readonly perk: Perk; readonly open: boolean }[];
  readonly streak: number;
  readonly badges: readonly Badge[];
  /** On the court's list now: luxury purchases on the platform are refused whatever the score. */
  readonly listed: boolean;
  readonly leaderboard: readonly LeaderRow[];
  readonly last: LastOutcome | null;
}

/** The phone as it stands: never a weight, only the score, its perks and the app's games. */
export function status(level: SesameLevel, run: SesameRun): Status {
  return {
    score: run.score,
    shown: run.member ? run.score : null,
    member: run.member,
    competitor: run.competitor,
    perks: level.perks.map((perk) => ({ perk, open: run.perks.includes(perk.id) })),
    streak: run.streak,
    badges: level.badges.filter((b) => run.badges.includes(b.id)),
    listed: isListed(run),
    leaderboard: leaderboard(level, run),
    last: lastOutcome(level, run),
  };
}

/** Whether an option of the waiting card would be refused by the platform (for a greyed look; it can still be chosen). */
export function blockedNow(level: SesameLevel, run: SesameRun, actionId: string): boolean {
  return isBlocked(level, run, actionId);
}

export interface Evening {
  readonly log: DayLog;
  readonly scoreStart: number;
  readonly scoreEnd: number;
  readonly notifications: readonly Notification[];
  readonly unlocked: readonly Perk[];
  readonly lost: readonly Perk[];
  readonly badges: readonly Badge[];
  readonly streak: number;
  /** Earlier choices that weighed on the score this evening, with what each cost. */
  readonly lingering: readonly { readonly action: ActionView; readonly text: LText; readonly delta: number }[];
  /** The court's move this evening, cited: the list imposed (with the platform's cooperation and whose list it is) or lifted. */
  readonly court: readonly Statement[];
  /** The day the player left: what leaving did, cited, and the perks it took. */
  readonly left: { readonly text: Statement; readonly perks: readonly Perk[] } | null;
  readonly leaderboard: readonly LeaderRow[];
  /** A vague tip from the app (never a weight), or null outside the programme. */
  readonly tip: Statement | null;
}

/** The evening after a day: the app answers back. */
export function evening(level: SesameLevel, run: SesameRun): Evening | null {
  const log = run.log[run.log.length - 1];
  if (!log) return null;
  const perks = (ids: readonly string[]) => ids.flatMap((id) => find(level.perks, id) ?? []);
  const c = level.court;
  return {
    log,
    scoreStart: log.scoreStart,
    scoreEnd: log.scoreEnd,
    notifications: log.notifications.flatMap((id) => find(level.notifications, id) ?? []),
    unlocked: perks(log.unlocked),
    lost: perks(log.lost),
    badges: log.badges.flatMap((id) => find(level.badges, id) ?? []),
    streak: log.streak,
    lingering: log.lingering.map((l) => {
      const action = actionOf(level, run.taken[l.from]?.action ?? '');
      return { action: actionView(action), text: action.lingers?.text ?? action.outcome, delta: l.delta };
    }),
    court: log.court === 'listed' ? [c.listed, c.list, c.cooperation, c.state] : log.court === 'lifted' ? [c.lifted] : [],
    left: log.left ? { text: level.leaving.left, perks: perks(run.lostOnLeaving) } : null,
    leaderboard: leaderboard(level, run),
    tip: log.tip === null ? null : (level.tips[log.tip] ?? null),
  };
}

// ---------------------------------------------------------------------------------------------
// The reveal

export interface WeightRow {
  readonly factor: Factor;
  readonly weight: number;
  /** Its share of all weights, in whole percent (the rows add up to 100). */
  readonly percent: number;
  /** Counted by the FICO-like reading. */
  readonly fico: boolean;
}

/** The hidden weights, shown only now: each factor, its weight and its share (largest remainder, so the shares add up to 100). */
export function hiddenWeights(level: SesameLevel): WeightRow[] {
  const total = level.factors.reduce((s, f) => s + f.weight.value, 0);
  const exact = level.factors.map((f) => (total > 0 ? (f.weight.value * 100) / total : 0));
  const percent = exact.map(Math.floor);
  let left = total > 0 ? 100 - percent.reduce((s, p) => s + p, 0) : 0;
  exact
    .map((e, i) => ({ i, frac: e - Math.floor(e) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i)
    .forEach(({ i }) => {
      if (left > 0) {
        percent[i] = (percent[i] ?? 0) + 1;
        left--;
      }
    });
  return level.factors.map((factor, i) => ({ factor, weight: factor.weight.value, percent: percent[i] ?? 0, fico: factor.fico.counts }));
}

export interface Contribution {
  readonly taken: Taken;
  readonly action: Action;
  readonly card: Card;
  /** Score points the choice moved when taken. */
  readonly immediate: number;
  /** Score points it moved later (a late bill weighing at day ends). */
  readonly later: number;
  /** immediate + later: the rows add up to the final score minus the start. */
  readonly total: number;
  /** The same under the FICO-like reading. */
  readonly fico: number;
}

/** Every choice, in order, with what it moved: the totals add up exactly to the final score minus the start. */
export function contributions(level: SesameLevel, run: SesameRun): Contribution[] {
  return run.taken.map((taken) => {
    const entries = run.ledger.filter((e) => e.from === taken.index);
    const immediate = entries.filter((e) => e.kind === 'choice').reduce((s, e) => s + e.delta, 0);
    const later = entries.filter((e) => e.kind === 'linger').reduce((s, e) => s + e.delta, 0);
    return {
      taken,
      action: actionOf(level, taken.action),
      card: cardOf(level, taken.card),
      immediate,
      later,
      total: immediate + later,
      fico: entries.reduce((s, e) => s + e.fico, 0),
    };
  });
}

export interface Chasing {
  /** Choices taken only to move the score (in the programme, and not refused). */
  readonly count: number;
  readonly of: number;
  /** What they moved together. */
  readonly points: number;
  readonly choices: readonly Contribution[];
}

export function chasing(level: SesameLevel, run: SesameRun): Chasing {
  const all = contributions(level, run);
  const choices = all.filter((c) => c.action.scoreOnly && !c.taken.blocked && c.taken.member);
  return { count: choices.length, of: all.length, points: choices.reduce((s, c) => s + c.total, 0), choices };
}

export interface FicoReading {
  readonly start: number;
  readonly score: number;
  readonly fico: number;
  readonly counted: readonly Factor[];
  /** Choices whose move differs between the two readings, most different first. */
  readonly differences: readonly Contribution[];
}

/** The same week under an invented FICO-like reading: only the factors it counts. */
export function ficoReading(level: SesameLevel, run: SesameRun): FicoReading {
  const differences = contributions(level, run)
    .filter((c) => c.total !== c.fico)
    .sort((a, b) => Math.abs(b.total - b.fico) - Math.abs(a.total - a.fico) || a.taken.index - b.taken.index);
  return { start: level.model.start, score: run.score, fico: run.fico, counted: level.factors.filter((f) => f.fico.counts), differences };
}

export type RevealBeat =
  | { readonly id: 'weights'; readonly text: Statement; readonly facts: readonly Statement[]; readonly rows: readonly WeightRow[] }
  | { readonly id: 'moves'; readonly text: Statement; readonly start: number; readonly score: number; readonly rows: readonly Contribution[] }
  | { readonly id: 'chasing'; readonly text: Statement; readonly chasing: Chasing }
  | { readonly id: 'fico'; readonly text: Statement; readonly fact: Statement; readonly reading: FicoReading }
  | { readonly id: 'reality'; readonly facts: readonly Statement[] };

/** How many rows of "moves" a beat shows before "more": the biggest moves. */
export const MOVES_SHOWN = 6;

export function revealBeat(level: SesameLevel, run: SesameRun, id: BeatId): RevealBeat {
  const r = level.reveal;
  const f = level.facts;
  switch (id) {
    case 'weights':
      return { id, text: r.weights, facts: [f.data, f.undisclosed], rows: hiddenWeights(level) };
    case 'moves':
      return { id, text: r.moves, start: level.model.start, score: run.score, rows: contributions(level, run) };
    case 'chasing':
      return { id, text: r.chasing, chasing: chasing(level, run) };
    case 'fico':
      return { id, text: r.fico, fact: f.fico, reading: ficoReading(level, run) };
    case 'reality':
      return { id, facts: r.reality.map((k: FactKey) => f[k]) };
  }
}

export function revealBeats(level: SesameLevel, run: SesameRun): RevealBeat[] {
  return BEATS.map((id) => revealBeat(level, run, id));
}

/** The beat the run is on, during the reveal. */
export function currentBeat(level: SesameLevel, run: SesameRun): RevealBeat | null {
  if (run.phase !== 'reveal') return null;
  const id = BEATS[run.beat];
  return id ? revealBeat(level, run, id) : null;
}

// ---------------------------------------------------------------------------------------------
// The debrief

export interface Moment {
  readonly kind: MomentKind;
  /** 1-based day. */
  readonly day: number;
  /** The card answered, or null (leaving, being listed). */
  readonly card: Card | null;
  /** The player's own words: the label of the option they chose (verbatim from the level). */
  readonly label: LText | null;
  /** Score points the choice moved in all (0 for leaving and the list). */
  readonly delta: number;
  /** What the report says beside it. */
  readonly fact: Statement;
}

/** The kinds of moment a choice is. A choice can be more than one (a luxury watch bought only for the score). */
export function momentKinds(action: Action, blocked: boolean): MomentKind[] {
  if (blocked) return ['blocked'];
  const out: MomentKind[] = [];
  if (action.scoreOnly) out.push('scoreOnly');
  if (action.lingers) out.push('late');
  if (action.friend?.op === 'drop') out.push('dropped');
  if (action.friend?.op === 'add') out.push('added');
  if (action.share) out.push('shared');
  if (action.compare) out.push('compared');
  if (action.court === 'pay') out.push('paid');
  if (action.rateBack) out.push('triedRate');
  if (action.competitor) out.push('competitor');
  if (action.uses !== undefined) out.push('perkUsed');
  return out;
}

/**
 * The moments of the player's own week, in order, for the debrief: the choices worth quoting
 * (with the label they chose), being put on the court's list, and leaving.
 */
export function debriefMoments(level: SesameLevel, run: SesameRun): Moment[] {
  const totals = new Map(contributions(level, run).map((c) => [c.taken.index, c.total]));
  const out: Moment[] = [];
  for (let d = 0; d < run.dayIds.length; d++) {
    for (const t of run.taken.filter((x) => x.day === d)) {
      const action = actionOf(level, t.action);
      for (const kind of momentKinds(action, t.blocked)) {
        out.push({ kind, day: d + 1, card: cardOf(level, t.card), label: action.label, delta: totals.get(t.index) ?? 0, fact: level.moments[kind] });
      }
    }
    if (run.listedOn === d) out.push({ kind: 'listed', day: d + 1, card: null, label: null, delta: 0, fact: level.moments.listed });
    if (run.leftOn === d) out.push({ kind: 'left', day: d + 1, card: null, label: level.leaving.label, delta: 0, fact: level.moments.left });
  }
  return out;
}

const sectionRank = (s: Section) => SECTIONS.indexOf(s);

/** Every source the reveal and the debrief cite, once each, in the report's order. */
export function citations(level: SesameLevel, run: SesameRun): Source[] {
  const statements: Statement[] = [];
  for (const beat of revealBeats(level, run)) {
    if (beat.id === 'weights') statements.push(beat.text, ...beat.facts);
    if (beat.id === 'moves' || beat.id === 'chasing') statements.push(beat.text);
    if (beat.id === 'fico') statements.push(beat.text, beat.fact);
    if (beat.id === 'reality') statements.push(...beat.facts);
  }
  statements.push(...debriefMoments(level, run).map((m) => m.fact));
  const d = level.debrief;
  statements.push(...d.findings, d.myth.reality, ...(d.caveat ? [d.caveat] : []));
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const s of statements) {
    if (!s.source) continue;
    const k = `${s.source.section}|${s.source.quote}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(s.source);
  }
  return out.sort((a, b) => sectionRank(a.section) - sectionRank(b.section));
}
