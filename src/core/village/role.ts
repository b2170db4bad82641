/** The Village Ledger as the frame sees it: its level format, its actions and its phases. */
import { z } from 'zod/mini';
import { once } from '../content';
import { defineRole, type Decision, type OptionDef } from '../role';
import { villageSchemas, type VillageLevel } from './schema';
import { createRun, deedOf, pendingDeed, step, type VillageAction, type VillageRun } from './rules';

/** The actions a saved week may hold, as a schema built on first use (see once in content.ts). */
const villageActions = once((): z.ZodMiniType<VillageAction> => {
  const deedId = z.string().check(z.maxLength(60));
  return z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('begin') }),
    z.strictObject({ type: z.literal('score'), deedId, points: z.number().check(z.int(), z.gte(-1000), z.lte(1000)) }),
    z.strictObject({ type: z.literal('favour'), deedId }),
    z.strictObject({ type: z.literal('decline'), deedId }),
    z.strictObject({ type: z.literal('closeDay') }),
    z.strictObject({ type: z.literal('nextDay') }),
    z.strictObject({ type: z.literal('nextBeat') }),
  ]);
});

/**
 * The card waiting now: every point value of the grid ("village.pointsOption"), "Do as asked" when
 * the deed asks a favour ("village.doAsAsked", with the asked points and who asks), and decline.
 */
export function villageDecision(level: VillageLevel, run: VillageRun): Decision<VillageAction> | null {
  const id = pendingDeed(run);
  if (!id) return null;
  const deed = deedOf(level, id);
  const options: OptionDef<VillageAction>[] = level.points.options.map((points) => ({
    id: points > 0 ? `+${points}` : String(points),
    action: { type: 'score', deedId: id, points },
    label: { key: 'village.pointsOption', params: { points } },
  }));
  if (deed.favour)
    options.push({
      id: 'favour',
      action: { type: 'favour', deedId: id },
      label: { key: 'village.doAsAsked', params: { points: deed.favour.asks, from: deed.favour.from } },
    });
  options.push({ id: 'decline', action: { type: 'decline', deedId: id }, label: { key: 'village.decline' } });
  return { id, options };
}

export const villageRole = defineRole<VillageLevel, VillageRun, VillageAction>({
  id: 'village',
  icon: 'role-village',
  get levelSchema() {
    return villageSchemas().VillageLevel;
  },
  get actionSchema() {
    return villageActions();
  },
  phases: [
    { id: 'intro', kind: 'intro' },
    { id: 'day', kind: 'decide' },
    { id: 'board', kind: 'interlude' },
    { id: 'reveal', kind: 'reveal' },
    { id: 'cities', kind: 'reveal' },
    { id: 'debrief', kind: 'debrief' },
  ],
  create: createRun,
  step,
  phase: (run) => run.phase,
  progress: (_level, run) => ({ unit: 'day', index: run.dayIndex + 1, total: run.dayIds.length }),
  advance: (_level, run) => {
    switch (run.phase) {
      case 'intro':
        return { type: 'begin' };
      case 'day':
        return pendingDeed(run) === undefined ? { type: 'closeDay' } : null;
      case 'board':
        return { type: 'nextDay' };
      case 'reveal':
      case 'cities':
        return { type: 'nextBeat' };
      case 'debrief':
        return null;
    }
  },
  decision: villageDecision,
});
