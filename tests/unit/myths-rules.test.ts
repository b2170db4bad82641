/** "Myth or reality?": drawing rounds, scoring, the run's steps and the result, as properties over seeds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/core/role';
import { mythsRole } from '../../src/core/myths/role';
import {
  KNOWN_MAX,
  createRun,
  currentStatement,
  inviteRole,
  lastAnswer,
  markAnswers,
  pickStatements,
  result,
  score,
  scoreAnswers,
  step,
  whatYouKnow,
  type MythsAction,
  type MythsRun,
} from '../../src/core/myths/rules';
import { minPerVerdict, mythsSchemas, roundProblem, type MythStatement, type MythsLevel, type Verdict } from '../../src/core/myths/schema';
import raw from '../../levels/myths.json';

const level: MythsLevel = mythsSchemas().MythsLevel.parse(raw);
const RUNS = { seed: 42, numRuns: 200 };
const seedArb = fc.integer({ min: 0, max: 0xffffffff });
const routeArb = fc.constantFrom('full' as const, 'short' as const);
const verdictArb = fc.constantFrom<Verdict>('myth', 'reality');
const verdictOf = (id: string) => level.statements.find((s) => s.id === id)!.verdict;

/**
 * A level with the given numbers of myths and realities (copies of a shipped statement under new
 * ids); the first `pairs` myths and realities are paired in groups g0, g1…
 */
function levelWith(myths: number, realities: number, pairs = 0): MythsLevel {
  const base = level.statements[0] as MythStatement;
  const make = (verdict: Verdict, i: number): MythStatement => ({ ...base, id: `${verdict}-${i}`, verdict, nuance: undefined, group: i < pairs ? `g${i}` : undefined });
  return {
    ...level,
    statements: [...Array.from({ length: myths }, (_, i) => make('myth', i)), ...Array.from({ length: realities }, (_, i) => make('reality', i))],
  };
}

/** Answer every statement of a round with the given answers (cycled), through step(). */
function play(run: MythsRun, answers: readonly Verdict[]): MythsRun {
  let r = run;
  for (let i = 0; r.phase !== 'result'; i++) {
    const id = r.statements[r.answers.length]!;
    const a = step(level, r, { type: 'answer', statementId: id, verdict: answers[i % answers.length]! });
    if (!a.ok) throw new Error(a.reason);
    const n = step(level, a.run, { type: 'next' });
    if (!n.ok) throw new Error(n.reason);
    r = n.run;
  }
  return r;
}

describe('pickStatements', () => {
  it('draws a round of n different statements, balanced, for every seed', () => {
    fc.assert(
      fc.property(seedArb, fc.constantFrom(6, 8), (seed, n) => {
        const ids = pickStatements(level, seed, n);
        expect(ids).toHaveLength(n);
        expect(new Set(ids).size).toBe(n);
        const myths = ids.filter((id) => verdictOf(id) === 'myth').length;
        expect(myths).toBeGreaterThanOrEqual(n === 8 ? 3 : 2);
        expect(n - myths).toBeGreaterThanOrEqual(n === 8 ? 3 : 2);
      }),
      RUNS,
    );
  });

  it('keeps the balance for any level that can hold it, and any round size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 40 }),
        seedArb,
        (m, r, size, seed) => {
          const lvl = levelWith(m, r);
          const need = minPerVerdict(size);
          const feasible = size <= m + r && m >= need && r >= need;
          if (!feasible) {
            expect(() => pickStatements(lvl, seed, size)).toThrow(RangeError);
            return;
          }
          const ids = pickStatements(lvl, seed, size);
          expect(new Set(ids).size).toBe(size);
          expect(ids.every((id) => lvl.statements.some((s) => s.id === id))).toBe(true);
          const myths = ids.filter((id) => id.startsWith('myth-')).length;
          expect(myths).toBeGreaterThanOrEqual(need);
          expect(size - myths).toBeGreaterThanOrEqual(need);
        },
      ),
      RUNS,
    );
  });

  it('never puts both statements of a group in one round, and keeps the balance around them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 20 }),
        seedArb,
        (m, r, p, size, seed) => {
          const lvl = levelWith(m, r, Math.min(p, m, r));
          if (roundProblem(lvl.statements, size) !== null || size > lvl.statements.length) {
            expect(() => pickStatements(lvl, seed, size)).toThrow(RangeError);
            return;
          }
          const ids = pickStatements(lvl, seed, size);
          expect(new Set(ids).size).toBe(size);
          const groups = ids.flatMap((id) => lvl.statements.find((s) => s.id === id)?.group ?? []);
          expect(new Set(groups).size).toBe(groups.length);
          const need = minPerVerdict(size);
          const myths = ids.filter((id) => id.startsWith('myth-')).length;
          expect(myths).toBeGreaterThanOrEqual(need);
          expect(size - myths).toBeGreaterThanOrEqual(need);
        },
      ),
      RUNS,
    );
  });

  it('draws both sides of each shipped group, never together', () => {
    const rounds = Array.from({ length: 400 }, (_, seed) => pickStatements(level, seed, 8));
    const grouped = level.statements.filter((s) => s.group !== undefined);
    expect(grouped.length).toBeGreaterThanOrEqual(2);
    for (const round of rounds) {
      const groups = round.flatMap((id) => level.statements.find((s) => s.id === id)?.group ?? []);
      expect(new Set(groups).size).toBe(groups.length);
    }
    // Neither side of a group is shut out more than chance allows: each appears in at least 15% of rounds.
    for (const s of grouped) expect(rounds.filter((r) => r.includes(s.id)).length, s.id).toBeGreaterThan(60);
  });

  it('gives the same round for the same seed, and is pure', () => {
    fc.assert(
      fc.property(seedArb, routeArb, (seed, route) => {
        const a = createRun(level, seed, route);
        const b = createRun(level, seed, route);
        expect(b.statements).toEqual(a.statements);
        expect(pickStatements(level, seed, level.rounds[route])).toEqual(a.statements);
      }),
      RUNS,
    );
  });

  it('varies with the seed: many seeds reach every statement, in different orders', () => {
    const rounds = Array.from({ length: 200 }, (_, seed) => pickStatements(level, seed, 8));
    expect(new Set(rounds.flat()).size).toBe(level.statements.length);
    expect(new Set(rounds.map((r) => r.join())).size).toBeGreaterThan(190);
    // Every statement can open a round.
    expect(new Set(rounds.map((r) => r[0])).size).toBeGreaterThan(level.statements.length / 2);
  });

  it('refuses round sizes it cannot draw', () => {
    expect(() => pickStatements(level, 1, 0)).toThrow(RangeError);
    expect(() => pickStatements(level, 1, 2.5)).toThrow(RangeError);
    expect(() => pickStatements(level, 1, level.statements.length + 1)).toThrow(RangeError);
    expect(() => pickStatements(levelWith(2, 10), 1, 8)).toThrow(/needs at least 3 statements of verdict "myth"/);
  });
});

describe('scoring', () => {
  it('the score is the number of answers that match the verdicts', () => {
    fc.assert(
      fc.property(seedArb, routeArb, fc.array(verdictArb, { minLength: 1, maxLength: 8 }), (seed, route, answers) => {
        const run = play(createRun(level, seed, route), answers);
        const expected = run.statements.filter((id, i) => verdictOf(id) === answers[i % answers.length]).length;
        expect(score(level, run)).toBe(expected);
        expect(result(level, run).score).toBe(expected);
        expect(scoreAnswers(level, run.statements, run.answers)).toBe(expected);
        expect(result(level, run).items.map((m) => m.correct)).toEqual(run.statements.map((id, i) => verdictOf(id) === run.answers[i]));
      }),
      RUNS,
    );
  });

  it('answering "myth" to everything scores the number of myths in the round; "reality", the rest', () => {
    fc.assert(
      fc.property(seedArb, routeArb, (seed, route) => {
        const fresh = createRun(level, seed, route);
        const myths = fresh.statements.filter((id) => verdictOf(id) === 'myth').length;
        expect(score(level, play(fresh, ['myth']))).toBe(myths);
        expect(score(level, play(fresh, ['reality']))).toBe(fresh.statements.length - myths);
      }),
      RUNS,
    );
  });

  it('scores partial answer lists (the before-and-after check) and refuses answers with no statement', () => {
    const ids = pickStatements(level, 5, 6);
    const truth = ids.map(verdictOf);
    expect(scoreAnswers(level, ids, truth.slice(0, 3))).toBe(3);
    expect(scoreAnswers(level, ids, [])).toBe(0);
    expect(markAnswers(level, ids, truth).every((m) => m.correct)).toBe(true);
    expect(() => markAnswers(level, ids.slice(0, 2), truth.slice(0, 3))).toThrow(RangeError);
    expect(() => markAnswers(level, ['no-such'], ['myth'])).toThrow(RangeError);
  });
});

describe('a round, step by step', () => {
  const fresh = createRun(level, 77, 'short');
  const first = fresh.statements[0]!;

  it('opens on the first statement, with Myth and Reality as the decision', () => {
    expect(fresh.phase).toBe('question');
    expect(currentStatement(level, fresh)?.id).toBe(first);
    expect(mythsRole.progress(level, fresh)).toEqual({ unit: 'statement', index: 1, total: 6 });
    expect(mythsRole.advance(level, fresh)).toBeNull();
    expect(mythsRole.decision(level, fresh)).toEqual({
      id: first,
      options: [
        { id: 'myth', action: { type: 'answer', statementId: first, verdict: 'myth' }, label: { key: 'myths.myth' } },
        { id: 'reality', action: { type: 'answer', statementId: first, verdict: 'reality' }, label: { key: 'myths.reality' } },
      ],
    });
  });

  it('shows the answer, then moves on; the same statement cannot be answered twice', () => {
    const a = step(level, fresh, { type: 'answer', statementId: first, verdict: verdictOf(first) });
    expect(a.ok).toBe(true);
    const answered = a.run;
    expect(answered.phase).toBe('answer');
    expect(mythsRole.decision(level, answered)).toBeNull();
    expect(mythsRole.advance(level, answered)).toEqual({ type: 'next' });
    expect(mythsRole.progress(level, answered).index).toBe(1);
    expect(lastAnswer(level, answered)).toMatchObject({ statement: { id: first }, answer: verdictOf(first), correct: true });
    expect(currentStatement(level, answered)?.id).toBe(first);
    expect(step(level, answered, { type: 'answer', statementId: first, verdict: 'myth' })).toEqual({ ok: false, run: answered, reason: 'wrong-phase' });
    const n = step(level, answered, { type: 'next' });
    expect(n.ok && n.run.phase).toBe('question');
    expect(mythsRole.progress(level, n.run).index).toBe(2);
    expect(lastAnswer(level, n.run)).toBeUndefined();
  });

  it('refuses bad actions and leaves the run as it was', () => {
    const other = fresh.statements[1]!;
    const cases: [MythsAction, string][] = [
      [{ type: 'answer', statementId: other, verdict: 'myth' }, 'not-this-statement'],
      [{ type: 'answer', statementId: 'no-such-statement', verdict: 'reality' }, 'not-this-statement'],
      [{ type: 'answer', statementId: first, verdict: 'maybe' as Verdict }, 'not-an-option'],
      [{ type: 'next' }, 'wrong-phase'],
    ];
    for (const [action, reason] of cases) {
      const r = step(level, fresh, action);
      expect(r).toEqual({ ok: false, run: fresh, reason });
      expect(r.run).toBe(fresh);
    }
    const done = play(fresh, ['myth']);
    expect(done.phase).toBe('result');
    expect(step(level, done, { type: 'next' })).toMatchObject({ ok: false, reason: 'wrong-phase' });
    expect(mythsRole.advance(level, done)).toBeNull();
    expect(mythsRole.decision(level, done)).toBeNull();
    expect(mythsRole.progress(level, done)).toEqual({ unit: 'statement', index: 6, total: 6 });
  });

  it('never changes a run in place', () => {
    const frozen = Object.freeze({ ...fresh, statements: Object.freeze([...fresh.statements]), answers: Object.freeze([]) });
    expect(() => play(frozen as MythsRun, ['reality', 'myth'])).not.toThrow();
    expect(frozen.answers).toEqual([]);
  });

  it('replays a saved list of actions to the same result', () => {
    const actions: MythsAction[] = fresh.statements.flatMap((id, i) => [{ type: 'answer', statementId: id, verdict: i % 2 ? 'myth' : 'reality' } as const, { type: 'next' } as const]);
    for (const a of actions) expect(mythsRole.actionSchema.safeParse(a).success).toBe(true);
    const r = replay(mythsRole, level, 77, 'short', actions);
    expect(r.ok && r.run).toEqual(play(fresh, ['reality', 'myth']));
    const skipped = replay(mythsRole, level, 77, 'short', actions.slice(1));
    expect(skipped).toMatchObject({ ok: false, at: 0, reason: 'wrong-phase' });
  });

  it('accepts exactly the actions the rules know', () => {
    const schema = mythsRole.actionSchema;
    expect(schema.safeParse({ type: 'answer', statementId: 'x', verdict: 'myth' }).success).toBe(true);
    expect(schema.safeParse({ type: 'next' }).success).toBe(true);
    expect(schema.safeParse({ type: 'answer', statementId: 'x', verdict: 'maybe' }).success).toBe(false);
    expect(schema.safeParse({ type: 'answer', statementId: 'x'.repeat(61), verdict: 'myth' }).success).toBe(false);
    expect(schema.safeParse({ type: 'answer', statementId: 'x', verdict: 'myth', extra: 1 }).success).toBe(false);
    expect(schema.safeParse({ type: 'next', n: 2 }).success).toBe(false);
    expect(schema.safeParse({ type: 'skip' }).success).toBe(false);
  });
});

describe('the result', () => {
  const byId = (id: string) => level.statements.find((s) => s.id === id)!;
  const mark = (id: string, correct: boolean) => {
    const statement = byId(id);
    const answer: Verdict = correct ? statement.verdict : statement.verdict === 'myth' ? 'reality' : 'myth';
    return { statement, answer, correct };
  };

  it('lists what the player now knows: what they got wrong first, at most a few lines', () => {
    const marked = [mark('single-score', true), mark('sesame-perks', false), mark('companies-33m', true), mark('four-grades', false), mark('brand-new', true), mark('xinhua-cards', true)];
    expect(whatYouKnow(marked)).toEqual([byId('sesame-perks').learned, byId('four-grades').learned, byId('single-score').learned, byId('companies-33m').learned]);
    expect(whatYouKnow(marked, 2)).toEqual([byId('sesame-perks').learned, byId('four-grades').learned]);
    expect(whatYouKnow([])).toEqual([]);
  });

  it('invites to the role most of the wrong answers point to, else the one most played', () => {
    expect(inviteRole([mark('single-score', false), mark('sesame-perks', false), mark('sesame-compulsory', false), mark('companies-33m', true)])).toBe('sesame');
    expect(inviteRole([mark('sesame-perks', true), mark('companies-33m', true), mark('four-grades', true)])).toBe('firm');
    // A tie goes to the role met first in the round.
    expect(inviteRole([mark('companies-33m', false), mark('sesame-perks', false)])).toBe('firm');
    expect(inviteRole([mark('sesame-perks', false), mark('companies-33m', false)])).toBe('sesame');
  });

  it('holds the score, each statement with its answer, the list, the caveat and the invitation', () => {
    fc.assert(
      fc.property(seedArb, routeArb, fc.array(verdictArb, { minLength: 1, maxLength: 8 }), (seed, route, answers) => {
        const run = play(createRun(level, seed, route), answers);
        const res = result(level, run);
        expect(res.total).toBe(level.rounds[route]);
        expect(res.items.map((m) => m.statement.id)).toEqual(run.statements);
        expect(res.known.length).toBe(Math.min(KNOWN_MAX, run.statements.length));
        const played = new Set(res.items.map((m) => m.statement.learned));
        expect(res.known.every((k) => played.has(k))).toBe(true);
        const wrongRoles = res.items.filter((m) => !m.correct).map((m) => m.statement.role);
        expect(wrongRoles.length === 0 || wrongRoles.includes(res.invite)).toBe(true);
        expect(res.invitation).toBe(level.result.invitations[res.invite]);
        expect(res.caveat).toBe(level.result.caveat);
      }),
      RUNS,
    );
  });
});
