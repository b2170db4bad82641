/** "Myth or reality?" as the frame sees it: its level format, its actions and its phases. */
import { z } from 'zod/mini';
import { once } from '../content';
import { defineRole, type Decision } from '../role';
import { VERDICTS, mythsSchemas, type MythsLevel } from './schema';
import { createRun, currentStatement, step, type MythsAction, type MythsRun } from './rules';

/** The actions a saved week may hold, as a schema built on first use (see once in content.ts). */
const mythsActions = once((): z.ZodMiniType<MythsAction> => {
  return z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('answer'), statementId: z.string().check(z.maxLength(60)), verdict: z.enum(VERDICTS) }),
    z.strictObject({ type: z.literal('next') }),
  ]);
});

/** The two large answers: Myth and Reality (translation keys myths.myth and myths.reality). */
function decision(level: MythsLevel, run: MythsRun): Decision<MythsAction> | null {
  if (run.phase !== 'question') return null;
  const statement = currentStatement(level, run);
  if (!statement) return null;
  return {
    id: statement.id,
    options: VERDICTS.map((verdict) => ({
      id: verdict,
      action: { type: 'answer', statementId: statement.id, verdict } as const,
      label: { key: `myths.${verdict}` },
    })),
  };
}

export const mythsRole = defineRole<MythsLevel, MythsRun, MythsAction>({
  id: 'myths',
  icon: 'role-myths',
  get levelSchema() {
    return mythsSchemas().MythsLevel;
  },
  get actionSchema() {
    return mythsActions();
  },
  phases: [
    { id: 'question', kind: 'decide' },
    { id: 'answer', kind: 'interlude' },
    { id: 'result', kind: 'debrief' },
  ],
  create: createRun,
  step,
  phase: (run) => run.phase,
  progress: (_level, run) => ({
    unit: 'statement',
    index: run.phase === 'question' ? run.answers.length + 1 : Math.max(1, run.answers.length),
    total: run.statements.length,
  }),
  advance: (_level, run) => (run.phase === 'answer' ? { type: 'next' } : null),
  decision,
});
