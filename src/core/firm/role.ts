/** "A firm under audit" as the frame sees it: its level format, its actions and its phases. */
import { z } from 'zod/mini';
import { once } from '../content';
import { defineRole, type Decision } from '../role';
import { BUDGET_LINES, firmSchemas, type FirmLevel } from './schema';
import { BEATS, createRun, eventOf, pending, presetSplit, step, type FirmAction, type FirmRun, type Split } from './rules';

/** The actions a saved week may hold, as a schema built on first use (see once in content.ts). */
const firmActions = once((): z.ZodMiniType<FirmAction> => {
  const units = z.number().check(z.int(), z.gte(0), z.lte(1000));
  const ref = z.string().check(z.maxLength(60));
  return z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('pick'), profile: ref }),
    z.strictObject({
      type: z.literal('budget'),
      split: z.strictObject(Object.fromEntries(BUDGET_LINES.map((l) => [l, units])) as Record<keyof Split, typeof units>),
    }),
    z.strictObject({ type: z.literal('answer'), event: ref, option: ref }),
    z.strictObject({ type: z.literal('appeal'), choice: z.enum(['contest', 'wait']) }),
    z.strictObject({ type: z.literal('closeQuarter') }),
    z.strictObject({ type: z.literal('nextQuarter') }),
    z.strictObject({ type: z.literal('nextBeat') }),
  ]);
});

/** The decision waiting now: the firm, the quarter's budget (presets), the appeal, or an event. */
export function decision(level: FirmLevel, run: FirmRun): Decision<FirmAction> | null {
  const quarter = run.quarters[run.index] ?? '';
  switch (run.phase) {
    case 'profile':
      return {
        id: 'profile',
        options: level.profiles.map((p) => ({ id: p.id, action: { type: 'pick', profile: p.id } as const, label: { text: p.name } })),
      };
    case 'budget':
      return {
        id: `budget-${quarter}`,
        options: level.budget.presets.map((p) => ({
          id: p.id,
          action: { type: 'budget', split: presetSplit(p.weights, run.budget) } as const,
          label: { text: p.name },
        })),
      };
    case 'events': {
      const id = pending(level, run);
      if (id === null) return null;
      if (id === 'appeal')
        return {
          id: `appeal-${quarter}`,
          options: [
            { id: 'contest', action: { type: 'appeal', choice: 'contest' } as const, label: { text: level.appeal.contest } },
            { id: 'wait', action: { type: 'appeal', choice: 'wait' } as const, label: { text: level.appeal.wait } },
          ],
        };
      const event = eventOf(level, id);
      return {
        id: `${quarter}-${id}`,
        options: (event?.options ?? []).map((o) => ({ id: o.id, action: { type: 'answer', event: id, option: o.id } as const, label: { text: o.label } })),
      };
    }
    default:
      return null;
  }
}

export const firmRole = defineRole<FirmLevel, FirmRun, FirmAction>({
  id: 'firm',
  icon: 'role-firm',
  get levelSchema() {
    return firmSchemas().FirmLevel;
  },
  get actionSchema() {
    return firmActions();
  },
  phases: [
    { id: 'profile', kind: 'decide' },
    { id: 'budget', kind: 'decide' },
    { id: 'events', kind: 'decide' },
    { id: 'quarter', kind: 'interlude' },
    { id: 'reveal', kind: 'reveal' },
    { id: 'debrief', kind: 'debrief' },
  ],
  create: createRun,
  step,
  phase: (run) => run.phase,
  progress: (_level, run) => ({ unit: 'quarter', index: Math.min(run.index + 1, run.quarters.length), total: run.quarters.length }),
  advance: (level, run) => {
    switch (run.phase) {
      case 'events':
        return pending(level, run) === null ? { type: 'closeQuarter' } : null;
      case 'quarter':
        return { type: 'nextQuarter' };
      case 'reveal':
        return { type: 'nextBeat' };
      default:
        return null;
    }
  },
  decision,
});

export { BEATS };
