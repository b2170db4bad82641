/**
 * Workshop tools that work for any role, through the role contract alone: room votes on the
 * decision waiting now, groups compared decision by decision, result files a group's device
 * exports for the facilitator's, and the before-and-after check. Pure: no DOM, no storage.
 */
import { z } from 'zod/mini';
import { once } from './content';
import { ROUTES, replay, type AnyRole, type BaseAction, type BaseLevel, type Decision, type Route } from './role';
import { MAX_SEED } from './rng';
import type { Registry } from './registry';
import { findRole } from './registry';
import { describeIssue } from './validate';

/** Hand counts per option of one decision. */
export type Tally = Record<string, number>;

export interface VoteResult {
  total: number;
  /** Options with the most votes (several on a tie; none when nobody voted). */
  leaders: string[];
  /** Each option's share of the votes, 0 to 1, in the decision's order. */
  shares: { id: string; count: number; share: number }[];
}

export function countVotes(decision: Decision<BaseAction>, tally: Tally): VoteResult {
  const counts = decision.options.map((o) => ({ id: o.id, count: Math.max(0, Math.floor(tally[o.id] ?? 0)) }));
  const total = counts.reduce((s, c) => s + c.count, 0);
  const top = Math.max(0, ...counts.map((c) => c.count));
  return {
    total,
    leaders: total === 0 ? [] : counts.filter((c) => c.count === top).map((c) => c.id),
    shares: counts.map((c) => ({ ...c, share: total ? c.count / total : 0 })),
  };
}

/** Which option each decision of a played week took, in order: the week as a group chose it. */
export interface Chosen {
  decision: string;
  option: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function choicesOf(role: AnyRole, level: BaseLevel, seed: number, route: Route, actions: readonly BaseAction[]): Chosen[] {
  let run = role.create(level, seed, route);
  const out: Chosen[] = [];
  for (const action of actions) {
    const decision = role.decision(level, run) as Decision<BaseAction> | null;
    const option = decision?.options.find((o) => same(o.action, action));
    if (decision && option) out.push({ decision: decision.id, option: option.id });
    const r = role.step(level, run, action);
    if (!r.ok) break;
    run = r.run;
  }
  return out;
}

export interface Group {
  name: string;
  role: string;
  levelId: string;
  seed: number;
  route: Route;
  actions: BaseAction[];
}

export interface ComparisonRow {
  decision: string;
  /** Each group's option id for this decision (null: the group never met it). */
  picks: (string | null)[];
  /** True when the groups did not all choose the same. */
  differs: boolean;
}

/** The comparison board: every decision any group met, in the order first met, with each group's choice. */
export function compareGroups(role: AnyRole, level: BaseLevel, groups: readonly Group[]): ComparisonRow[] {
  const per = groups.map((g) => new Map(choicesOf(role, level, g.seed, g.route, g.actions).map((c) => [c.decision, c.option])));
  const order: string[] = [];
  for (const m of per) for (const d of m.keys()) if (!order.includes(d)) order.push(d);
  return order.map((decision) => {
    const picks = per.map((m) => m.get(decision) ?? null);
    const met = picks.filter((p): p is string => p !== null);
    return { decision, picks, differs: new Set(met).size > 1 };
  });
}

/** A group's week, exported by its device and loaded on the facilitator's. Holds no names of people: a group label only. */
export const RESULT_FORMAT = 'scored-result';
export const MAX_RESULT_BYTES = 200_000;

/** A result file's fields, as a schema built the first time one is read (see once in content.ts). */
const resultSchema = once(() =>
  z.strictObject({
    format: z.literal(RESULT_FORMAT),
    version: z.literal(1),
    group: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
    role: z.string().check(z.maxLength(40)),
    levelId: z.string().check(z.maxLength(80)),
    seed: z.number().check(z.int(), z.gte(0), z.lte(MAX_SEED)),
    route: z.enum(ROUTES),
    actions: z.array(z.unknown()).check(z.maxLength(2000)),
  }),
);

export function resultFile(group: Group): string {
  const { name, ...rest } = group;
  return JSON.stringify({ format: RESULT_FORMAT, version: 1, group: name, ...rest }, null, 1);
}

export type ResultLoad = { ok: true; group: Group } | { ok: false; errors: string[] };

/** Read a result file: its format, its role, and a week that replays on the level this device has. */
export function readResultFile(registry: Registry, text: string, file: string, levels: (role: string) => BaseLevel | null): ResultLoad {
  const fail = (msg: string): ResultLoad => ({ ok: false, errors: [`${file}: ${msg}`] });
  if (text.length > MAX_RESULT_BYTES) return fail(`the file is ${text.length} bytes; a result file is at most ${MAX_RESULT_BYTES}`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('not valid JSON: is this a result file exported by Scored?');
  }
  const parsed = resultSchema().safeParse(raw);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${file}: ${describeIssue(i)}`) };
  const r = parsed.data;
  const role = findRole(registry, r.role);
  if (!role) return fail(`role: unknown role "${r.role}"`);
  const actions = z.array(role.actionSchema).safeParse(r.actions);
  if (!actions.success) return { ok: false, errors: actions.error.issues.map((i) => `${file}: actions${describeIssue(i).replace(/^\(top level\)/, '')}`) };
  const level = levels(r.role);
  if (!level) return fail(`the level for "${r.role}" is not loaded on this device`);
  if (level.id !== r.levelId) return fail(`levelId: this week was played on level "${r.levelId}", but this device has "${level.id}"`);
  const played = replay(role, level, r.seed, r.route, actions.data as BaseAction[]);
  if (!played.ok) return fail(`actions[${played.at}]: the rules refuse this step (${played.reason})`);
  return { ok: true, group: { name: r.group, role: r.role, levelId: r.levelId, seed: r.seed, route: r.route, actions: actions.data as BaseAction[] } };
}

/* The before-and-after check: the same statements asked before a role and after its debrief. */

export type Answer = 'myth' | 'reality';
export type Counts = Record<Answer, number>;

export interface CheckSheet {
  statements: string[];
  before: Record<string, Counts>;
  after: Record<string, Counts>;
}

export const emptyCheck = (statements: readonly string[]): CheckSheet => ({ statements: statements.slice(), before: {}, after: {} });

export interface CheckRow {
  statement: string;
  verdict: Answer;
  before: Counts;
  after: Counts;
  /** Share of correct answers (0 to 1), null when nobody answered. */
  rightBefore: number | null;
  rightAfter: number | null;
}

export function checkRows(sheet: CheckSheet, verdictOf: (id: string) => Answer): CheckRow[] {
  const zero: Counts = { myth: 0, reality: 0 };
  const right = (c: Counts, v: Answer) => (c.myth + c.reality ? c[v] / (c.myth + c.reality) : null);
  return sheet.statements.map((statement) => {
    const verdict = verdictOf(statement);
    const before = sheet.before[statement] ?? zero;
    const after = sheet.after[statement] ?? zero;
    return { statement, verdict, before, after, rightBefore: right(before, verdict), rightAfter: right(after, verdict) };
  });
}

/** The first line of every export says what it holds, and what it does not. */
export const EXPORT_NOTE = 'Counts of answers only: no names, no free text, nothing that identifies a person.';

export function checkCsv(rows: readonly CheckRow[]): string {
  const lines = [
    `# Scored: before-and-after check. ${EXPORT_NOTE}`,
    'statement,answer_is,before_myth,before_reality,after_myth,after_reality',
    ...rows.map((r) => [r.statement, r.verdict, r.before.myth, r.before.reality, r.after.myth, r.after.reality].join(',')),
  ];
  return lines.join('\n') + '\n';
}

export function checkJson(rows: readonly CheckRow[]): string {
  return JSON.stringify(
    {
      about: `Scored: before-and-after check. ${EXPORT_NOTE}`,
      statements: rows.map((r) => ({ statement: r.statement, answerIs: r.verdict, before: r.before, after: r.after })),
    },
    null,
    1,
  );
}
