/**
 * Building blocks every level format shares: texts in several languages, citations of the report,
 * and the rule that every piece of content is either a cited fact or marked illustrative.
 */
import { z } from 'zod/mini';
import { en } from 'zod/locales';

// No eval probe: the game's Content-Security-Policy forbids 'unsafe-eval'.
z.config({ jitless: true });
// zod/mini loads no locale by itself: the English messages the full zod loads, which the level checks report.
z.config(en());

/**
 * A schema with a description for the levels' JSON Schema (`npm run schema`): zod/mini's form of
 * the full zod's `.describe()`, a described copy, so the schema it was made from is left as it was.
 */
export function d<T extends z.ZodMiniType>(schema: T, description: string): T {
  const described = schema.clone();
  z.globalRegistry.add(described, { description });
  return described;
}

/** A whole number within bounds. */
export const int = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));

export { LANGS, type Lang } from './langs';

/**
 * Call build once, on first use, and keep what it made. The level formats are built this way: a
 * few hundred zod schemas cost about 40 ms at 4x CPU slowdown to build, and the title needs none of
 * them (a level is checked only when a role starts, and the tools and tests ask for them by name).
 */
export function once<T>(build: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: build() }).value;
}

/** Longest text a level may hold in one language: a debrief paragraph, not a book. */
export const MAX_TEXT = 1200;

export const SECTIONS = ['Summary', 'Introduction', '1', '2', '3', '3.1', '3.2', '3.2.1', '3.2.2', '3.3', '3.3.1', '3.3.2', '4'] as const;
export type Section = (typeof SECTIONS)[number];

/** A citation: a section of the report and a short quote from it. */
const sourceSchema = once(() =>
  z.strictObject({
    section: d(z.enum(SECTIONS), 'The report section, as the report numbers it.'),
    quote: d(
      z
        .string()
        .check(z.trim(), z.minLength(10), z.maxLength(400), z.refine((q) => q.split(/\s+/).length <= 40, 'a quote is at most about 30 words (40 allowed)')),
      'A short verbatim quote from that section that supports the fact.',
    ),
  }),
);

export const Id = z.string().check(z.maxLength(60), z.regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes'));

/** Where a piece of content comes from: the report (with a quote) or the game's own invention. */
export interface Provenanced {
  source?: Source;
  illustrative?: true;
}

export function checkProvenance(value: Provenanced, ctx: z.core.$RefinementCtx) {
  const hasSource = value.source !== undefined;
  const isIllustrative = value.illustrative === true;
  if (hasSource === isIllustrative) {
    ctx.addIssue({
      code: 'custom',
      message: hasSource
        ? 'has both "source" and "illustrative": a fact cites the report, an invention is illustrative, never both'
        : 'needs either "source" (a fact from the report) or "illustrative": true (invented for play)',
    });
  }
}

/**
 * Every piece of content is either a fact from the report (with "source") or invented for play
 * ("illustrative": true). Never both, never neither.
 */
export const provenance = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z
    .strictObject({ ...shape, source: z.optional(sourceSchema()), illustrative: z.optional(z.literal(true)) })
    .check(z.superRefine((value, ctx) => checkProvenance(value as Provenanced, ctx)));

/** The schemas every level format shares, built on first use (see once). */
export const contentSchemas = once(() => {
  const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT, `a text is at most ${MAX_TEXT} characters`));

  /** A text in several languages. English is required; a missing language falls back to English. */
  const LText = d(
    z.catchall(z.object({ en: text.check(z.minLength(1, 'English text must not be empty')) }), text),
    'A text per language code, e.g. {"en": "…", "zh": "…"}. "en" is required.',
  );

  const Source = sourceSchema();

  /** A sentence of the level, with its provenance. */
  const Statement = provenance({ text: LText });

  /** A sentence that states what the report says: always cited. */
  const Cited = z.strictObject({ text: LText, source: Source });

  /**
   * The facilitator's side of a debrief (workshop mode): for each discussion question, a note on what
   * the report says; the myths a room is likely to bring up, with the report's answer; passages worth
   * reading aloud. Everything cited.
   */
  const Facilitator = z.strictObject({
    notes: d(z.array(Cited).check(z.minLength(1), z.maxLength(5)), 'One note per discussion question, in the same order: what the report says, cited.'),
    watchFor: d(
      z.array(z.strictObject({ myth: LText, reality: Cited })).check(z.minLength(1), z.maxLength(4)),
      'Myths to watch for in the discussion, each with what the report says instead.',
    ),
    quotes: d(z.array(Source).check(z.minLength(1), z.maxLength(6)), 'Passages of the report to quote to the room.'),
  });

  /** Debrief material every role ends with. */
  const Debrief = z
    .strictObject({
      findings: z.array(Statement).check(z.minLength(1)),
      myth: z.strictObject({ myth: LText, reality: Statement }),
      caveat: d(z.optional(Statement), 'The report’s own warning, shown at the end of the debrief.'),
      questions: z.array(LText).check(z.minLength(3), z.maxLength(5)),
      facilitator: d(z.optional(Facilitator), 'Notes for a facilitator, shown in workshop mode.'),
    })
    .check(
      z.superRefine((d, ctx) => {
        if (d.facilitator && d.facilitator.notes.length !== d.questions.length)
          ctx.addIssue({
            code: 'custom',
            path: ['facilitator', 'notes'],
            message: `expected one note per question: ${d.questions.length} questions, ${d.facilitator.notes.length} notes`,
          });
      }),
    );

  return { LText, Source, Statement, Cited, Facilitator, Debrief };
});

type Content = ReturnType<typeof contentSchemas>;
export type LText = z.infer<Content['LText']>;
export type Source = z.infer<Content['Source']>;
export type Statement = z.infer<Content['Statement']>;
export type Cited = z.infer<Content['Cited']>;
export type Facilitator = z.infer<Content['Facilitator']>;
export type Debrief = z.infer<Content['Debrief']>;

/** Ids within one list must differ. */
export function uniqueIds(ids: readonly string[], path: (string | number)[], ctx: z.core.$RefinementCtx) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `duplicate id "${id}"` });
    seen.add(id);
  });
}

/** Text in the player's language, falling back to English. */
export function tr(text: LText, lang: string): string {
  return (text as Record<string, string>)[lang] ?? text.en;
}
