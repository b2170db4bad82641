/**
 * What the firm's map shows, as plain data (no Phaser, no DOM), shared by the stage and the panel
 * so both play a cascade in step: a "show" is the state before it, then moves (an institution
 * lists the firm, or lifts a listing) at set times. The stage animates the moves; the panel lights
 * the same steps in its list at the same times. With reduced motion every move lands at once.
 */
import type { BudgetLine, FirmLevel } from '../../core/firm/schema';
import { BEATS, type Cause, type FirmRun, type LiftedPenalty, type Penalty } from '../../core/firm/rules';

/** The icon drawn for each budget line, on the stage and beside the steppers. */
export const LINE_ICON: Record<BudgetLine, string> = { compliance: 'gauge', paperwork: 'filing', training: 'badge', inspectors: 'inspection', appeals: 'appeal' };

/** One step of a cascade every STEP_MS; the record travels along a line for TRAVEL_MS of it. */
export const STEP_MS = 900;
export const TRAVEL_MS = 550;

export interface Move {
  readonly kind: 'list' | 'lift';
  readonly cause: Cause;
  readonly institution: string;
  /** The institution whose list it honoured (lists), or null for the first one, which the record reaches from the firm. */
  readonly from: string | null;
  readonly operation: string | null;
  readonly travel: boolean;
  /** Which cascade of the quarter's log (its index), -1 for lifts, -2 for single measures. */
  readonly cascade: number;
  /** 1-based place in its cascade, the number drawn on the map. */
  readonly order: number;
  /** When it lands, in ms from the start of the show. */
  readonly at: number;
}

export interface Show {
  /** Changes when a new show starts (a quarter's interlude, a beat of the reveal). */
  readonly key: string;
  readonly base: readonly Penalty[];
  readonly moves: readonly Move[];
  /** When the last move has landed. */
  readonly length: number;
}

const same = (a: Penalty, b: Penalty) => a.cause === b.cause && a.institution === b.institution && a.since === b.since;

function listMoves(steps: readonly Penalty[], cascade: number, start: number): Move[] {
  return steps.map((p, i) => ({
    kind: 'list',
    cause: p.cause,
    institution: p.institution,
    from: p.from,
    operation: p.operation,
    travel: p.travel,
    cascade,
    order: i + 1,
    at: start + (i + 1) * STEP_MS,
  }));
}

/** The show for where the run stands: a closed quarter replays what it changed; the reveal's first beat replays the error. */
export function showFor(_level: FirmLevel, run: FirmRun): Show {
  if (run.phase === 'quarter') {
    const log = run.log[run.log.length - 1];
    if (!log) return still('none', run.penalties);
    const moves: Move[] = [];
    let t = 0;
    const push = (ms: Move[]) => {
      moves.push(...ms);
      t = ms.length ? (ms[ms.length - 1] as Move).at : t;
    };
    // The order the quarter closed in: the error's cascade, the appeal's lifts, then the court and the grade.
    log.cascades.forEach((c, i) => c.cause === 'error' && push(listMoves(c.steps, i, t)));
    const lifts = log.lifted.map((p, i) => ({
      kind: 'lift' as const,
      cause: p.cause,
      institution: p.institution,
      from: null,
      operation: p.operation,
      travel: p.travel,
      cascade: -1,
      order: i + 1,
      at: t + (i + 1) * STEP_MS * 0.5,
    }));
    push(lifts);
    log.cascades.forEach((c, i) => c.cause !== 'error' && push(listMoves(c.steps, i, t)));
    const inCascades = log.cascades.flatMap((c) => c.steps);
    const singles = run.penalties.filter((p) => p.since === log.index && !inCascades.some((s) => same(s, p)));
    push(listMoves(singles, -2, t).map((m, i) => ({ ...m, order: i + 1 })));
    const fresh = (p: Penalty) => p.since === log.index;
    const base = [...run.penalties.filter((p) => !fresh(p)), ...log.lifted.filter((p) => !fresh(p)).map(strip)];
    return { key: `quarter-${log.index}`, base, moves, length: t };
  }
  if (run.phase === 'reveal') {
    const beat = BEATS[run.beat];
    const errorLog = run.log.find((q) => q.error !== null);
    const cascade = errorLog?.cascades.find((c) => c.cause === 'error');
    if (beat === 'replay' && cascade) {
      const moves = listMoves(cascade.steps, 0, 0);
      return { key: 'replay', base: [], moves, length: moves.length ? (moves[moves.length - 1] as Move).at : 0 };
    }
    if (beat === 'taken' && cascade) return still('taken', cascade.steps);
    return still(`beat-${beat}`, run.penalties);
  }
  return still('now', run.penalties);
}

function still(key: string, penalties: readonly Penalty[]): Show {
  return { key, base: penalties, moves: [], length: 0 };
}

function strip(p: LiftedPenalty): Penalty {
  return { cause: p.cause, institution: p.institution, from: p.from, depth: p.depth, operation: p.operation, travel: p.travel, cost: p.cost, since: p.since };
}

export interface Standing {
  /** Institutions listing the firm now, with the causes. */
  readonly listed: ReadonlyMap<string, readonly Cause[]>;
  /** Operations closed now, with the causes. */
  readonly closed: ReadonlyMap<string, readonly Cause[]>;
  readonly travelBanned: boolean;
  /** Institutions whose listing was lifted in this show (they clear on the map). */
  readonly cleared: ReadonlySet<string>;
  /** The number drawn on each institution the show's moves reached. */
  readonly order: ReadonlyMap<string, number>;
  /** Lines the record travelled, as "from>to". */
  readonly carried: ReadonlySet<string>;
  /** Moves landed so far. */
  readonly landed: number;
}

/** What stands `t` ms into a show (Infinity: the end). */
export function standingAt(show: Show, t: number): Standing {
  const active: Penalty[] = [...show.base];
  const cleared = new Set<string>();
  const order = new Map<string, number>();
  let landed = 0;
  for (const m of show.moves) {
    if (m.at > t) break;
    landed++;
    if (m.kind === 'list') {
      active.push({ cause: m.cause, institution: m.institution, from: m.from, depth: 0, operation: m.operation, travel: m.travel, cost: 0, since: 0 });
      if (m.cascade >= 0 && !order.has(m.institution)) order.set(m.institution, m.order);
    } else {
      const i = active.findIndex((p) => p.cause === m.cause && p.institution === m.institution);
      if (i >= 0) active.splice(i, 1);
      cleared.add(m.institution);
    }
  }
  const listed = new Map<string, Cause[]>();
  const closed = new Map<string, Cause[]>();
  const add = (map: Map<string, Cause[]>, key: string, c: Cause) => {
    const list = map.get(key) ?? [];
    if (!list.includes(c)) list.push(c);
    map.set(key, list);
  };
  for (const p of active) {
    add(listed, p.institution, p.cause);
    if (p.operation) add(closed, p.operation, p.cause);
  }
  for (const id of listed.keys()) cleared.delete(id);
  const carried = new Set(active.filter((p) => p.from !== null).map((p) => `${p.from}>${p.institution}`));
  return { listed, closed, travelBanned: active.some((p) => p.travel), cleared, order, carried, landed };
}

/** The move travelling at `t` (its record is on its way along a line), with how far it has come (0 to 1). */
export function travellingAt(show: Show, t: number): { move: Move; progress: number } | null {
  for (const m of show.moves) {
    if (m.kind !== 'list') continue;
    const start = m.at - TRAVEL_MS;
    if (t >= start && t < m.at) return { move: m, progress: (t - start) / TRAVEL_MS };
  }
  return null;
}

export interface OperationLoss {
  /** Quarters it has been closed (overlapping causes counted once). */
  readonly quarters: number;
  /** Orders lost meanwhile, in 10,000 yuan (illustrative). */
  readonly lost: number;
  /** Something that does not come back (the plot went to another firm). */
  readonly gone: boolean;
}

/** What each operation of the firm has lost so far, for the marks that stay after it reopens. */
export function losses(level: FirmLevel, run: FirmRun): Map<string, OperationLoss> {
  const out = new Map<string, OperationLoss>();
  const all: (Penalty | LiftedPenalty)[] = [...run.lifted, ...run.penalties];
  for (const op of level.operations) {
    const quarters = new Set<number>();
    for (const p of all) {
      if (p.operation !== op.id) continue;
      const end = 'until' in p ? p.until : run.index;
      for (let q = p.since + 1; q <= end; q++) quarters.add(q);
    }
    if (!quarters.size) continue;
    out.set(op.id, { quarters: quarters.size, lost: quarters.size * op.loss.perQuarter, gone: op.lostForGood !== undefined });
  }
  return out;
}
