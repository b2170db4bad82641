/**
 * What the run shows once it is over (and what the dashboard shows while it runs): plain data for
 * the interface. The reveal comes in beats (rules.BEATS): the cascade replayed from the first wrong
 * record, what each institution took, what the appeal restored and what it could not, the travel
 * ban and why it is not a score, and why the report calls this system the least controversial in
 * its norms yet the most consequential for firms.
 */
import type { LText, Section, Source, Statement } from '../content';
import { SECTIONS } from '../content';
import {
  BEATS, closedOperations, currentScore, errorOf, eventOf, gradeOf, outcomeOf, profileOf,
  type BeatId, type Cause, type FirmRun, type LiftedPenalty, type Penalty, type QuarterLog, type Split,
} from './rules';
import type { Channel, Effect, ErrorRecord, Event, FirmLevel, GradeId, Institution, Operation, Option, Outcome } from './schema';

const find = <T extends { id: string }>(list: readonly T[], id: string | null | undefined) => (id == null ? undefined : list.find((x) => x.id === id));

// ---------------------------------------------------------------------------------------------
// While the run goes on

export interface Status {
  readonly score: number;
  readonly own: number;
  readonly grade: GradeId;
  readonly redlisted: boolean;
  readonly budget: number;
  readonly split: Split | null;
  /** Every institution and the causes it lists the firm for now (empty: not listed). */
  readonly institutions: readonly { readonly id: string; readonly listed: readonly Cause[] }[];
  /** The firm's operations and the causes closing each now (empty: open). */
  readonly operations: readonly { readonly id: string; readonly closedBy: readonly Cause[] }[];
  /** The legal representative's travel: high-speed rail and planes refused under a court order; regular trains always open. */
  readonly travel: { readonly highSpeedRail: boolean; readonly plane: boolean; readonly regularTrain: true };
  readonly appeal: FirmRun['appeal'];
  /** The firm's own record per category it is assessed in. */
  readonly categories: readonly { readonly id: string; readonly own: number }[];
}

export function status(level: FirmLevel, run: FirmRun): Status {
  const profile = profileOf(level, run);
  const closed = closedOperations(run.penalties);
  const banned = run.penalties.some((p) => p.travel);
  const mine = new Map<string, number>();
  for (const r of run.log.flatMap((q) => q.records)) {
    const cat = eventOf(level, r.event)?.category;
    if (cat !== undefined) mine.set(cat, (mine.get(cat) ?? 0) + r.delta);
  }
  const score = currentScore(run);
  return {
    score,
    own: run.own,
    grade: gradeOf(level.grades, score).id,
    redlisted: run.flags.includes(level.redlist.flag),
    budget: run.budget,
    split: run.split,
    institutions: level.institutions.map((i) => ({
      id: i.id,
      listed: [...new Set(run.penalties.filter((p) => p.institution === i.id).map((p) => p.cause))],
    })),
    operations: (profile?.operations ?? []).map((id) => ({ id, closedBy: closed.get(id) ?? [] })),
    travel: { highSpeedRail: !banned, plane: !banned, regularTrain: true },
    appeal: run.appeal,
    categories: (profile?.categories ?? []).map((id) => ({ id, own: mine.get(id) ?? 0 })),
  };
}

export interface RecordView {
  readonly event: Event;
  /** How the data arrived (records), or null. */
  readonly channel: Channel | null;
  /** The institution that acted (consequences), or null. */
  readonly via: Institution | null;
  readonly option: Option | null;
  readonly outcome: Outcome;
  readonly passed: boolean | null;
}

/** A closed quarter's records with their texts, for the interlude. */
export function quarterRecords(level: FirmLevel, log: QuarterLog): RecordView[] {
  return log.records.flatMap((r) => {
    const event = eventOf(level, r.event);
    if (!event) return [];
    const res = outcomeOf(event, r.option, log.split);
    if (!res) return [];
    return [{
      event,
      channel: find(level.channels, event.channel) ?? null,
      via: find(level.institutions, event.via) ?? null,
      option: res.option,
      outcome: res.outcome,
      passed: res.passed,
    }];
  });
}

/** The grade's measures applied at the end of a quarter. */
export function measures(level: FirmLevel, log: QuarterLog): Effect[] {
  const grade = level.grades.find((g) => g.id === log.grade);
  return (grade?.effects ?? []).filter((e) => log.effects.includes(e.id));
}

export interface StepView {
  readonly institution: Institution;
  readonly from: string | null;
  readonly depth: number;
  /** The firm's operation it closed, or null when it took nothing from this firm. */
  readonly operation: Operation | null;
  /** What it takes, in words (its own "takes" text when it closes an operation). */
  readonly takes: LText | null;
  readonly travel: boolean;
  readonly cost: number;
}

/** A cascade's steps with their institutions and what each took, in the order the scene shows them. */
export function stepViews(level: FirmLevel, steps: readonly Penalty[]): StepView[] {
  return steps.flatMap((p) => {
    const institution = find(level.institutions, p.institution);
    if (!institution) return [];
    const operation = find(level.operations, p.operation) ?? null;
    return [{
      institution,
      from: p.from,
      depth: p.depth,
      operation,
      takes: operation && institution.takes?.operation === operation.id ? institution.takes.text : null,
      travel: p.travel,
      cost: p.cost,
    }];
  });
}

// ---------------------------------------------------------------------------------------------
// The reveal

export interface FirstWrongRecord {
  readonly error: ErrorRecord;
  readonly channel: Channel | null;
  /** The quarter (0-based) at whose end it was recorded. */
  readonly index: number;
  readonly quarter: string;
  readonly steps: readonly StepView[];
}

export function firstWrongRecord(level: FirmLevel, run: FirmRun): FirstWrongRecord | null {
  const log = run.log.find((q) => q.error !== null);
  const error = errorOf(level, run);
  if (!log || !error) return null;
  const cascade = log.cascades.find((c) => c.cause === 'error');
  return { error, channel: find(level.channels, error.channel) ?? null, index: log.index, quarter: log.quarter, steps: stepViews(level, cascade?.steps ?? []) };
}

export interface TakenRow {
  readonly institution: Institution;
  readonly operation: Operation | null;
  /** Quarters the firm lived with it (after the quarter it was imposed, up to the one it was lifted or the last). */
  readonly quarters: number;
  /** Orders lost meanwhile, in 10,000 yuan (illustrative). */
  readonly lost: number;
  readonly lifted: boolean;
  readonly lostForGood: LText | null;
}

const lastIndex = (run: FirmRun) => run.quarters.length - 1;

function felt(run: FirmRun, p: Penalty | LiftedPenalty): number {
  const until = 'until' in p ? p.until : lastIndex(run);
  return Math.max(0, until - p.since);
}

/** Every penalty that came from one cause, active or lifted, in the order it was imposed. */
export function penaltiesOf(run: FirmRun, cause: Cause): (Penalty | LiftedPenalty)[] {
  return [...run.lifted, ...run.penalties].filter((p) => p.cause === cause).sort((a, b) => a.since - b.since || a.depth - b.depth);
}

/** What each institution took because of the human error, and for how long. */
export function takenByError(level: FirmLevel, run: FirmRun): TakenRow[] {
  return penaltiesOf(run, 'error').flatMap((p) => {
    const institution = find(level.institutions, p.institution);
    if (!institution) return [];
    const operation = find(level.operations, p.operation) ?? null;
    const quarters = felt(run, p);
    return [{
      institution,
      operation,
      quarters,
      lost: operation ? operation.loss.perQuarter * quarters : 0,
      lifted: 'until' in p,
      lostForGood: operation?.lostForGood && quarters > 0 ? operation.lostForGood : null,
    }];
  });
}

export interface AppealSummary {
  readonly outcome: 'restored' | 'pending' | 'never-filed';
  readonly filedAt: number | null;
  readonly restoredAt: number | null;
  readonly units: number;
  /** Operations the appeal reopened. */
  readonly restored: readonly Operation[];
  /** Operations still closed by the error when the run ended. */
  readonly stillClosed: readonly Operation[];
  /** Orders lost while the error's lists stood (10,000 yuan, illustrative). */
  readonly lostMeanwhile: number;
  readonly lostForGood: readonly LText[];
  /** The grade's measures the firm met while the error stood (quarter index and measure). */
  readonly measures: readonly { readonly index: number; readonly effect: Effect }[];
}

export function appealSummary(level: FirmLevel, run: FirmRun): AppealSummary {
  const rows = takenByError(level, run);
  const ops = (lifted: boolean) => rows.filter((r) => r.lifted === lifted && r.operation).map((r) => r.operation as Operation);
  const landed = run.log.find((q) => q.error !== null);
  const end = run.appeal?.restoredAt ?? lastIndex(run);
  const during = landed ? run.log.filter((q) => q.index >= landed.index && q.index < end) : [];
  return {
    outcome: run.appeal === null ? 'never-filed' : run.appeal.restoredAt === null ? 'pending' : 'restored',
    filedAt: run.appeal?.filedAt ?? null,
    restoredAt: run.appeal?.restoredAt ?? null,
    units: run.appeal?.units ?? 0,
    restored: ops(true),
    stillClosed: ops(false),
    lostMeanwhile: rows.reduce((s, r) => s + r.lost, 0),
    lostForGood: rows.flatMap((r) => (r.lostForGood ? [r.lostForGood] : [])),
    measures: during.flatMap((q) => measures(level, q).filter((e) => e.kind !== 'none' && e.kind !== 'redlist').map((effect) => ({ index: q.index, effect }))),
  };
}

export interface TravelSummary {
  /** The player met the court order on this run. */
  readonly met: boolean;
  readonly imposedAt: number | null;
  readonly settledAt: number | null;
  readonly liftedAt: number | null;
  /** Trips the legal representative made by regular train meanwhile. */
  readonly regularTrains: number;
}

export function travelSummary(level: FirmLevel, run: FirmRun): TravelSummary {
  const co = level.courtOrder;
  // Trips the ban met (events through the institution that honours the court) where the player did not settle.
  const regularTrains = run.log
    .flatMap((q) => q.records)
    .filter((r) => {
      const option = eventOf(level, r.event)?.options?.find((o) => o.id === r.option);
      return eventOf(level, r.event)?.via === co.honouredBy && option !== undefined && !option.pass.set.includes(co.settle);
    }).length;
  return {
    met: run.court !== null,
    imposedAt: run.court?.imposedAt ?? null,
    settledAt: run.court?.settledAt ?? null,
    liftedAt: run.court?.liftedAt ?? null,
    regularTrains,
  };
}

export type RevealBeat =
  | { readonly id: 'replay'; readonly text: Statement; readonly record: FirstWrongRecord | null }
  | { readonly id: 'taken'; readonly text: Statement; readonly rows: readonly TakenRow[]; readonly totalLost: number }
  | { readonly id: 'appeal'; readonly text: Statement; readonly rectified: Statement; readonly notRestored: Statement; readonly summary: AppealSummary }
  | { readonly id: 'travel'; readonly statements: readonly Statement[]; readonly summary: TravelSummary }
  | { readonly id: 'why'; readonly statements: readonly Statement[]; readonly foreign: readonly Statement[]; readonly foreignFirm: boolean; readonly notCollected: FirmLevel['facts']['notCollected'] };

export function revealBeat(level: FirmLevel, run: FirmRun, id: BeatId): RevealBeat {
  const r = level.reveal;
  switch (id) {
    case 'replay':
      return { id, text: r.replay, record: firstWrongRecord(level, run) };
    case 'taken': {
      const rows = takenByError(level, run);
      return { id, text: r.taken, rows, totalLost: rows.reduce((s, x) => s + x.lost, 0) };
    }
    case 'appeal': {
      const summary = appealSummary(level, run);
      const text = summary.outcome === 'restored' ? r.restored : summary.outcome === 'pending' ? r.pending : r.neverFiled;
      return { id, text, rectified: level.appeal.rectified, notRestored: r.notRestored, summary };
    }
    case 'travel': {
      const summary = travelSummary(level, run);
      const c = level.courtOrder;
      return { id, statements: [...(summary.met ? [c.text] : []), c.media, c.notScore, c.refused, c.open], summary };
    }
    case 'why':
      return {
        id,
        statements: r.why,
        foreign: level.facts.foreign,
        foreignFirm: profileOf(level, run)?.foreign ?? false,
        notCollected: level.facts.notCollected,
      };
  }
}

export function revealBeats(level: FirmLevel, run: FirmRun): RevealBeat[] {
  return BEATS.map((id) => revealBeat(level, run, id));
}

/** The beat the run is on, during the reveal. */
export function currentBeat(level: FirmLevel, run: FirmRun): RevealBeat | null {
  if (run.phase !== 'reveal') return null;
  const id = BEATS[run.beat];
  return id ? revealBeat(level, run, id) : null;
}

// ---------------------------------------------------------------------------------------------
// The debrief

export type Moment =
  | { readonly kind: 'profile'; readonly index: null; readonly label: LText; readonly key: true }
  | { readonly kind: 'budget'; readonly index: number; readonly preset: LText | null; readonly split: Split; readonly key: boolean }
  | { readonly kind: 'answer'; readonly index: number; readonly event: Event; readonly label: LText; readonly outcome: LText; readonly delta: number; readonly carried: boolean; readonly key: boolean }
  | { readonly kind: 'appeal'; readonly index: number; readonly choice: 'filed' | 'waited'; readonly label: LText; readonly key: true }
  | { readonly kind: 'grade'; readonly index: number; readonly grade: GradeId; readonly score: number; readonly key: true };

/**
 * The player's own choices, in order, quoted for the debrief. `key` marks the ones worth quoting
 * first: the firm, choices that came back later (they set a flag), big swings, appeals, budgets
 * that funded an appeal, and the final grade.
 */
export function debriefMoments(level: FirmLevel, run: FirmRun): Moment[] {
  const out: Moment[] = [];
  const profile = profileOf(level, run);
  if (profile) out.push({ kind: 'profile', index: null, label: profile.name, key: true });
  for (const q of run.log) {
    const preset = find(level.budget.presets, q.preset);
    out.push({ kind: 'budget', index: q.index, preset: preset?.name ?? null, split: q.split, key: q.split.appeals > 0 });
    if (q.appeal) out.push({ kind: 'appeal', index: q.index, choice: q.appeal, label: q.appeal === 'filed' ? level.appeal.contest : level.appeal.wait, key: true });
    for (const r of q.records) {
      const event = eventOf(level, r.event);
      if (!event?.options || r.option === null) continue;
      const res = outcomeOf(event, r.option, q.split);
      if (!res?.option) continue;
      const carried = res.outcome.set.length > 0;
      out.push({ kind: 'answer', index: q.index, event, label: res.option.label, outcome: res.outcome.text, delta: r.delta, carried, key: carried || Math.abs(r.delta) >= 5 });
    }
  }
  const last = run.log[run.log.length - 1];
  if (last) out.push({ kind: 'grade', index: last.index, grade: last.grade, score: last.score, key: true });
  return out;
}

const sectionRank = (s: Section) => SECTIONS.indexOf(s);

/** Every source the reveal and the debrief cite, once each, in the report's order. */
export function citations(level: FirmLevel, run: FirmRun): Source[] {
  const statements: Statement[] = [];
  for (const beat of revealBeats(level, run)) {
    if (beat.id === 'replay') statements.push(beat.text);
    if (beat.id === 'taken') statements.push(beat.text);
    if (beat.id === 'appeal') statements.push(beat.text, beat.rectified, beat.notRestored);
    if (beat.id === 'travel') statements.push(...beat.statements);
    if (beat.id === 'why') statements.push(...beat.statements, ...beat.foreign, beat.notCollected.text);
  }
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
