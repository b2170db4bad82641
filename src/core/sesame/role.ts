/** "A Sesame Credit user" as the frame sees it: its level format, its actions and its phases. */
import { z } from 'zod/mini';
import { once } from '../content';
import { defineRole, type Decision, type OptionDef } from '../role';
import { sesameSchemas, type SesameLevel } from './schema';
import { BEATS, cardActions, createRun, pendingCard, step, type SesameAction, type SesameRun } from './rules';

/** The actions a saved week may hold, as a schema built on first use (see once in content.ts). */
const sesameActions = once((): z.ZodMiniType<SesameAction> => {
  const ref = z.string().check(z.maxLength(60));
  return z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('begin') }),
    z.strictObject({ type: z.literal('choose'), card: ref, option: ref }),
    z.strictObject({ type: z.literal('leave') }),
    z.strictObject({ type: z.literal('closeDay') }),
    z.strictObject({ type: z.literal('nextDay') }),
    z.strictObject({ type: z.literal('nextBeat') }),
  ]);
});

/** The option id of leaving the programme, offered on every card while the player is a member. */
export const LEAVE = 'leave';

/**
 * The card waiting now: its two to four actions (labels from the level), then "leave the
 * programme" while the player is still in it. A luxury purchase stays offered while the player is
 * on the court's list: choosing it shows the platform refusing it (see rules.isBlocked).
 */
export function sesameDecision(level: SesameLevel, run: SesameRun): Decision<SesameAction> | null {
  const card = pendingCard(run);
  if (card === undefined) return null;
  const options: OptionDef<SesameAction>[] = cardActions(level, run, card).map((a) => ({
    id: a.id,
    action: { type: 'choose', card, option: a.id },
    label: { text: a.label },
  }));
  if (run.member) options.push({ id: LEAVE, action: { type: 'leave' }, label: { text: level.leaving.label } });
  return { id: `${run.dayIds[run.dayIndex] ?? ''}-${card}`, options };
}

export const sesameRole = defineRole<SesameLevel, SesameRun, SesameAction>({
  id: 'sesame',
  icon: 'role-sesame',
  get levelSchema() {
    return sesameSchemas().SesameLevel;
  },
  get actionSchema() {
    return sesameActions();
  },
  phases: [
    { id: 'intro', kind: 'intro' },
    { id: 'day', kind: 'decide' },
    { id: 'evening', kind: 'interlude' },
    { id: 'reveal', kind: 'reveal' },
    { id: 'debrief', kind: 'debrief' },
  ],
  create: createRun,
  step,
  phase: (run) => run.phase,
  progress: (_level, run) => ({ unit: 'day', index: Math.min(run.dayIndex + 1, run.dayIds.length), total: run.dayIds.length }),
  advance: (_level, run) => {
    switch (run.phase) {
      case 'intro':
        return { type: 'begin' };
      case 'day':
        return pendingCard(run) === undefined ? { type: 'closeDay' } : null;
      case 'evening':
        return { type: 'nextDay' };
      case 'reveal':
        return { type: 'nextBeat' };
      case 'debrief':
        return null;
    }
  },
  decision: sesameDecision,
});

export { BEATS };
