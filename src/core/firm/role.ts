/** "A firm under audit" as the frame sees it: its level format, its actions and its phases. */
import { z } from 'zod';
import { defineRole, type Decision } from '../role';
import { BUDGET_LINES, FirmLevel } from './schema';
import { BEATS, createRun, eventOf, pending, presetSplit, step, type FirmAction, type FirmRun, type Split } from './rules';

const units = z.number().int().min(0).max(1000);

export const FirmActionSchema: z.ZodType<FirmAction> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pick'), profile: z.string().max(60) }).strict(),
  z
    .object({
      type: z.literal('budget'),
      split: z.object(Object.fromEntries(BUDGET_LINES.map((l) => [l, units])) as Record<keyof Split, typeof units>).strict(),
    })
    .strict(),
  z.object({ type: z.literal('answer'), event: z.string().max(60), option: z.string().max(60) }).strict(),
  z.object({ type: z.literal('appeal'), choice: z.enum(['contest', 'wait']) }).strict(),
  z.object({ type: z.literal('closeQuarter') }).strict(),
  z.object({ type: z.literal('nextQuarter') }).strict(),
  z.object({ type: z.literal('nextBeat') }).strict(),
]);

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
  levelSchema: FirmLevel,
  actionSchema: FirmActionSchema,
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
