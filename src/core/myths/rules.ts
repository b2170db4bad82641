/**
 * "Myth or reality?": the rules, with no drawing and no DOM. A round is a list of statements drawn
 * by the seed; the player answers each one, sees the answer, and ends on a result.
 */
import { createRng, shuffled } from '../rng';
import type { Route } from '../role';
import type { LText, Statement } from '../content';
import { INVITE_ROLES, VERDICTS, minPerVerdict, roundProblem, type InviteRole, type MythStatement, type MythsLevel, type Verdict } from './schema';

export type Phase = 'question' | 'answer' | 'result';

export interface MythsRun {
  readonly seed: number;
  readonly route: Route;
  /** The statement ids of this round, in the order they are asked. */
  readonly statements: readonly string[];
  /** The player's answers so far, parallel to `statements`. */
  readonly answers: readonly Verdict[];
  readonly phase: Phase;
}

export type MythsAction = { type: 'answer'; statementId: string; verdict: Verdict } | { type: 'next' };

export type StepError = 'wrong-phase' | 'not-this-statement' | 'not-an-option';
export type StepResult = { ok: true; run: MythsRun } | { ok: false; run: MythsRun; reason: StepError };

/** How many statements a round asks on a route. */
export function roundSize(level: MythsLevel, route: Route): number {
  return level.rounds[route];
}

/**
 * Draw n different statements by the seed, with at least minPerVerdict(n) myths and as many
 * realities (3 of each in 8, 2 of each in 6), and never both statements of a group. Pure: the same
 * level, seed and n always give the same list. The before-and-after check draws with this too.
 */
export function pickStatements(level: MythsLevel, seed: number, n: number): string[] {
  if (!Number.isInteger(n) || n < 1 || n > level.statements.length) throw new RangeError(`cannot draw ${n} of ${level.statements.length} statements`);
  const problem = roundProblem(level.statements, n);
  if (problem) throw new RangeError(problem);
  const need = minPerVerdict(n);
  const rng = createRng(seed);
  const pools = {
    myth: shuffled(level.statements.filter((s) => s.verdict === 'myth'), rng),
    reality: shuffled(level.statements.filter((s) => s.verdict === 'reality'), rng),
  };
  // Which verdict is drawn first is left to the seed too, so neither side of a group is favoured.
  const order: Verdict[] = rng() < 0.5 ? ['myth', 'reality'] : ['reality', 'myth'];
  const picked: string[] = [];
  const groups = new Set<string>();
  const take = (pool: readonly MythStatement[], count: number) => {
    for (const s of pool) {
      if (count === 0) return;
      if (picked.includes(s.id) || (s.group !== undefined && groups.has(s.group))) continue;
      picked.push(s.id);
      if (s.group !== undefined) groups.add(s.group);
      count--;
    }
  };
  for (const v of order) take(pools[v], need);
  take(shuffled([...pools.myth, ...pools.reality], rng), n - 2 * need);
  return shuffled(picked, rng);
}

export function createRun(level: MythsLevel, seed: number, route: Route): MythsRun {
  return { seed, route, statements: pickStatements(level, seed, roundSize(level, route)), answers: [], phase: 'question' };
}

export function statementById(level: MythsLevel, id: string): MythStatement | undefined {
  return level.statements.find((s) => s.id === id);
}

/** The statement on screen: the one asked (question) or the one just answered (answer); none at the result. */
export function currentStatement(level: MythsLevel, run: MythsRun): MythStatement | undefined {
  const i = run.phase === 'question' ? run.answers.length : run.phase === 'answer' ? run.answers.length - 1 : -1;
  const id = run.statements[i];
  return id === undefined ? undefined : statementById(level, id);
}

export function step(_level: MythsLevel, run: MythsRun, action: MythsAction): StepResult {
  const fail = (reason: StepError): StepResult => ({ ok: false, run, reason });
  switch (action.type) {
    case 'answer': {
      if (run.phase !== 'question') return fail('wrong-phase');
      if (run.statements[run.answers.length] !== action.statementId) return fail('not-this-statement');
      if (!(VERDICTS as readonly string[]).includes(action.verdict)) return fail('not-an-option');
      return { ok: true, run: { ...run, answers: [...run.answers, action.verdict], phase: 'answer' } };
    }
    case 'next': {
      if (run.phase !== 'answer') return fail('wrong-phase');
      const done = run.answers.length >= run.statements.length;
      return { ok: true, run: { ...run, phase: done ? 'result' : 'question' } };
    }
  }
}

export function isCorrect(statement: MythStatement, answer: Verdict): boolean {
  return statement.verdict === answer;
}

export interface MarkedAnswer {
  readonly statement: MythStatement;
  readonly answer: Verdict;
  readonly correct: boolean;
}

/** Each answer beside its statement and whether it matches the report's verdict (answers may be fewer than ids). */
export function markAnswers(level: MythsLevel, ids: readonly string[], answers: readonly Verdict[]): MarkedAnswer[] {
  return answers.map((answer, i) => {
    const id = ids[i];
    const statement = id === undefined ? undefined : statementById(level, id);
    if (!statement) throw new RangeError(`answer ${i} has no statement ("${id ?? ''}")`);
    return { statement, answer, correct: isCorrect(statement, answer) };
  });
}

/** The score: how many answers match the report's verdicts. */
export function scoreAnswers(level: MythsLevel, ids: readonly string[], answers: readonly Verdict[]): number {
  return markAnswers(level, ids, answers).filter((m) => m.correct).length;
}

/** The run's score so far. */
export function score(level: MythsLevel, run: MythsRun): number {
  return scoreAnswers(level, run.statements, run.answers);
}

/** The statement just answered, the answer and whether it was right: what the answer screen shows. */
export function lastAnswer(level: MythsLevel, run: MythsRun): MarkedAnswer | undefined {
  if (run.phase !== 'answer') return undefined;
  return markAnswers(level, run.statements, run.answers).at(-1);
}

/** How many lines the result's "what you now know" list shows. */
export const KNOWN_MAX = 4;

/**
 * "What you now know": the lines of the statements played, those answered wrongly first (they are
 * what the player has just learnt), then the others, in the order played; at most `max`.
 */
export function whatYouKnow(marked: readonly MarkedAnswer[], max = KNOWN_MAX): LText[] {
  const ordered = [...marked.filter((m) => !m.correct), ...marked.filter((m) => m.correct)];
  return ordered.slice(0, max).map((m) => m.statement.learned);
}

/**
 * The role to invite the player to: the one most of their wrong answers point to (or, with none
 * wrong, most of the statements played); ties go to the role met first in the round.
 */
export function inviteRole(marked: readonly MarkedAnswer[]): InviteRole {
  const wrong = marked.filter((m) => !m.correct);
  const pool = wrong.length ? wrong : marked;
  const counts = new Map<InviteRole, number>();
  for (const m of pool) counts.set(m.statement.role, (counts.get(m.statement.role) ?? 0) + 1);
  let best: InviteRole = INVITE_ROLES[0];
  let most = 0;
  for (const [role, n] of counts) {
    if (n > most) {
      best = role;
      most = n;
    }
  }
  return best;
}

export interface MythsResult {
  readonly score: number;
  readonly total: number;
  /** Every statement played, in order, with the player's answer. */
  readonly items: readonly MarkedAnswer[];
  /** "What you now know": a short list of lines. */
  readonly known: readonly LText[];
  /** The report's own warning, shown last. */
  readonly caveat: Statement;
  /** The role the result links to, and its line. */
  readonly invite: InviteRole;
  readonly invitation: Statement;
}

/** Everything the result screen shows. Valid at any point; the result phase shows it for the whole round. */
export function result(level: MythsLevel, run: MythsRun): MythsResult {
  const items = markAnswers(level, run.statements, run.answers);
  const invite = inviteRole(items);
  return {
    score: items.filter((m) => m.correct).length,
    total: run.statements.length,
    items,
    known: whatYouKnow(items),
    caveat: level.result.caveat,
    invite,
    invitation: level.result.invitations[invite],
  };
}
