/**
 * "A firm under audit": the rules, with no drawing and no DOM. A run is plain data; every change
 * goes through step(), which refuses a bad action with a reason and leaves the run as it was.
 *
 * A quarter: the player splits the budget (compliance, paperwork, training, inspectors, appeals),
 * then meets the quarter's events; closing the quarter resolves the records, lands the human error
 * (in the route's error quarter) with its cascade through joint punishment, settles appeals and
 * court orders, and gives the grade, whose measures shape the next quarter.
 */
import { createRng, shuffled } from '../rng';
import type { Route } from '../role';
import { cascade } from './cascade';
import {
  BUDGET_LINES,
  type BudgetLine, type Check, type ErrorRecord, type Event, type FirmLevel, type GradeId, type Option, type Outcome, type Profile, type Weights,
} from './schema';

export type { Route };
export type Phase = 'profile' | 'budget' | 'events' | 'quarter' | 'reveal' | 'debrief';
export type Split = { readonly [K in BudgetLine]: number };
/** Why an institution lists the firm: the human error, the firm's own poor grade, or a court order. */
export type Cause = 'error' | 'grade' | 'court';

/** The reveal's beats, in order; the last `nextBeat` leads to the debrief. */
export const BEATS = ['replay', 'taken', 'appeal', 'travel', 'why'] as const;
export type BeatId = (typeof BEATS)[number];

export interface Penalty {
  readonly cause: Cause;
  readonly institution: string;
  /** The institution whose list it honoured; null for the one that recorded first. */
  readonly from: string | null;
  readonly depth: number;
  /** The firm's operation it closes; null when it takes nothing from this firm. */
  readonly operation: string | null;
  /** It refuses the legal representative high-speed rail and plane tickets (court orders only). */
  readonly travel: boolean;
  /** Score points (zero or negative) while it stands; an institution counts once, at its worst. */
  readonly cost: number;
  /** The quarter (0-based) at whose end it was imposed. */
  readonly since: number;
}

export interface LiftedPenalty extends Penalty {
  /** The quarter at whose end it was lifted. */
  readonly until: number;
}

export interface RecordEntry {
  readonly event: string;
  /** The option chosen; null for a record that resolved by itself. */
  readonly option: string | null;
  /** Whether the budget check passed; null without a check. */
  readonly passed: boolean | null;
  readonly delta: number;
  readonly budget: number;
}

export interface CascadeRecord {
  readonly cause: Cause;
  readonly origin: string;
  /** The institutions that listed the firm, in the order the penalty travelled. */
  readonly steps: readonly Penalty[];
}

export interface QuarterLog {
  readonly quarter: string;
  readonly index: number;
  readonly budget: number;
  readonly split: Split;
  readonly preset: string | null;
  readonly records: readonly RecordEntry[];
  readonly appeal: 'filed' | 'waited' | null;
  /** The human error, if it was recorded this quarter. */
  readonly error: string | null;
  readonly cascades: readonly CascadeRecord[];
  readonly lifted: readonly LiftedPenalty[];
  readonly restored: boolean;
  readonly court: 'imposed' | 'settled' | 'lifted' | null;
  readonly ownBefore: number;
  readonly own: number;
  readonly scoreBefore: number;
  readonly score: number;
  readonly gradeBefore: GradeId;
  readonly grade: GradeId;
  /** Ids of the grade's measures applied for the next quarter. */
  readonly effects: readonly string[];
  readonly redlisted: boolean;
  /** Units off next quarter's budget (fees, fines, training, audits). */
  readonly cut: number;
}

export interface FirmRun {
  readonly seed: number;
  readonly route: Route;
  readonly phase: Phase;
  readonly beat: number;
  readonly profile: string | null;
  /** The human error this run meets (chosen from the seed once the firm is chosen). */
  readonly error: string | null;
  readonly quarters: readonly string[];
  readonly index: number;
  /** Units to spend this quarter. */
  readonly budget: number;
  readonly split: Split | null;
  readonly preset: string | null;
  /** This quarter's events, in the order they arrive. */
  readonly events: readonly string[];
  readonly answers: Readonly<Record<string, string>>;
  readonly appealChoice: 'filed' | 'waited' | null;
  readonly flags: readonly string[];
  /** Events that arrive once (those requiring flags) and have arrived. */
  readonly seen: readonly string[];
  /** Events the grade's measures bring next quarter. */
  readonly queue: readonly string[];
  /** The firm's own record score: the start plus every record's change. */
  readonly own: number;
  readonly penalties: readonly Penalty[];
  readonly lifted: readonly LiftedPenalty[];
  readonly appeal: { readonly filedAt: number; readonly units: number; readonly restoredAt: number | null } | null;
  readonly court: { readonly imposedAt: number; readonly settledAt: number | null; readonly liftedAt: number | null } | null;
  /** Units off next quarter's budget, gathered while the quarter closes. */
  readonly cut: number;
  readonly log: readonly QuarterLog[];
}

export type FirmAction =
  | { type: 'pick'; profile: string }
  | { type: 'budget'; split: Split }
  | { type: 'answer'; event: string; option: string }
  | { type: 'appeal'; choice: 'contest' | 'wait' }
  | { type: 'closeQuarter' }
  | { type: 'nextQuarter' }
  | { type: 'nextBeat' };

export type StepError =
  | 'wrong-phase' | 'unknown-profile' | 'bad-split' | 'not-pending' | 'unknown-option' | 'decisions-left';
export type StepResult = { ok: true; run: FirmRun } | { ok: false; run: FirmRun; reason: StepError };

// ---------------------------------------------------------------------------------------------
// Lookups

function byId<T extends { id: string }>(list: readonly T[], id: string | null): T | undefined {
  return id === null ? undefined : list.find((x) => x.id === id);
}

export const profileOf = (level: FirmLevel, run: FirmRun): Profile | undefined => byId(level.profiles, run.profile);
export const eventOf = (level: FirmLevel, id: string): Event | undefined => byId(level.events, id);
export const errorOf = (level: FirmLevel, run: FirmRun): ErrorRecord | undefined => byId(level.humanError, run.error);
export const routeOf = (level: FirmLevel, run: FirmRun) => level.routes[run.route];

/** Whether a firm meets an event: named for it (or for everyone) and assessed in its category. */
export function applies(event: Event, profile: Profile): boolean {
  return (!event.profiles || event.profiles.includes(profile.id)) && (event.category === undefined || profile.categories.includes(event.category));
}

const quarterRng = (seed: number, index: number) => createRng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);

/** The human error a firm meets on a seed: one candidate in a category it is assessed in. */
export function pickError(level: FirmLevel, profile: Profile, seed: number): ErrorRecord {
  const candidates = level.humanError.filter((e) => profile.categories.includes(e.category));
  const pool = candidates.length ? candidates : level.humanError;
  const rng = createRng((seed ^ 0x85ebca6b) >>> 0);
  return pool[Math.floor(rng() * pool.length)] as ErrorRecord;
}

/**
 * A quarter's events: those the grade brought, those whose flags are set (once each), the fixed
 * ones, then the seed's picks from the pool (not met before); only events the firm meets.
 */
export function quarterEvents(
  level: FirmLevel,
  profile: Profile,
  seed: number,
  index: number,
  quarterId: string,
  state: { readonly flags: readonly string[]; readonly seen: readonly string[]; readonly queue: readonly string[]; readonly log: readonly QuarterLog[] },
): { events: string[]; seen: string[] } {
  const quarter = byId(level.quarters, quarterId);
  const ok = (id: string) => {
    const e = eventOf(level, id);
    return e !== undefined && applies(e, profile);
  };
  // A pool never repeats an event the firm has already met in this run.
  const met = new Set(state.log.flatMap((q) => q.records.map((r) => r.event)));
  const queued = state.queue.filter(ok);
  const followUps = level.events
    .filter((e) => e.requires.length > 0 && !state.seen.includes(e.id) && applies(e, profile) && e.requires.every((f) => state.flags.includes(f)))
    .map((e) => e.id);
  const fixed = (quarter?.events ?? []).filter(ok);
  const pool = shuffled((quarter?.pool ?? []).filter((id) => ok(id) && !met.has(id)), quarterRng(seed, index)).slice(0, quarter?.poolCount ?? 0);
  const events: string[] = [];
  for (const id of [...queued, ...followUps, ...fixed, ...pool]) if (!events.includes(id)) events.push(id);
  return { events, seen: [...state.seen, ...followUps] };
}

// ---------------------------------------------------------------------------------------------
// Budget

export const emptySplit = (): Split => ({ compliance: 0, paperwork: 0, training: 0, inspectors: 0, appeals: 0 });

export const splitTotal = (split: Split) => BUDGET_LINES.reduce((sum, l) => sum + split[l], 0);

/** A preset's shares in whole units summing to the budget (largest remainder; ties by line order). */
export function presetSplit(weights: Weights, budget: number): Split {
  const total = BUDGET_LINES.reduce((s, l) => s + weights[l], 0);
  const out: Record<BudgetLine, number> = { ...emptySplit() };
  if (total <= 0 || budget <= 0) return out;
  const rest = BUDGET_LINES.map((l, i) => {
    const exact = (weights[l] * budget) / total;
    out[l] = Math.floor(exact);
    return { l, i, frac: exact - Math.floor(exact) };
  });
  let left = budget - splitTotal(out);
  rest.sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const r of rest) {
    if (left <= 0) break;
    out[r.l] += 1;
    left--;
  }
  return out;
}

export function validSplit(split: Split, budget: number): boolean {
  return BUDGET_LINES.every((l) => Number.isInteger(split[l]) && split[l] >= 0) && splitTotal(split) === budget;
}

const sameSplit = (a: Split, b: Split) => BUDGET_LINES.every((l) => a[l] === b[l]);

export function budgetFor(level: FirmLevel, cut: number): number {
  return Math.max(level.budget.minimum, level.budget.perQuarter - cut);
}

// ---------------------------------------------------------------------------------------------
// Lists, score and grade

/**
 * Add a blacklist: the origin lists the firm and every institution that honours it follows
 * (joint punishment). An institution already listing the firm for the same cause is skipped, so
 * adding a blacklist never removes or lowers anything already there.
 */
export function blacklist(
  level: FirmLevel,
  profile: Profile,
  penalties: readonly Penalty[],
  origin: string,
  cause: Cause,
  quarter: number,
  originCost?: number,
): { penalties: Penalty[]; added: Penalty[] } {
  const added: Penalty[] = [];
  for (const step of cascade(level.institutions, origin)) {
    if (penalties.some((p) => p.cause === cause && p.institution === step.institution)) continue;
    const inst = byId(level.institutions, step.institution);
    if (!inst) continue;
    const op = inst.takes && profile.operations.includes(inst.takes.operation) ? inst.takes.operation : null;
    const cost = step.depth === 0 && originCost !== undefined ? originCost : inst.cost.score;
    added.push({ cause, institution: step.institution, from: step.from, depth: step.depth, operation: op, travel: false, cost, since: quarter });
  }
  return { penalties: [...penalties, ...added], added };
}

/** Lift every penalty of one cause (an appeal, a rectified record); nothing else changes. */
export function liftCause(penalties: readonly Penalty[], cause: Cause, quarter: number): { penalties: Penalty[]; lifted: LiftedPenalty[] } {
  return {
    penalties: penalties.filter((p) => p.cause !== cause),
    lifted: penalties.filter((p) => p.cause === cause).map((p) => ({ ...p, until: quarter })),
  };
}

/** What the lists cost the score: each listing institution once, at its worst. */
export function listCost(penalties: readonly Penalty[]): number {
  const worst = new Map<string, number>();
  for (const p of penalties) worst.set(p.institution, Math.min(worst.get(p.institution) ?? 0, p.cost));
  let sum = 0;
  for (const c of worst.values()) sum += c;
  return sum;
}

export function scoreOf(own: number, penalties: readonly Penalty[]): number {
  return Math.max(0, Math.min(100, own + listCost(penalties)));
}

/** The grade for a score: the first (best) grade whose threshold it reaches. */
export function gradeOf<G extends { readonly threshold: { readonly min: number } }>(grades: readonly G[], score: number): G {
  return grades.find((g) => score >= g.threshold.min) ?? (grades[grades.length - 1] as G);
}

/** The firm's operations closed now, with the causes closing each. */
export function closedOperations(penalties: readonly Penalty[]): Map<string, Cause[]> {
  const out = new Map<string, Cause[]>();
  for (const p of penalties) {
    if (p.operation === null) continue;
    const causes = out.get(p.operation) ?? [];
    if (!causes.includes(p.cause)) causes.push(p.cause);
    out.set(p.operation, causes);
  }
  return out;
}

export const travelBanned = (run: FirmRun) => run.penalties.some((p) => p.travel);

export const currentScore = (run: FirmRun) => scoreOf(run.own, run.penalties);

// ---------------------------------------------------------------------------------------------
// Creating and stepping

export function createRun(level: FirmLevel, seed: number, route: Route): FirmRun {
  return {
    seed,
    route,
    phase: 'profile',
    beat: 0,
    profile: null,
    error: null,
    quarters: level.routes[route].quarters.slice(),
    index: 0,
    budget: level.budget.perQuarter,
    split: null,
    preset: null,
    events: [],
    answers: {},
    appealChoice: null,
    flags: [],
    seen: [],
    queue: [],
    own: level.scoring.start,
    penalties: [],
    lifted: [],
    appeal: null,
    court: null,
    cut: 0,
    log: [],
  };
}

/** The appeal waits for an answer this quarter: the error stands and nothing has been filed. */
export function appealDue(run: FirmRun): boolean {
  return run.phase === 'events' && run.appeal === null && run.appealChoice === null && run.penalties.some((p) => p.cause === 'error');
}

/** The next decision of the events phase: 'appeal', an event id, or null when the quarter can close. */
export function pending(level: FirmLevel, run: FirmRun): string | null {
  if (run.phase !== 'events') return null;
  if (appealDue(run)) return 'appeal';
  return run.events.find((id) => eventOf(level, id)?.options !== undefined && !(id in run.answers)) ?? null;
}

function resolve(check: Check | undefined, pass: Outcome, fail: Outcome | undefined, split: Split): { outcome: Outcome; passed: boolean | null } {
  if (!check) return { outcome: pass, passed: null };
  const ok = split[check.line] >= check.need;
  return { outcome: ok ? pass : (fail ?? pass), passed: ok };
}

/** How a chosen option (or a record's own result) turns out under this quarter's budget. */
export function outcomeOf(event: Event, optionId: string | null, split: Split): { outcome: Outcome; passed: boolean | null; option: Option | null } | null {
  if (event.options) {
    const option = event.options.find((o) => o.id === optionId);
    if (!option) return null;
    return { ...resolve(option.check, option.pass, option.fail, split), option };
  }
  if (!event.result) return null;
  return { ...resolve(event.result.check, event.result.pass, event.result.fail, split), option: null };
}

function startQuarter(level: FirmLevel, run: FirmRun, index: number, profile: Profile): Partial<FirmRun> {
  const planned = quarterEvents(level, profile, run.seed, index, run.quarters[index] as string, run);
  return {
    phase: 'budget',
    index,
    budget: budgetFor(level, run.cut),
    cut: 0,
    split: null,
    preset: null,
    events: planned.events,
    seen: planned.seen,
    queue: [],
    answers: {},
    appealChoice: null,
  };
}

export function step(level: FirmLevel, run: FirmRun, action: FirmAction): StepResult {
  const fail = (reason: StepError): StepResult => ({ ok: false, run, reason });
  const ok = (next: Partial<FirmRun>): StepResult => ({ ok: true, run: { ...run, ...next } });
  switch (action.type) {
    case 'pick': {
      if (run.phase !== 'profile') return fail('wrong-phase');
      const profile = byId(level.profiles, action.profile);
      if (!profile) return fail('unknown-profile');
      const picked: FirmRun = { ...run, profile: profile.id, error: pickError(level, profile, run.seed).id };
      return { ok: true, run: { ...picked, ...startQuarter(level, picked, 0, profile) } };
    }
    case 'budget': {
      if (run.phase !== 'budget') return fail('wrong-phase');
      if (!validSplit(action.split, run.budget)) return fail('bad-split');
      const split = { ...emptySplit(), ...action.split };
      const preset = level.budget.presets.find((p) => sameSplit(presetSplit(p.weights, run.budget), split))?.id ?? null;
      return ok({ phase: 'events', split, preset });
    }
    case 'appeal': {
      if (run.phase !== 'events') return fail('wrong-phase');
      if (pending(level, run) !== 'appeal') return fail('not-pending');
      if (action.choice === 'wait') return ok({ appealChoice: 'waited' });
      return ok({ appealChoice: 'filed', appeal: { filedAt: run.index, units: 0, restoredAt: null } });
    }
    case 'answer': {
      if (run.phase !== 'events') return fail('wrong-phase');
      if (pending(level, run) !== action.event) return fail('not-pending');
      const event = eventOf(level, action.event);
      if (!event?.options?.some((o) => o.id === action.option)) return fail('unknown-option');
      return ok({ answers: { ...run.answers, [action.event]: action.option } });
    }
    case 'closeQuarter': {
      if (run.phase !== 'events') return fail('wrong-phase');
      if (pending(level, run) !== null) return fail('decisions-left');
      return { ok: true, run: closeQuarter(level, run) };
    }
    case 'nextQuarter': {
      if (run.phase !== 'quarter') return fail('wrong-phase');
      if (run.index >= run.quarters.length - 1) return ok({ phase: 'reveal', beat: 0 });
      const profile = profileOf(level, run) as Profile;
      return ok(startQuarter(level, run, run.index + 1, profile));
    }
    case 'nextBeat': {
      if (run.phase !== 'reveal') return fail('wrong-phase');
      if (run.beat >= BEATS.length - 1) return ok({ phase: 'debrief' });
      return ok({ beat: run.beat + 1 });
    }
  }
}

/** The firm's own record per category, over every closed quarter plus the given records. */
export function ownByCategory(level: FirmLevel, run: FirmRun, extra: readonly RecordEntry[] = []): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of [...run.log.flatMap((q) => q.records), ...extra]) {
    const cat = eventOf(level, r.event)?.category;
    if (cat !== undefined) out.set(cat, (out.get(cat) ?? 0) + r.delta);
  }
  return out;
}

function closeQuarter(level: FirmLevel, run: FirmRun): FirmRun {
  const profile = profileOf(level, run) as Profile;
  const split = run.split ?? emptySplit();
  const index = run.index;
  const gradeId = (score: number) => gradeOf(level.grades, score).id;
  const ownBefore = run.own;
  const scoreBefore = scoreOf(run.own, run.penalties);

  // 1. The quarter's records.
  let own = run.own;
  let cut = run.cut;
  let flags = run.flags.slice();
  const records: RecordEntry[] = [];
  for (const id of run.events) {
    const event = eventOf(level, id);
    if (!event) continue;
    const res = outcomeOf(event, run.answers[id] ?? null, split);
    if (!res) continue;
    const { outcome, passed, option } = res;
    own += outcome.delta;
    cut -= outcome.budget;
    flags = flags.filter((f) => !outcome.clear.includes(f));
    for (const f of outcome.set) if (!flags.includes(f)) flags.push(f);
    records.push({ event: id, option: option?.id ?? null, passed, delta: outcome.delta, budget: outcome.budget });
  }

  // 2. The human error and its cascade.
  let penalties = run.penalties.slice();
  const lifted: LiftedPenalty[] = [];
  const cascades: CascadeRecord[] = [];
  let error: string | null = null;
  const errorRecord = errorOf(level, run);
  if (errorRecord && run.quarters[index] === routeOf(level, run).errorAt) {
    const r = blacklist(level, profile, penalties, errorRecord.institution, 'error', index, errorRecord.cost.score);
    penalties = r.penalties;
    error = errorRecord.id;
    cascades.push({ cause: 'error', origin: errorRecord.institution, steps: r.added });
  }

  // 3. The appeal: units from the quarter it was filed; removal when both time and units are there.
  let appeal = run.appeal;
  let restored = false;
  if (appeal && appeal.restoredAt === null) {
    appeal = { ...appeal, units: appeal.units + split.appeals };
    const { units, quarters } = level.appeal.cost;
    if (index - appeal.filedAt + 1 >= quarters && appeal.units >= units) {
      const r = liftCause(penalties, 'error', index);
      penalties = r.penalties;
      lifted.push(...r.lifted);
      appeal = { ...appeal, restoredAt: index };
      restored = true;
    }
  }

  // 4. The court order: imposed after an unpaid fine, lifted a quarter after it is settled.
  const co = level.courtOrder;
  let court = run.court;
  let courtNote: QuarterLog['court'] = null;
  if (court && court.liftedAt === null && court.settledAt !== null && index > court.settledAt) {
    const r = liftCause(penalties, 'court', index);
    penalties = r.penalties;
    lifted.push(...r.lifted);
    flags = flags.filter((f) => f !== co.banFlag);
    court = { ...court, liftedAt: index };
    courtNote = 'lifted';
  } else if (court && court.settledAt === null && flags.includes(co.settle)) {
    court = { ...court, settledAt: index };
    flags = flags.filter((f) => f !== co.settle);
    courtNote = 'settled';
  } else if (!court && flags.includes(co.trigger)) {
    const steps: Penalty[] = [
      { cause: 'court', institution: co.institution, from: null, depth: 0, operation: null, travel: false, cost: 0, since: index },
      { cause: 'court', institution: co.honouredBy, from: co.institution, depth: 1, operation: null, travel: true, cost: 0, since: index },
    ];
    penalties = [...penalties, ...steps];
    cascades.push({ cause: 'court', origin: co.institution, steps });
    flags = [...flags.filter((f) => f !== co.trigger), co.banFlag];
    court = { imposedAt: index, settledAt: null, liftedAt: null };
    courtNote = 'imposed';
  }

  // 5. A record rectified: the firm's own score is back at "medium" or better, so its own blacklist goes.
  // (Not when the grade would still be poor: its measures would list the firm again at once.)
  const medium = level.grades.find((g) => g.id === 'medium');
  if (medium && own >= medium.threshold.min && penalties.some((p) => p.cause === 'grade')) {
    const r = liftCause(penalties, 'grade', index);
    if (gradeOf(level.grades, scoreOf(own, r.penalties)).id !== 'poor') {
      penalties = r.penalties;
      lifted.push(...r.lifted);
    }
  }

  // 6. Score and grade, then the grade's measures for the next quarter.
  const score = scoreOf(own, penalties);
  const grade = gradeOf(level.grades, score);
  const effects: string[] = [];
  const queue: string[] = [];
  let redlisted = false;
  for (const effect of grade.effects) {
    effects.push(effect.id);
    if (effect.units) cut += effect.units.n;
    if (effect.event) queue.push(effect.event);
    if (effect.kind === 'redlist') redlisted = true;
    if ((effect.kind === 'permission' || effect.kind === 'preferential') && effect.institution) {
      const already = penalties.some((p) => p.cause === 'grade' && p.institution === effect.institution);
      if (!already) {
        const inst = byId(level.institutions, effect.institution);
        const op = effect.operation && profile.operations.includes(effect.operation) ? effect.operation : null;
        const p: Penalty = { cause: 'grade', institution: effect.institution, from: null, depth: 0, operation: op, travel: false, cost: inst?.cost.score ?? 0, since: index };
        penalties = [...penalties, p];
      }
    }
    if (effect.kind === 'blacklist') {
      const mine = ownByCategory(level, run, records);
      const worst = profile.categories.reduce((a, b) => ((mine.get(b) ?? 0) < (mine.get(a) ?? 0) ? b : a));
      const origin = byId(level.categories, worst)?.institution;
      if (origin) {
        const r = blacklist(level, profile, penalties, origin, 'grade', index);
        penalties = r.penalties;
        if (r.added.length) cascades.push({ cause: 'grade', origin, steps: r.added });
      }
    }
  }
  flags = flags.filter((f) => f !== level.redlist.flag);
  if (redlisted) flags.push(level.redlist.flag);

  const log: QuarterLog = {
    quarter: run.quarters[index] as string,
    index,
    budget: run.budget,
    split,
    preset: run.preset,
    records,
    appeal: run.appealChoice,
    error,
    cascades,
    lifted,
    restored,
    court: courtNote,
    ownBefore,
    own,
    scoreBefore,
    score,
    gradeBefore: run.log.length ? (run.log[run.log.length - 1] as QuarterLog).grade : gradeId(scoreBefore),
    grade: grade.id,
    effects,
    redlisted,
    cut,
  };
  return { ...run, phase: 'quarter', own, cut, flags, penalties, lifted: [...run.lifted, ...lifted], appeal, court, queue, log: [...run.log, log] };
}

/** Apply a list of actions from a fresh run (a saved game). Fails on the first refused action. */
export function replay(level: FirmLevel, seed: number, route: Route, actions: readonly FirmAction[]): StepResult | { ok: false; at: number; reason: StepError } {
  let run = createRun(level, seed, route);
  for (let i = 0; i < actions.length; i++) {
    const r = step(level, run, actions[i] as FirmAction);
    if (!r.ok) return { ok: false, at: i, reason: r.reason };
    run = r.run;
  }
  return { ok: true, run };
}
