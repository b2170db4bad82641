/**
 * The Village Ledger's level format: the contract between its rules and its content.
 *
 * Besides villagers, deeds and days, a level holds follow-up events: consequences that arrive
 * because of earlier choices (a protest, a reward, someone who stops reporting neighbours). Their
 * conditions are data in a small, closed vocabulary, checked here: every villager, deed and event
 * they name must exist, and no event may be able to trigger itself, directly or through others.
 */
import { z } from 'zod';
import { Debrief, Id, LText, Statement, provenance, uniqueIds } from '../content';

export const GENDERS = ['female', 'male'] as const;
export const RELATIONS = ['relative', 'cadre'] as const;
/** How a villager looks on the canvas after a decision about them (the art's reaction-* icons). */
export const REACTIONS = ['pleased', 'hurt', 'angry', 'grateful'] as const;
export type Reaction = (typeof REACTIONS)[number];
/** Who asks: your relative, the committee member, someone with a grudge, someone passing on hearsay, or a neighbour for themselves. */
export const FAVOUR_KINDS = ['relative', 'cadre', 'grudge', 'hearsay', 'neighbour'] as const;
export const EVIDENCE = ['witnessed', 'record', 'hearsay'] as const;

export const Villager = provenance({
  id: Id,
  name: LText,
  age: z.number().int().min(0).max(120).describe('Years; the interface writes "34 years old".'),
  gender: z.enum(GENDERS),
  background: LText.describe('One short line, without the age.'),
  portrait: z.string().max(60).regex(/^[a-z0-9-]+$/).describe('File name (without .svg) in assets/portraits/.'),
  seen: z.boolean().default(true).describe('false: the scorer never sees this person, so no deed of theirs is ever reported.'),
  relation: z.enum(RELATIONS).optional().describe('Who this person is to the scorer, if anyone.'),
});
export type Villager = z.infer<typeof Villager>;

export const Favour = z
  .object({
    kind: z.enum(FAVOUR_KINDS),
    from: Id.describe('The villager who asks.'),
    asks: z
      .number()
      .int()
      .refine((n) => n !== 0, 'a favour asks for some points, never 0')
      .describe('The points they ask you to record. Only "Do as asked" records them as a favour followed.'),
    text: LText,
    illustrative: z.literal(true),
  })
  .strict();
export type Favour = z.infer<typeof Favour>;

export const Deed = provenance({
  id: Id,
  villager: Id,
  text: LText,
  reported: z.enum(['good', 'bad']).describe('How the deed is put to the scorer: as a good deed or as a bad one.'),
  evidence: z.enum(EVIDENCE).describe('How the report of this deed reaches the scorer.'),
  reportedBy: Id.optional().describe('Who tells the scorer. If that villager stops reporting neighbours, the deed no longer arrives.'),
  reportPoints: z.number().int().optional().describe('The points the media account cited by the report gives this deed. Only with "source".'),
  favour: Favour.optional(),
});
export type Deed = z.infer<typeof Deed>;

export const Draw = z
  .object({
    pool: z.array(Id).min(1).describe('Deeds the seed picks from.'),
    count: z.number().int().min(1),
  })
  .strict();
export type Draw = z.infer<typeof Draw>;

export const Day = z
  .object({
    id: Id,
    lead: Id.optional().describe('A deed that always comes first this day (the first card of the week teaches by doing).'),
    deeds: z.array(Id).default([]).describe('Deeds that always arrive this day, in an order the seed decides.'),
    draws: z.array(Draw).default([]).describe('Seeded picks from pools of deeds.'),
  })
  .strict();
export type Day = z.infer<typeof Day>;

/** The closed vocabulary of follow-up conditions. */
export const CONDITIONS = [
  'given',
  'declined',
  'favourFollowed',
  'favourRefused',
  'modelCitizen',
  'standing',
  'grievance',
  'gratitude',
  'event',
  'all',
  'any',
  'not',
] as const;
export type ConditionKind = (typeof CONDITIONS)[number];

export type Condition =
  | { is: 'given'; deed: string; atLeast?: number; atMost?: number }
  | { is: 'declined'; deed: string }
  | { is: 'favourFollowed'; deed: string }
  | { is: 'favourRefused'; deed: string }
  | { is: 'modelCitizen'; villager: string }
  | { is: 'standing'; villager: string; atLeast?: number; atMost?: number }
  | { is: 'grievance'; villager: string }
  | { is: 'gratitude'; villager: string }
  | { is: 'event'; event: string }
  | { is: 'all'; of: Condition[] }
  | { is: 'any'; of: Condition[] }
  | { is: 'not'; of: Condition };

const bound = z.number().int();
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion(
    'is',
    [
      z
        .object({ is: z.literal('given'), deed: Id, atLeast: bound.optional(), atMost: bound.optional() })
        .strict()
        .describe('The deed was given points (by the grid or as a favour), within the bounds if any.'),
      z.object({ is: z.literal('declined'), deed: Id }).strict().describe('The scorer declined to record the deed.'),
      z.object({ is: z.literal('favourFollowed'), deed: Id }).strict().describe('The scorer chose "Do as asked" on this deed.'),
      z.object({ is: z.literal('favourRefused'), deed: Id }).strict().describe('The deed asked a favour and the scorer did anything else.'),
      z.object({ is: z.literal('modelCitizen'), villager: Id }).strict().describe('The villager is a model citizen on the board as it stands.'),
      z
        .object({ is: z.literal('standing'), villager: Id, atLeast: bound.optional(), atMost: bound.optional() })
        .strict()
        .describe("The villager's points are within the bounds."),
      z.object({ is: z.literal('grievance'), villager: Id }).strict().describe('The villager holds a grievance against the scorer.'),
      z.object({ is: z.literal('gratitude'), villager: Id }).strict().describe('The villager owes the scorer gratitude.'),
      z.object({ is: z.literal('event'), event: Id }).strict().describe('That event has happened in this run.'),
      z.object({ is: z.literal('all'), of: z.array(Condition).min(1) }).strict(),
      z.object({ is: z.literal('any'), of: z.array(Condition).min(1) }).strict(),
      z.object({ is: z.literal('not'), of: Condition }).strict(),
    ],
    {
      error: (iss) =>
        iss.code === 'invalid_union' ? `unknown condition; expected "is" to be one of: ${CONDITIONS.join(', ')}` : undefined,
    },
  ),
);

export const Scene = z
  .object({
    villager: Id.describe('Who the scene is about; the canvas shows them.'),
    reaction: z.enum(REACTIONS).optional().describe('How they look; none for someone who is not there.'),
    text: LText,
    fact: Statement.optional().describe('A sentence from the report shown with the scene, cited.'),
  })
  .strict();
export type Scene = z.infer<typeof Scene>;

export const FollowUp = provenance({
  id: Id,
  when: Condition.describe('Checked each time a day closes.'),
  card: Id.optional().describe('A deed that arrives first thing the next day, scored like any deed. Only for this event.'),
  scene: Scene.optional().describe('A short scene shown on the board when the day closes.'),
  stopsReporting: Id.optional().describe('From now on this villager reports no one: deeds they would report no longer arrive.'),
  moment: z.enum(['protest', 'reward']).optional().describe('The debrief quotes this event as that kind of moment.'),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const Comparison = provenance({
  a: Id.describe('The deed whose value is compared…'),
  b: Id.describe('…with this one.'),
  aLabel: LText.describe('A short name for deed a, e.g. "the donation".'),
  bLabel: LText.describe('A short name for deed b, e.g. "a tour of army service".'),
  text: LText,
});
export type Comparison = z.infer<typeof Comparison>;

export const Scale = z
  .object({
    id: Id,
    name: LText,
    city: LText.describe('The short name used in sentences and table headings, e.g. "Suining".'),
    facts: z.array(Statement).min(1).describe('What the report says about this scheme.'),
    start: provenance({ value: z.number() }).describe('Where everyone starts: from the report, or illustrative.'),
    rule: z
      .object({
        counts: z.enum(['deductions', 'net']).describe('"deductions": only lost points count; "net": gains and losses.'),
        factor: z.number().positive().describe('One village point is worth this many points here.'),
        min: z.number(),
        max: z.number(),
        cutoffs: z.array(z.number()).default([]).describe('The lowest score of each grade but the last, highest first.'),
        illustrative: z.literal(true),
      })
      .strict()
      .describe('How village points become this scale. The report gives no conversion, so it is illustrative.'),
    rangeLabel: LText,
    grades: z
      .array(provenance({ label: LText }))
      .default([])
      .describe('Highest first. A name the report gives is cited; one it does not give is illustrative.'),
    stakes: z
      .object({ high: Statement, middle: Statement, low: Statement })
      .strict()
      .describe('What a high, middling and low standing meant there: cited where the report says it.'),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.rule.min > s.rule.max) ctx.addIssue({ code: 'custom', path: ['rule', 'min'], message: 'min is above max' });
    if (s.start.value < s.rule.min || s.start.value > s.rule.max)
      ctx.addIssue({ code: 'custom', path: ['start', 'value'], message: `the start is outside ${s.rule.min}–${s.rule.max}` });
    const want = Math.max(0, s.grades.length - 1);
    if (s.rule.cutoffs.length !== want)
      ctx.addIssue({ code: 'custom', path: ['rule', 'cutoffs'], message: `expected ${want} cut-offs for ${s.grades.length} grades (every grade but the last)` });
    s.rule.cutoffs.forEach((c, i) => {
      const prev = s.rule.cutoffs[i - 1];
      if (prev !== undefined && prev <= c) ctx.addIssue({ code: 'custom', path: ['rule', 'cutoffs', i], message: 'cut-offs go from highest to lowest' });
    });
  });
export type Scale = z.infer<typeof Scale>;

/** What the reveal's beats say in the level's words (each cited). */
export const RevealTexts = z
  .object({
    values: Statement.describe('Beat a: the media account’s values, hedged as the report hedges them.'),
    reranked: Statement.describe('Beat b: the board under those values.'),
    model: Statement.describe('Beat c: who would have been a model citizen.'),
    pressures: Statement.describe('Beat d: favours, hearsay and the villager never seen.'),
    deductions: Statement.describe('The deductions the report says were "allegedly" made, with no number.'),
  })
  .strict();

export const MOMENT_KINDS = ['favourFollowed', 'favourRefused', 'gossipScored', 'gossipDeclined', 'protest', 'stoppedReporting', 'reward', 'unseen'] as const;
export type MomentKind = (typeof MOMENT_KINDS)[number];

export const VillageLevel = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(1).describe('The level format version.'),
    id: Id,
    role: z.literal('village'),
    title: LText,
    intro: z.array(Statement).min(1).describe('Before the first decision: about 60 words at most.'),
    introMore: z.array(Statement).default([]).describe('Behind a "more" control on the intro.'),
    points: z
      .object({
        options: z
          .array(z.number().int().refine((n) => n !== 0, 'a point option is never 0: declining is its own choice'))
          .min(2)
          .max(4, 'at most 4 point options, so a favour card (points, "Do as asked", Decline) has at most 6 choices'),
        illustrative: z.literal(true),
      })
      .strict()
      .describe('The values the scorer can give a deed. Invented for play.'),
    villagers: z.array(Villager).min(2),
    deeds: z.array(Deed).min(1),
    days: z.array(Day).min(1),
    routes: z
      .object({ full: z.array(Id).min(1), short: z.array(Id).min(1) })
      .strict()
      .describe('Which days each route plays, in order.'),
    followUps: z
      .object({
        cardsPerDay: z.number().int().min(0).max(3).describe('Follow-up deed cards that may arrive on one day.'),
        scenesPerBoard: z.number().int().min(0).max(3).describe('Follow-up scenes one board may show.'),
      })
      .strict(),
    events: z.array(FollowUp).default([]),
    board: z
      .object({
        modelCitizens: z.object({ count: z.number().int().min(1), illustrative: z.literal(true) }).strict(),
        tieRule: Statement.describe('How ties are broken, for the board to show.'),
        reward: Statement,
        facts: z.array(Statement).default([]),
      })
      .strict(),
    comparisons: z.array(Comparison).default([]),
    reveal: RevealTexts,
    moments: z
      .object(Object.fromEntries(MOMENT_KINDS.map((k) => [k, Statement])) as Record<MomentKind, typeof Statement>)
      .strict()
      .describe("What the report says next to each kind of moment of the player's own week."),
    scales: z.array(Scale).min(1),
    debrief: Debrief,
  })
  .strict()
  .superRefine((level, ctx) => checkLevel(level, ctx));
export type VillageLevel = z.infer<typeof VillageLevel>;

type Issue = (path: (string | number)[], message: string) => void;

/** Ids a condition names, by kind. */
export function conditionRefs(c: Condition): { deeds: string[]; villagers: string[]; events: string[] } {
  const out = { deeds: [] as string[], villagers: [] as string[], events: [] as string[] };
  const walk = (x: Condition) => {
    switch (x.is) {
      case 'all':
      case 'any':
        x.of.forEach(walk);
        return;
      case 'not':
        walk(x.of);
        return;
      case 'given':
      case 'declined':
      case 'favourFollowed':
      case 'favourRefused':
        out.deeds.push(x.deed);
        return;
      case 'event':
        out.events.push(x.event);
        return;
      default:
        out.villagers.push(x.villager);
    }
  };
  walk(c);
  return out;
}

function checkCondition(
  c: Condition,
  path: (string | number)[],
  issue: Issue,
  known: { deeds: Map<string, Deed>; villagers: Set<string>; events: Set<string> },
) {
  switch (c.is) {
    case 'all':
    case 'any':
      c.of.forEach((x, i) => checkCondition(x, [...path, 'of', i], issue, known));
      return;
    case 'not':
      checkCondition(c.of, [...path, 'of'], issue, known);
      return;
    case 'given':
    case 'declined':
    case 'favourFollowed':
    case 'favourRefused': {
      const deed = known.deeds.get(c.deed);
      if (!deed) issue([...path, 'deed'], `no deed "${c.deed}"; expected the id of a deed in "deeds"`);
      else if ((c.is === 'favourFollowed' || c.is === 'favourRefused') && !deed.favour)
        issue([...path, 'deed'], `deed "${c.deed}" asks no favour, so "${c.is}" can never hold`);
      if (c.is === 'given' && c.atLeast !== undefined && c.atMost !== undefined && c.atLeast > c.atMost)
        issue([...path, 'atLeast'], 'atLeast is above atMost');
      return;
    }
    case 'event':
      if (!known.events.has(c.event)) issue([...path, 'event'], `no event "${c.event}"; expected the id of an event in "events"`);
      return;
    default:
      if (!known.villagers.has(c.villager)) issue([...path, 'villager'], `no villager "${c.villager}"; expected the id of a villager in "villagers"`);
      if (c.is === 'standing' && c.atLeast !== undefined && c.atMost !== undefined && c.atLeast > c.atMost)
        issue([...path, 'atLeast'], 'atLeast is above atMost');
  }
}

/**
 * Which events each event depends on: those it names, and those whose card is a deed it names or
 * belongs to a villager it names (scoring that card changes the villager's standing and mood).
 */
export function eventDependencies(level: Pick<VillageLevel, 'events' | 'deeds'>): Map<string, string[]> {
  const deedOwner = new Map(level.deeds.map((d) => [d.id, d.villager]));
  const byCard = new Map<string, string>();
  const byVillager = new Map<string, string[]>();
  for (const e of level.events) {
    if (!e.card) continue;
    byCard.set(e.card, e.id);
    const owner = deedOwner.get(e.card);
    if (owner) byVillager.set(owner, [...(byVillager.get(owner) ?? []), e.id]);
  }
  const out = new Map<string, string[]>();
  for (const e of level.events) {
    const refs = conditionRefs(e.when);
    const deps = new Set<string>(refs.events);
    refs.deeds.forEach((d) => {
      const ev = byCard.get(d);
      if (ev) deps.add(ev);
    });
    refs.villagers.forEach((v) => (byVillager.get(v) ?? []).forEach((ev) => deps.add(ev)));
    out.set(e.id, [...deps]);
  }
  return out;
}

/** A chain of events that could trigger itself (first = last), or null. */
export function findLoop(deps: Map<string, string[]>, from: string): string[] | null {
  const path: string[] = [];
  const onPath = new Set<string>();
  const done = new Set<string>();
  const visit = (id: string): string[] | null => {
    if (onPath.has(id)) return [...path.slice(path.indexOf(id)), id];
    if (done.has(id)) return null;
    onPath.add(id);
    path.push(id);
    for (const next of deps.get(id) ?? []) {
      const loop = visit(next);
      if (loop) return loop;
    }
    path.pop();
    onPath.delete(id);
    done.add(id);
    return null;
  };
  return visit(from);
}

function checkLevel(level: VillageLevel, ctx: z.RefinementCtx) {
  const issue: Issue = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  uniqueIds(level.villagers.map((v) => v.id), ['villagers'], ctx);
  uniqueIds(level.deeds.map((d) => d.id), ['deeds'], ctx);
  uniqueIds(level.days.map((d) => d.id), ['days'], ctx);
  uniqueIds(level.events.map((e) => e.id), ['events'], ctx);
  const villagers = new Map(level.villagers.map((v) => [v.id, v]));
  const deeds = new Map(level.deeds.map((d) => [d.id, d]));
  const noVillager = (id: string) => `no villager "${id}"; expected the id of a villager in "villagers"`;
  const noDeed = (id: string) => `no deed "${id}"; expected the id of a deed in "deeds"`;

  level.deeds.forEach((d, i) => {
    const who = villagers.get(d.villager);
    if (!who) issue(['deeds', i, 'villager'], noVillager(d.villager));
    else if (!who.seen) issue(['deeds', i, 'villager'], `"${d.villager}" is never seen, so no deed of theirs can be reported`);
    if (d.reportPoints !== undefined && !d.source) issue(['deeds', i, 'reportPoints'], 'reportPoints needs a "source" from the report');
    if (d.favour && !villagers.has(d.favour.from)) issue(['deeds', i, 'favour', 'from'], noVillager(d.favour.from));
    if (d.reportedBy !== undefined) {
      if (!villagers.has(d.reportedBy)) issue(['deeds', i, 'reportedBy'], noVillager(d.reportedBy));
      if (d.source) issue(['deeds', i, 'reportedBy'], 'a deed from the report arrives in every week, so nobody can stop reporting it');
    }
  });

  const dayById = new Map(level.days.map((d) => [d.id, d]));
  level.days.forEach((day, i) => {
    if (day.lead !== undefined && !deeds.has(day.lead)) issue(['days', i, 'lead'], noDeed(day.lead));
    day.deeds.forEach((id, j) => {
      if (!deeds.has(id)) issue(['days', i, 'deeds', j], noDeed(id));
    });
    day.draws.forEach((draw, j) => {
      draw.pool.forEach((id, k) => {
        if (!deeds.has(id)) issue(['days', i, 'draws', j, 'pool', k], noDeed(id));
      });
      if (draw.count > draw.pool.length) issue(['days', i, 'draws', j, 'count'], `asks for ${draw.count} deeds but the pool has ${draw.pool.length}`);
    });
    if (day.lead === undefined && day.deeds.length === 0 && day.draws.length === 0) issue(['days', i], 'a day needs at least one deed');
  });
  const dayDeeds = (d: Day) => [...(d.lead ? [d.lead] : []), ...d.deeds, ...d.draws.flatMap((x) => x.pool)];
  (['full', 'short'] as const).forEach((route) => {
    const placed = new Map<string, string>();
    level.routes[route].forEach((id, i) => {
      const day = dayById.get(id);
      if (!day) {
        issue(['routes', route, i], `no day "${id}"; expected the id of a day in "days"`);
        return;
      }
      for (const deed of dayDeeds(day)) {
        const other = placed.get(deed);
        if (other !== undefined) issue(['routes', route, i], `deed "${deed}" could arrive twice in this route (days "${other}" and "${id}")`);
        placed.set(deed, id);
      }
    });
  });

  // Events: every name resolves, cards belong to one event and to no day, and nothing can trigger itself.
  const inDays = new Set(level.days.flatMap(dayDeeds));
  const eventIds = new Set(level.events.map((e) => e.id));
  const cardOf = new Map<string, string>();
  level.events.forEach((e, i) => {
    checkCondition(e.when, ['events', i, 'when'], issue, { deeds, villagers: new Set(villagers.keys()), events: eventIds });
    if ((e.card === undefined) === (e.scene === undefined)) issue(['events', i], 'an event has either a "card" (a deed the next day) or a "scene" (on the board), exactly one');
    if (e.card !== undefined) {
      if (!deeds.has(e.card)) issue(['events', i, 'card'], noDeed(e.card));
      else if (inDays.has(e.card)) issue(['events', i, 'card'], `deed "${e.card}" is already in a day; a follow-up card arrives only through its event`);
      const other = cardOf.get(e.card);
      if (other !== undefined) issue(['events', i, 'card'], `deed "${e.card}" is already the card of event "${other}"`);
      cardOf.set(e.card, e.id);
    }
    if (e.scene && !villagers.has(e.scene.villager)) issue(['events', i, 'scene', 'villager'], noVillager(e.scene.villager));
    if (e.stopsReporting !== undefined && !villagers.has(e.stopsReporting)) issue(['events', i, 'stopsReporting'], noVillager(e.stopsReporting));
  });
  const deps = eventDependencies(level);
  level.events.forEach((e, i) => {
    const loop = findLoop(deps, e.id);
    if (loop && loop[0] === e.id) issue(['events', i, 'when'], `event "${e.id}" could trigger itself (${loop.join(' → ')}); follow-ups must not loop`);
  });

  level.comparisons.forEach((c, i) =>
    (['a', 'b'] as const).forEach((k) => {
      if (!deeds.has(c[k])) issue(['comparisons', i, k], noDeed(c[k]));
    }),
  );
  if (level.board.modelCitizens.count >= level.villagers.length)
    issue(['board', 'modelCitizens', 'count'], 'fewer model citizens than villagers, or everyone wins');
}
