/**
 * The Village Ledger's level format: the contract between its rules and its content.
 *
 * Besides villagers, deeds and days, a level holds follow-up events: consequences that arrive
 * because of earlier choices (a protest, a reward, someone who stops reporting neighbours). Their
 * conditions are data in a small, closed vocabulary, checked here: every villager, deed and event
 * they name must exist, and no event may be able to trigger itself, directly or through others.
 */
import { z } from 'zod/mini';
import { Id, contentSchemas, d, int, once, provenance, uniqueIds } from '../content';

export const GENDERS = ['female', 'male'] as const;
export const RELATIONS = ['relative', 'cadre'] as const;
/** How a villager looks on the canvas after a decision about them (the art's reaction-* icons). */
export const REACTIONS = ['pleased', 'hurt', 'angry', 'grateful'] as const;
export type Reaction = (typeof REACTIONS)[number];
/** Who asks: your relative, the committee member, someone with a grudge, someone passing on hearsay, or a neighbour for themselves. */
export const FAVOUR_KINDS = ['relative', 'cadre', 'grudge', 'hearsay', 'neighbour'] as const;
export const EVIDENCE = ['witnessed', 'record', 'hearsay'] as const;

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

export const MOMENT_KINDS = ['favourFollowed', 'favourRefused', 'gossipScored', 'gossipDeclined', 'protest', 'stoppedReporting', 'reward', 'unseen'] as const;
export type MomentKind = (typeof MOMENT_KINDS)[number];

/** The level format, built on first use (see once in ../content). */
export const villageSchemas = once(() => {
  const { LText, Statement, Debrief } = contentSchemas();

  const Villager = provenance({
    id: Id,
    name: LText,
    age: d(int(0, 120), 'Years; the interface writes "34 years old".'),
    gender: z.enum(GENDERS),
    background: d(LText, 'One short line, without the age.'),
    portrait: d(z.string().check(z.maxLength(60), z.regex(/^[a-z0-9-]+$/)), 'File name (without .svg) in assets/portraits/.'),
    seen: d(z._default(z.boolean(), true), 'false: the scorer never sees this person, so no deed of theirs is ever reported.'),
    relation: d(z.optional(z.enum(RELATIONS)), 'Who this person is to the scorer, if anyone.'),
  });

  const Favour = z.strictObject({
    kind: z.enum(FAVOUR_KINDS),
    from: d(Id, 'The villager who asks.'),
    asks: d(
      z.number().check(z.int(), z.refine((n) => n !== 0, 'a favour asks for some points, never 0')),
      'The points they ask you to record. Only "Do as asked" records them as a favour followed.',
    ),
    text: LText,
    illustrative: z.literal(true),
  });

  const Deed = provenance({
    id: Id,
    villager: Id,
    text: LText,
    reported: d(z.enum(['good', 'bad']), 'How the deed is put to the scorer: as a good deed or as a bad one.'),
    evidence: d(z.enum(EVIDENCE), 'How the report of this deed reaches the scorer.'),
    reportedBy: d(z.optional(Id), 'Who tells the scorer. If that villager stops reporting neighbours, the deed no longer arrives.'),
    reportPoints: d(z.optional(z.number().check(z.int())), 'The points the media account cited by the report gives this deed. Only with "source".'),
    favour: z.optional(Favour),
  });

  const Draw = z.strictObject({
    pool: d(z.array(Id).check(z.minLength(1)), 'Deeds the seed picks from.'),
    count: z.number().check(z.int(), z.gte(1)),
  });

  const Day = z.strictObject({
    id: Id,
    lead: d(z.optional(Id), 'A deed that always comes first this day (the first card of the week teaches by doing).'),
    deeds: d(z._default(z.array(Id), []), 'Deeds that always arrive this day, in an order the seed decides.'),
    draws: d(z._default(z.array(Draw), []), 'Seeded picks from pools of deeds.'),
  });

  const bound = z.number().check(z.int());
  const Condition: z.ZodMiniType<Condition> = z.lazy(() =>
    z.discriminatedUnion(
      'is',
      [
        d(
          z.strictObject({ is: z.literal('given'), deed: Id, atLeast: z.optional(bound), atMost: z.optional(bound) }),
          'The deed was given points (by the grid or as a favour), within the bounds if any.',
        ),
        d(z.strictObject({ is: z.literal('declined'), deed: Id }), 'The scorer declined to record the deed.'),
        d(z.strictObject({ is: z.literal('favourFollowed'), deed: Id }), 'The scorer chose "Do as asked" on this deed.'),
        d(z.strictObject({ is: z.literal('favourRefused'), deed: Id }), 'The deed asked a favour and the scorer did anything else.'),
        d(z.strictObject({ is: z.literal('modelCitizen'), villager: Id }), 'The villager is a model citizen on the board as it stands.'),
        d(
          z.strictObject({ is: z.literal('standing'), villager: Id, atLeast: z.optional(bound), atMost: z.optional(bound) }),
          "The villager's points are within the bounds.",
        ),
        d(z.strictObject({ is: z.literal('grievance'), villager: Id }), 'The villager holds a grievance against the scorer.'),
        d(z.strictObject({ is: z.literal('gratitude'), villager: Id }), 'The villager owes the scorer gratitude.'),
        d(z.strictObject({ is: z.literal('event'), event: Id }), 'That event has happened in this run.'),
        z.strictObject({ is: z.literal('all'), of: z.array(Condition).check(z.minLength(1)) }),
        z.strictObject({ is: z.literal('any'), of: z.array(Condition).check(z.minLength(1)) }),
        z.strictObject({ is: z.literal('not'), of: Condition }),
      ],
      {
        error: (iss) =>
          iss.code === 'invalid_union' ? `unknown condition; expected "is" to be one of: ${CONDITIONS.join(', ')}` : undefined,
      },
    ),
  );

  const Scene = z.strictObject({
    villager: d(Id, 'Who the scene is about; the canvas shows them.'),
    reaction: d(z.optional(z.enum(REACTIONS)), 'How they look; none for someone who is not there.'),
    text: LText,
    fact: d(z.optional(Statement), 'A sentence from the report shown with the scene, cited.'),
  });

  const FollowUp = provenance({
    id: Id,
    when: d(Condition, 'Checked each time a day closes.'),
    card: d(z.optional(Id), 'A deed that arrives first thing the next day, scored like any deed. Only for this event.'),
    scene: d(z.optional(Scene), 'A short scene shown on the board when the day closes.'),
    stopsReporting: d(z.optional(Id), 'From now on this villager reports no one: deeds they would report no longer arrive.'),
    moment: d(z.optional(z.enum(['protest', 'reward'])), 'The debrief quotes this event as that kind of moment.'),
  });

  const Comparison = provenance({
    a: d(Id, 'The deed whose value is compared…'),
    b: d(Id, '…with this one.'),
    aLabel: d(LText, 'A short name for deed a, e.g. "the donation".'),
    bLabel: d(LText, 'A short name for deed b, e.g. "a tour of army service".'),
    text: LText,
  });

  const Scale = z
    .strictObject({
      id: Id,
      name: LText,
      city: d(LText, 'The short name used in sentences and table headings, e.g. "Suining".'),
      facts: d(z.array(Statement).check(z.minLength(1)), 'What the report says about this scheme.'),
      start: d(provenance({ value: z.number() }), 'Where everyone starts: from the report, or illustrative.'),
      rule: d(
        z.strictObject({
          counts: d(z.enum(['deductions', 'net']), '"deductions": only lost points count; "net": gains and losses.'),
          factor: d(z.number().check(z.positive()), 'One village point is worth this many points here.'),
          min: z.number(),
          max: z.number(),
          cutoffs: d(z._default(z.array(z.number()), []), 'The lowest score of each grade but the last, highest first.'),
          illustrative: z.literal(true),
        }),
        'How village points become this scale. The report gives no conversion, so it is illustrative.',
      ),
      rangeLabel: LText,
      grades: d(
        z._default(z.array(provenance({ label: LText })), []),
        'Highest first. A name the report gives is cited; one it does not give is illustrative.',
      ),
      stakes: d(
        z.strictObject({ high: Statement, middle: Statement, low: Statement }),
        'What a high, middling and low standing meant there: cited where the report says it.',
      ),
    })
    .check(
      z.superRefine((s, ctx) => {
        if (s.rule.min > s.rule.max) ctx.addIssue({ code: 'custom', path: ['rule', 'min'], message: 'min is above max' });
        if (s.start.value < s.rule.min || s.start.value > s.rule.max)
          ctx.addIssue({ code: 'custom', path: ['start', 'value'], message: `the start is outside ${s.rule.min}–${s.rule.max}` });
        const want = Math.max(0, s.grades.length - 1);
        if (s.rule.cutoffs.length !== want)
          ctx.addIssue({
            code: 'custom',
            path: ['rule', 'cutoffs'],
            message: `expected ${want} cut-offs for ${s.grades.length} grades (every grade but the last)`,
          });
        s.rule.cutoffs.forEach((c, i) => {
          const prev = s.rule.cutoffs[i - 1];
          if (prev !== undefined && prev <= c) ctx.addIssue({ code: 'custom', path: ['rule', 'cutoffs', i], message: 'cut-offs go from highest to lowest' });
        });
      }),
    );

  /** What the reveal's beats say in the level's words (each cited). */
  const RevealTexts = z.strictObject({
    values: d(Statement, 'Beat a: the media account’s values, hedged as the report hedges them.'),
    reranked: d(Statement, 'Beat b: the board under those values.'),
    model: d(Statement, 'Beat c: who would have been a model citizen.'),
    pressures: d(Statement, 'Beat d: favours, hearsay and the villager never seen.'),
    deductions: d(Statement, 'The deductions the report says were "allegedly" made, with no number.'),
  });

  const VillageLevel = z
    .strictObject({
      $schema: z.optional(z.string()),
      format: d(z.literal(1), 'The level format version.'),
      id: Id,
      role: z.literal('village'),
      title: LText,
      intro: d(z.array(Statement).check(z.minLength(1)), 'Before the first decision: about 60 words at most.'),
      introMore: d(z._default(z.array(Statement), []), 'Behind a "more" control on the intro.'),
      points: d(
        z.strictObject({
          options: z
            .array(z.number().check(z.int(), z.refine((n) => n !== 0, 'a point option is never 0: declining is its own choice')))
            .check(z.minLength(2), z.maxLength(4, 'at most 4 point options, so a favour card (points, "Do as asked", Decline) has at most 6 choices')),
          illustrative: z.literal(true),
        }),
        'The values the scorer can give a deed. Invented for play.',
      ),
      villagers: z.array(Villager).check(z.minLength(2)),
      deeds: z.array(Deed).check(z.minLength(1)),
      days: z.array(Day).check(z.minLength(1)),
      routes: d(
        z.strictObject({ full: z.array(Id).check(z.minLength(1)), short: z.array(Id).check(z.minLength(1)) }),
        'Which days each route plays, in order.',
      ),
      followUps: z.strictObject({
        cardsPerDay: d(int(0, 3), 'Follow-up deed cards that may arrive on one day.'),
        scenesPerBoard: d(int(0, 3), 'Follow-up scenes one board may show.'),
      }),
      events: z._default(z.array(FollowUp), []),
      board: z.strictObject({
        modelCitizens: z.strictObject({ count: z.number().check(z.int(), z.gte(1)), illustrative: z.literal(true) }),
        tieRule: d(Statement, 'How ties are broken, for the board to show.'),
        reward: Statement,
        facts: z._default(z.array(Statement), []),
      }),
      comparisons: z._default(z.array(Comparison), []),
      reveal: RevealTexts,
      moments: d(
        z.strictObject(Object.fromEntries(MOMENT_KINDS.map((k) => [k, Statement])) as Record<MomentKind, typeof Statement>),
        "What the report says next to each kind of moment of the player's own week.",
      ),
      scales: z.array(Scale).check(z.minLength(1)),
      debrief: Debrief,
    })
    .check(z.superRefine((level, ctx) => checkLevel(level, ctx)));

  return { Villager, Favour, Deed, Draw, Day, Condition, Scene, FollowUp, Comparison, Scale, RevealTexts, VillageLevel };
});

type Schemas = ReturnType<typeof villageSchemas>;
export type Villager = z.infer<Schemas['Villager']>;
export type Favour = z.infer<Schemas['Favour']>;
export type Deed = z.infer<Schemas['Deed']>;
export type Draw = z.infer<Schemas['Draw']>;
export type Day = z.infer<Schemas['Day']>;
export type Scene = z.infer<Schemas['Scene']>;
export type FollowUp = z.infer<Schemas['FollowUp']>;
export type Comparison = z.infer<Schemas['Comparison']>;
export type Scale = z.infer<Schemas['Scale']>;
export type VillageLevel = z.infer<Schemas['VillageLevel']>;

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

function checkLevel(level: VillageLevel, ctx: z.core.$RefinementCtx) {
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
