/**
 * "Myth or reality?": the level format. Each statement is a claim as the media often put it, the
 * report's verdict on it, a short explanation and the passage of the report it comes from.
 */
import { z } from 'zod/mini';
import { Id, contentSchemas, d, once, uniqueIds } from '../content';

export const VERDICTS = ['myth', 'reality'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * The report's hedge on a "reality", shown beside the verdict (translation key `myths.nuance.<id>`):
 * being-introduced: the report says it is being introduced, not yet everywhere;
 * media-account: the report cites media accounts of it, it did not see it itself;
 * lesser-extent: true, but on a small scale;
 * dropped-later: true of a pilot that was later dropped;
 * pilot: true of a local pilot, not of the whole country.
 */
export const NUANCES = ['being-introduced', 'media-account', 'lesser-extent', 'dropped-later', 'pilot'] as const;
export type Nuance = (typeof NUANCES)[number];

/** The three kinds of systems the report distinguishes, and claims about the whole. */
export const SYSTEMS = ['private', 'state', 'corporate', 'overall'] as const;
export type System = (typeof SYSTEMS)[number];

/** The roles a result can invite the player to, each the closest to one kind of system. */
export const INVITE_ROLES = ['village', 'sesame', 'firm'] as const;
export type InviteRole = (typeof INVITE_ROLES)[number];

/** The fewest statements of each verdict a round of n holds: 3 of 8, 2 of 6 (about a third, never more than half). */
export function minPerVerdict(n: number): number {
  return Math.min(Math.ceil(n / 3), Math.floor(n / 2));
}

/**
 * Why a round of n cannot always be drawn from these statements, or null if it can: enough
 * statements (a group counts once), and enough of each verdict even when the other verdict's picks
 * have shut out their group partners.
 */
export function roundProblem(statements: readonly Pick<MythStatement, 'verdict' | 'group'>[], n: number): string | null {
  const need = minPerVerdict(n);
  const groups = new Set(statements.flatMap((s) => (s.group === undefined ? [] : [s.group]))).size;
  const units = statements.length - groups;
  if (n > units) return `a round of ${n} needs at least ${n} statements from different groups; the level has ${units}`;
  for (const v of VERDICTS) {
    const count = statements.filter((s) => s.verdict === v).length;
    const blocked = Math.min(need, groups);
    if (count < need + blocked)
      return `a round of ${n} needs at least ${need + blocked} statements of verdict "${v}"${blocked ? ` (${need}, and ${blocked} more in case other picks shut out their group partners)` : ''}; the level has ${count}`;
  }
  return null;
}

/** The level format, built on first use (see once in ../content). */
export const mythsSchemas = once(() => {
  const { LText, Source, Statement } = contentSchemas();

  const MythStatement = z
    .strictObject({
      id: Id,
      system: d(
        z.enum(SYSTEMS),
        'private: individuals rated by firms (3.1); state: individuals rated by the party-state (3.2); corporate: firms rated by the party-state (3.3); overall: the system as a whole.',
      ),
      role: d(z.enum(INVITE_ROLES), 'The role that lets the player see this for themselves; the result links to it.'),
      icon: d(z.optional(z.string().check(z.regex(/^[a-z0-9-]+$/), z.maxLength(60))), 'File name (without .svg) in assets/icons/.'),
      group: d(
        z.optional(Id),
        'A myth and the reality it is often confused with share a group, and never a round, so that one answer does not give the other away. A group holds one myth and one reality.',
      ),
      claim: d(LText, 'The statement as the media often put it: short, one line or two.'),
      verdict: d(z.enum(VERDICTS), 'What the report says: "myth" or "reality".'),
      nuance: d(z.optional(z.enum(NUANCES)), 'Only with "reality": the report’s hedge, kept on screen.'),
      explanation: d(LText, 'One or two sentences, at most 40 words: why the verdict is what it is.'),
      learned: d(LText, 'One short line for the result’s “what you now know” list.'),
      source: d(Source, 'Required: the report section and a verbatim quote that settles the verdict.'),
    })
    .check(
      z.superRefine((s, ctx) => {
        if (s.nuance !== undefined && s.verdict !== 'reality')
          ctx.addIssue({ code: 'custom', path: ['nuance'], message: 'a nuance qualifies a "reality"; a myth explains itself in its explanation' });
      }),
    );

  const RoundSize = z.number().check(z.int(), z.gte(2), z.lte(30));

  const MythsLevel = z
    .strictObject({
      $schema: z.optional(z.string()),
      format: d(z.literal(1), 'The level format version.'),
      id: Id,
      role: z.literal('myths'),
      title: LText,
      intro: d(Statement, 'The one line above the first statement.'),
      rounds: d(z.strictObject({ full: RoundSize, short: RoundSize }), 'How many statements a round asks on each route, drawn by the seed.'),
      statements: z.array(MythStatement).check(z.minLength(2)),
      result: z.strictObject({
        caveat: d(Statement, 'The report’s own warning, so that debunking myths does not read as “nothing to see”.'),
        invitations: d(z.strictObject({ village: Statement, sesame: Statement, firm: Statement }), 'One line per role, inviting the player to try it.'),
      }),
    })
    .check(
      z.superRefine((level, ctx) => {
        uniqueIds(
          level.statements.map((s) => s.id),
          ['statements'],
          ctx,
        );
        const members = new Map<string, number[]>();
        level.statements.forEach((s, i) => {
          if (s.group !== undefined) members.set(s.group, [...(members.get(s.group) ?? []), i]);
        });
        for (const [group, at] of members) {
          const verdicts = at.map((i) => level.statements[i]?.verdict).sort();
          if (verdicts.join() !== 'myth,reality')
            ctx.addIssue({ code: 'custom', path: ['statements', at[at.length - 1] as number, 'group'], message: `group "${group}" must hold one myth and one reality; it holds ${verdicts.join(', ')}` });
        }
        (['full', 'short'] as const).forEach((route) => {
          const problem = roundProblem(level.statements, level.rounds[route]);
          if (problem) ctx.addIssue({ code: 'custom', path: ['rounds', route], message: problem });
        });
      }),
    );

  return { MythStatement, MythsLevel };
});

type Schemas = ReturnType<typeof mythsSchemas>;
export type MythStatement = z.infer<Schemas['MythStatement']>;
export type MythsLevel = z.infer<Schemas['MythsLevel']>;
