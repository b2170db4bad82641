/**
 * What the week shows once it is over, as plain data the interface steps through one beat at a
 * time: (a) the media account's values applied to the player's own week, (b) the board re-ranked
 * under them, (c) who would have been a model citizen, (d) favours, hearsay and the villager never
 * seen. Then the moments of the player's own week that the debrief quotes.
 */
import type { Statement } from '../content';
import type { Comparison, FollowUp, MomentKind, VillageLevel, Villager } from './schema';
import {
  choiceFor, deedOf, eventById, firedEvents, rankTallies, standings, tallies, REVEAL_BEATS,
  type BoardEntry, type Choice, type VillageRun,
} from './rules';

/**
 * A ratio said the way a person says it: "three times more" or "fifteen times less", never
 * "0.1 times". `factor` is at least 1 (one decimal at most).
 */
export interface Ratio {
  factor: number;
  direction: 'more' | 'less' | 'same';
}

export function ratioOf(a: number, b: number): Ratio | null {
  if (!(a > 0 && b > 0)) return null;
  if (a === b) return { factor: 1, direction: 'same' };
  const big = a > b ? a / b : b / a;
  return { factor: Math.round(big * 10) / 10, direction: a > b ? 'more' : 'less' };
}

export interface ValueRow {
  deedId: string;
  villagerId: string;
  /** What the media account cited by the report gives this deed. */
  reportPoints: number;
  choice: Choice;
}

export interface ComparisonRow {
  comparison: Comparison;
  /** The report's a against b, e.g. { factor: 3, direction: 'more' }. */
  report: Ratio | null;
  /** The player's a against b; null when either was declined or given 0 or less. */
  player: Ratio | null;
  playerA: Choice;
  playerB: Choice;
}

export interface ValuesBeat {
  text: Statement;
  rows: ValueRow[];
  comparisons: ComparisonRow[];
  /** The report's deductions with no number ("allegedly"), and what the player did. */
  deductions: { deedId: string; villagerId: string; choice: Choice }[];
  deductionsText: Statement;
  /** Sum over the rows: the report's points and the player's. */
  reportTotal: number;
  yourTotal: number;
}

/** Beat (a): the report's values set against the player's own choices, deed by deed. */
export function valuesBeat(level: VillageLevel, run: VillageRun): ValuesBeat {
  const rows: ValueRow[] = [];
  const deductions: ValuesBeat['deductions'] = [];
  for (const c of run.choices) {
    const d = deedOf(level, c.deedId);
    if (!d.source) continue;
    if (d.reportPoints !== undefined) rows.push({ deedId: d.id, villagerId: d.villager, reportPoints: d.reportPoints, choice: c });
    else if (d.reported === 'bad') deductions.push({ deedId: d.id, villagerId: d.villager, choice: c });
  }
  const comparisons: ComparisonRow[] = [];
  for (const comparison of level.comparisons) {
    const a = choiceFor(run, comparison.a);
    const b = choiceFor(run, comparison.b);
    if (!a || !b) continue;
    const ra = deedOf(level, comparison.a).reportPoints;
    const rb = deedOf(level, comparison.b).reportPoints;
    comparisons.push({
      comparison,
      report: ra !== undefined && rb !== undefined ? ratioOf(ra, rb) : null,
      player: ratioOf(a.points, b.points),
      playerA: a,
      playerB: b,
    });
  }
  return {
    text: level.reveal.values,
    rows,
    comparisons,
    deductions,
    deductionsText: level.reveal.deductions,
    reportTotal: rows.reduce((s, r) => s + r.reportPoints, 0),
    yourTotal: rows.reduce((s, r) => s + r.choice.points, 0),
  };
}

/** The points each choice would record under the media account's values (other deeds as the player scored them). */
export function reportValue(level: VillageLevel, c: Choice): number {
  return deedOf(level, c.deedId).reportPoints ?? c.points;
}

export interface RerankedBeat {
  text: Statement;
  yours: BoardEntry[];
  report: BoardEntry[];
  /** Every villager's place on both boards, in the order of the report's board. */
  moves: { villagerId: string; yours: number; report: number }[];
}

/** Beat (b): the final board, and the same week re-ranked under the report's values. */
export function rerankedBeat(level: VillageLevel, run: VillageRun): RerankedBeat {
  const yours = standings(level, run);
  const report = rankTallies(level, tallies(level, run.choices, (c) => reportValue(level, c)));
  const yourPlace = new Map(yours.map((e) => [e.villager.id, e.place]));
  return {
    text: level.reveal.reranked,
    yours,
    report,
    moves: report.map((e) => ({ villagerId: e.villager.id, yours: yourPlace.get(e.villager.id) as number, report: e.place })),
  };
}

export interface ModelBeat {
  text: Statement;
  reward: Statement;
  tieRule: Statement;
  count: number;
  /** Model citizens on your board and on the report-valued board, best first. */
  yours: string[];
  report: string[];
  /** On the report's board but not on yours. */
  gained: string[];
  /** On yours but not on the report's. */
  lost: string[];
  kept: string[];
}

/** Beat (c): who would have been a model citizen under the report's values, and who would not. */
export function modelBeat(level: VillageLevel, run: VillageRun): ModelBeat {
  const b = rerankedBeat(level, run);
  const yours = b.yours.filter((e) => e.modelCitizen).map((e) => e.villager.id);
  const report = b.report.filter((e) => e.modelCitizen).map((e) => e.villager.id);
  return {
    text: level.reveal.model,
    reward: level.board.reward,
    tieRule: level.board.tieRule,
    count: level.board.modelCitizens.count,
    yours,
    report,
    gained: report.filter((id) => !yours.includes(id)),
    lost: yours.filter((id) => !report.includes(id)),
    kept: yours.filter((id) => report.includes(id)),
  };
}

export interface FavourRow {
  deedId: string;
  /** Whose deed it was. */
  villagerId: string;
  from: string;
  kind: string;
  asked: number;
  /** followed: "Do as asked"; refused: points of your own; declined: nothing recorded. */
  outcome: 'followed' | 'refused' | 'declined';
  points: number;
}

export interface HearsayRow {
  deedId: string;
  villagerId: string;
  reportedBy: string | null;
  outcome: 'scored' | 'declined';
  points: number;
}

export interface PressuresBeat {
  text: Statement;
  favours: FavourRow[];
  followed: number;
  hearsay: HearsayRow[];
  hearsayScored: number;
  /** People the scorer never sees: outside every record. */
  unseen: Villager[];
  /** People who stopped reporting neighbours, and the deeds that never reached you because of it. */
  silenced: { villagerId: string; dropped: string[] }[];
  /** Points given to your own relative and to the committee member. */
  pointsToConnected: number;
}

export function favourRows(level: VillageLevel, run: VillageRun): FavourRow[] {
  return run.choices.flatMap((c) => {
    const d = deedOf(level, c.deedId);
    if (!d.favour) return [];
    const outcome = c.kind === 'favour' ? 'followed' : c.kind === 'decline' ? 'declined' : 'refused';
    return [{ deedId: d.id, villagerId: d.villager, from: d.favour.from, kind: d.favour.kind, asked: d.favour.asks, outcome, points: c.points }];
  });
}

export function hearsayRows(level: VillageLevel, run: VillageRun): HearsayRow[] {
  return run.choices.flatMap((c) => {
    const d = deedOf(level, c.deedId);
    if (d.evidence !== 'hearsay') return [];
    return [{ deedId: d.id, villagerId: d.villager, reportedBy: d.reportedBy ?? d.favour?.from ?? null, outcome: c.kind === 'decline' ? 'declined' : 'scored', points: c.points }];
  });
}

export function silenced(level: VillageLevel, run: VillageRun): PressuresBeat['silenced'] {
  const fired = new Set(firedEvents(run));
  const out: PressuresBeat['silenced'] = [];
  for (const e of level.events) {
    if (!fired.has(e.id) || !e.stopsReporting) continue;
    const who = e.stopsReporting;
    const dropped = run.days.flatMap((d) => d.dropped.filter((id) => deedOf(level, id).reportedBy === who));
    out.push({ villagerId: who, dropped });
  }
  return out;
}

export function pointsToConnected(level: VillageLevel, run: VillageRun): number {
  const connected = new Set(level.villagers.filter((v) => v.relation).map((v) => v.id));
  return run.choices.filter((c) => connected.has(deedOf(level, c.deedId).villager)).reduce((s, c) => s + c.points, 0);
}

/** Beat (d): favours followed, hearsay scored, the villager never seen. */
export function pressuresBeat(level: VillageLevel, run: VillageRun): PressuresBeat {
  const favours = favourRows(level, run);
  const hearsay = hearsayRows(level, run);
  return {
    text: level.reveal.pressures,
    favours,
    followed: favours.filter((f) => f.outcome === 'followed').length,
    hearsay,
    hearsayScored: hearsay.filter((h) => h.outcome === 'scored').length,
    unseen: level.villagers.filter((v) => !v.seen),
    silenced: silenced(level, run),
    pointsToConnected: pointsToConnected(level, run),
  };
}

// ---------------------------------------------------------------------------------------------
// The debrief: the player's own moments

/**
 * One moment of the player's own week, for the interface to set beside the report's finding.
 * `day` is 0-based (-1 for the villager never seen); ids name the deed, the villager it was
 * about, who asked or reported (`otherId`) and the event, where they apply.
 */
export interface Moment {
  kind: MomentKind;
  day: number;
  villagerId: string;
  deedId?: string;
  otherId?: string;
  points?: number;
  eventId?: string;
  finding: Statement;
}

/** The order the debrief tells them in: what the player did first, then what followed. */
const MOMENT_ORDER: MomentKind[] = ['favourFollowed', 'gossipScored', 'protest', 'stoppedReporting', 'reward', 'favourRefused', 'gossipDeclined', 'unseen'];

/** The specific moments of this week: the first of each kind, in MOMENT_ORDER. */
export function debriefMoments(level: VillageLevel, run: VillageRun): Moment[] {
  const found = new Map<MomentKind, Omit<Moment, 'finding' | 'kind'>>();
  const add = (kind: MomentKind, m: Omit<Moment, 'finding' | 'kind'>) => {
    if (!found.has(kind)) found.set(kind, m);
  };
  for (const f of favourRows(level, run)) {
    const c = choiceFor(run, f.deedId) as Choice;
    add(f.outcome === 'followed' ? 'favourFollowed' : 'favourRefused', { day: c.day, villagerId: f.villagerId, deedId: f.deedId, otherId: f.from, points: f.outcome === 'followed' ? f.asked : c.points });
  }
  for (const h of hearsayRows(level, run)) {
    const c = choiceFor(run, h.deedId) as Choice;
    add(h.outcome === 'scored' ? 'gossipScored' : 'gossipDeclined', { day: c.day, villagerId: h.villagerId, deedId: h.deedId, ...(h.reportedBy ? { otherId: h.reportedBy } : {}), points: h.points });
  }
  run.days.forEach((d, day) => {
    for (const id of [...d.cards, ...d.scenes]) {
      const e = eventById(level, id);
      const villagerId = e.scene?.villager ?? deedOf(level, e.card as string).villager;
      if (e.moment) add(e.moment, { day: d.cards.includes(id) ? day - 1 : day, villagerId, eventId: id, ...(e.card ? { deedId: e.card } : {}) });
      if (e.stopsReporting) add('stoppedReporting', { day: d.cards.includes(id) ? day - 1 : day, villagerId: e.stopsReporting, eventId: id });
    }
  });
  for (const v of level.villagers.filter((x) => !x.seen)) add('unseen', { day: -1, villagerId: v.id });
  return MOMENT_ORDER.flatMap((kind) => {
    const m = found.get(kind);
    return m ? [{ kind, ...m, finding: level.moments[kind] }] : [];
  });
}

/** Follow-up events of this run, in the order they happened, with the day they showed (0-based). */
export function eventLog(run: VillageRun): { eventId: string; day: number; as: 'card' | 'scene' }[] {
  return run.days.flatMap((d, day) => [
    ...d.cards.map((eventId) => ({ eventId, day, as: 'card' as const })),
    ...d.scenes.map((eventId) => ({ eventId, day, as: 'scene' as const })),
  ]);
}

export type BeatData =
  | { beat: 'values'; data: ValuesBeat }
  | { beat: 'reranked'; data: RerankedBeat }
  | { beat: 'model'; data: ModelBeat }
  | { beat: 'pressures'; data: PressuresBeat };

/** The data of the beat the run is on (run.beat in the reveal phase), or null outside the reveal. */
export function currentBeat(level: VillageLevel, run: VillageRun): BeatData | null {
  if (run.phase !== 'reveal') return null;
  switch (REVEAL_BEATS[run.beat]) {
    case 'values':
      return { beat: 'values', data: valuesBeat(level, run) };
    case 'reranked':
      return { beat: 'reranked', data: rerankedBeat(level, run) };
    case 'model':
      return { beat: 'model', data: modelBeat(level, run) };
    case 'pressures':
      return { beat: 'pressures', data: pressuresBeat(level, run) };
    default:
      return null;
  }
}

/** The follow-ups of one day (0-based): the cards that arrived that morning and the scenes on its board. */
export function followUpsOn(level: VillageLevel, run: VillageRun, day = run.dayIndex): { cards: FollowUp[]; scenes: FollowUp[] } {
  const d = run.days[day];
  return { cards: (d?.cards ?? []).map((id) => eventById(level, id)), scenes: (d?.scenes ?? []).map((id) => eventById(level, id)) };
}
