/**
 * The level format: the contract between code and content.
 * Levels are JSON files in levels/; every fact cites the report, every invention says it is illustrative.
 */
import { z } from 'zod';

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in several languages. English is required; a missing language falls back to English. */
export const LText = z
  .object({ en: z.string().trim().min(1, 'English text must not be empty') })
  .catchall(z.string().trim().min(1))
  .describe('A text per language code, e.g. {"en": "…", "zh": "…"}. "en" is required.');
export type LText = z.infer<typeof LText>;

export const SECTIONS = ['Summary', 'Introduction', '1', '2', '3', '3.1', '3.2', '3.2.1', '3.2.2', '3.3', '3.3.1', '3.3.2', '4'] as const;

export const Source = z
  .object({
    section: z.enum(SECTIONS).describe('The report section, as the report numbers it.'),
    quote: z
      .string()
      .trim()
      .min(10)
      .refine((q) => q.split(/\s+/).length <= 40, 'a quote is at most about 30 words (40 allowed)')
      .describe('A short verbatim quote from that section that supports the fact.'),
  })
  .strict();
export type Source = z.infer<typeof Source>;

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes');

/**
 * Every piece of content is either a fact from the report (with "source") or invented for play
 * ("illustrative": true). Never both, never neither.
 */
const provenance = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object({ ...shape, source: Source.optional(), illustrative: z.literal(true).optional() })
    .strict()
    .superRefine((value, ctx) => {
      const v = value as { source?: unknown; illustrative?: unknown };
      const hasSource = v.source !== undefined;
      const isIllustrative = v.illustrative === true;
      if (hasSource === isIllustrative) {
        ctx.addIssue({
          code: 'custom',
          message: hasSource
            ? 'has both "source" and "illustrative": a fact cites the report, an invention is illustrative, never both'
            : 'needs either "source" (a fact from the report) or "illustrative": true (invented for play)',
        });
      }
    });

export const Statement = provenance({ text: LText });
export type Statement = z.infer<typeof Statement>;

export const Villager = provenance({
  id: Id,
  name: LText,
  background: LText,
  portrait: z.string().regex(/^[a-z0-9-]+$/).describe('File name (without .svg) in assets/portraits/.'),
  seen: z.boolean().default(true).describe('false: the scorer never sees this person, so no deed of theirs is ever reported.'),
  relation: z.enum(['relative', 'cadre']).optional().describe('Who this person is to the scorer, if anyone.'),
});
export type Villager = z.infer<typeof Villager>;

export const Pressure = z
  .object({
    kind: z.enum(['relative', 'cadre', 'grudge', 'hearsay']),
    from: Id.describe('The villager who asks.'),
    asks: z.number().int().describe('The points they ask you to record.'),
    text: LText,
    illustrative: z.literal(true),
  })
  .strict();
export type Pressure = z.infer<typeof Pressure>;

export const Deed = provenance({
  id: Id,
  villager: Id,
  text: LText,
  evidence: z.enum(['witnessed', 'record', 'hearsay']).describe('How the report of this deed reaches the scorer.'),
  reportPoints: z
    .number()
    .int()
    .optional()
    .describe('The points the report says this deed received. Only with "source".'),
  pressure: Pressure.optional(),
});
export type Deed = z.infer<typeof Deed>;

export const Day = z
  .object({
    id: Id,
    deeds: z.array(Id).min(1).describe('Deeds that always arrive this day.'),
    extras: z.array(Id).default([]).describe('A pool of deeds; the seed picks extrasCount of them.'),
    extrasCount: z.number().int().min(0).default(0),
  })
  .strict();
export type Day = z.infer<typeof Day>;

export const Category = z.object({ label: LText, min: z.number() }).strict();

export const Scale = z
  .object({
    id: Id,
    name: LText,
    city: LText.describe('The short name used in sentences and table headings, e.g. "Suining".'),
    facts: z.array(Statement).min(1).describe('What the report says about this scheme.'),
    rule: z
      .object({
        counts: z.enum(['deductions', 'net']).describe('"deductions": only lost points count; "net": gains and losses.'),
        base: z.number(),
        factor: z.number().positive(),
        min: z.number(),
        max: z.number(),
        illustrative: z.literal(true),
      })
      .strict()
      .describe('How village points become this scale. The report gives no conversion, so it is illustrative.'),
    rangeLabel: LText,
    categories: z
      .array(provenance({ label: LText, min: z.number() }))
      .default([])
      .describe('Highest first. A score falls in the first category whose min it reaches.'),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.rule.min > s.rule.max) ctx.addIssue({ code: 'custom', path: ['rule', 'min'], message: 'min is above max' });
    s.categories.forEach((c, i) => {
      const prev = s.categories[i - 1];
      if (prev && prev.min <= c.min)
        ctx.addIssue({ code: 'custom', path: ['categories', i, 'min'], message: 'categories go from highest min to lowest' });
    });
  });
export type Scale = z.infer<typeof Scale>;

export const Comparison = provenance({
  a: Id.describe('The deed whose value is compared…'),
  b: Id.describe('…with this one.'),
  aLabel: LText.describe('A short name for deed a, e.g. "the donation".'),
  bLabel: LText.describe('A short name for deed b, e.g. "army service".'),
  text: LText,
});
export type Comparison = z.infer<typeof Comparison>;

export const VillageLevel = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(1).describe('The level format version.'),
    id: Id,
    role: z.literal('village'),
    title: LText,
    intro: z.array(Statement).min(1),
    pointOptions: z
      .array(z.number().int().refine((n) => n !== 0, 'a point option is never 0: declining is its own choice'))
      .min(2)
      .describe('The values the scorer can give to a deed.'),
    villagers: z.array(Villager).min(2),
    deeds: z.array(Deed).min(1),
    days: z.array(Day).min(1),
    routes: z
      .object({ full: z.array(Id).min(1), short: z.array(Id).min(1) })
      .strict()
      .describe('Which days each route plays, in order.'),
    board: z
      .object({ modelCitizens: z.number().int().min(1), reward: Statement })
      .strict(),
    comparisons: z.array(Comparison).default([]),
    scales: z.array(Scale).min(1),
    debrief: z
      .object({
        findings: z.array(Statement).min(1),
        myth: z.object({ myth: LText, reality: Statement }).strict(),
        questions: z.array(LText).min(3).max(5),
      })
      .strict(),
  })
  .strict()
  .superRefine((level, ctx) => {
    const unique = (ids: string[], path: string) => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `duplicate id "${id}"` });
        seen.add(id);
      });
    };
    unique(level.villagers.map((v) => v.id), 'villagers');
    unique(level.deeds.map((d) => d.id), 'deeds');
    unique(level.days.map((d) => d.id), 'days');
    const villagers = new Map(level.villagers.map((v) => [v.id, v]));
    const deeds = new Set(level.deeds.map((d) => d.id));
    level.deeds.forEach((d, i) => {
      const who = villagers.get(d.villager);
      if (!who) ctx.addIssue({ code: 'custom', path: ['deeds', i, 'villager'], message: `no villager "${d.villager}"` });
      else if (!who.seen)
        ctx.addIssue({ code: 'custom', path: ['deeds', i, 'villager'], message: `"${d.villager}" is never seen, so no deed of theirs can be reported` });
      if (d.reportPoints !== undefined && !d.source)
        ctx.addIssue({ code: 'custom', path: ['deeds', i, 'reportPoints'], message: 'reportPoints needs a "source" from the report' });
      if (d.pressure && !villagers.has(d.pressure.from))
        ctx.addIssue({ code: 'custom', path: ['deeds', i, 'pressure', 'from'], message: `no villager "${d.pressure.from}"` });
    });
    const dayById = new Map(level.days.map((d) => [d.id, d]));
    level.days.forEach((day, i) => {
      (['deeds', 'extras'] as const).forEach((field) =>
        day[field].forEach((id, j) => {
          if (!deeds.has(id)) ctx.addIssue({ code: 'custom', path: ['days', i, field, j], message: `no deed "${id}"` });
        }),
      );
      if (day.extrasCount > day.extras.length)
        ctx.addIssue({ code: 'custom', path: ['days', i, 'extrasCount'], message: `asks for ${day.extrasCount} extras but the pool has ${day.extras.length}` });
    });
    (['full', 'short'] as const).forEach((route) => {
      const placed = new Map<string, string>();
      level.routes[route].forEach((id, i) => {
        const day = dayById.get(id);
        if (!day) {
          ctx.addIssue({ code: 'custom', path: ['routes', route, i], message: `no day "${id}"` });
          return;
        }
        for (const deed of [...day.deeds, ...day.extras]) {
          const other = placed.get(deed);
          if (other !== undefined)
            ctx.addIssue({ code: 'custom', path: ['routes', route, i], message: `deed "${deed}" would arrive twice in this route (days "${other}" and "${id}")` });
          placed.set(deed, id);
        }
      });
    });
    level.comparisons.forEach((c, i) =>
      (['a', 'b'] as const).forEach((k) => {
        if (!deeds.has(c[k])) ctx.addIssue({ code: 'custom', path: ['comparisons', i, k], message: `no deed "${c[k]}"` });
      }),
    );
    if (level.board.modelCitizens >= level.villagers.length)
      ctx.addIssue({ code: 'custom', path: ['board', 'modelCitizens'], message: 'fewer model citizens than villagers, or everyone wins' });
  });
export type VillageLevel = z.infer<typeof VillageLevel>;

/** Text in the player's language, falling back to English. */
export function tr(text: LText, lang: string): string {
  return (text as Record<string, string>)[lang] ?? text.en;
}
