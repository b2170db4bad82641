/**
 * "A firm under audit": the level format, the contract between the role's rules and its content.
 *
 * The player runs a firm assessed by the corporate social credit system (report §3.3). Institutions
 * form a network: an edge "A honours the blacklist of B" (联合奖惩, joint reward and punishment, §3.2.2)
 * is how one record travels from institution to institution.
 */
import { z } from 'zod/mini';
import { Id, contentSchemas, d, int, once, provenance, uniqueIds } from '../content';

/** Icon names the art helper draws (assets/icons/<name>.svg). */
export const ICONS = [
  'role-firm', 'firm-manufacturer', 'firm-joint-venture', 'firm-online-seller',
  'institution-platform', 'institution-tax', 'institution-customs', 'institution-land', 'institution-procurement',
  'institution-bank', 'institution-transport', 'institution-court', 'institution-market', 'institution-environment',
  'inspection', 'filing', 'monitoring', 'appeal', 'budget', 'redlist', 'blacklist', 'train', 'plane',
  'bill', 'gavel', 'badge', 'gauge', 'profile', 'share', 'reaction-pleased', 'reaction-hurt', 'reaction-angry', 'reaction-grateful',
] as const;

export const BUDGET_LINES = ['compliance', 'paperwork', 'training', 'inspectors', 'appeals'] as const;
export type BudgetLine = (typeof BUDGET_LINES)[number];

/** The three ways data about a firm reaches the authorities (§3.3.1). */
export const CHANNELS = ['transfer', 'inspection', 'technology'] as const;
export type ChannelId = (typeof CHANNELS)[number];

/** The four grades, best first (§3.3.1): 优, 良, 中, 差. */
export const GRADES = ['excellent', 'good', 'medium', 'poor'] as const;
export type GradeId = (typeof GRADES)[number];

export const EFFECT_KINDS = ['none', 'redlist', 'training', 'inspection', 'audit', 'permission', 'preferential', 'blacklist', 'legal-rep'] as const;
export type EffectKind = (typeof EFFECT_KINDS)[number];

/** The level format, built on first use (see once in ../content). */
export const firmSchemas = once(() => {
  const { LText, Statement, Debrief } = contentSchemas();

  const Icon = d(z.enum(ICONS), 'An icon file name (without .svg) in assets/icons/.');

  const Illustrative = d(z.literal(true), 'Invented for play: the interface shows the illustrative badge.');

  const Units = int(0, 40);

  /** A number invented for play, always in an object marked illustrative so the interface can badge it. */
  const IllustrativeScore = z.strictObject({ score: int(-100, 0), illustrative: Illustrative });

  const Channel = provenance({
    id: z.enum(CHANNELS),
    name: LText,
    text: d(LText, 'One line: how the data arrives this way.'),
    icon: Icon,
  });

  const Category = provenance({
    id: Id,
    name: LText,
    institution: d(Id, 'The institution that assesses this category and keeps its blacklist.'),
  });

  const Operation = provenance({
    id: Id,
    name: LText,
    loss: d(
      z.strictObject({ perQuarter: int(0, 1000), illustrative: Illustrative }),
      'Orders lost per quarter while this operation is closed, in 10,000 yuan (万元).',
    ),
    lostForGood: d(z.optional(LText), 'What does not come back even when the operation reopens.'),
  });

  const Takes = provenance({
    operation: d(Id, 'The firm’s operation this institution closes when it honours a blacklist.'),
    text: LText,
  });

  const Institution = provenance({
    id: Id,
    name: LText,
    icon: Icon,
    centre: d(z._default(z.boolean(), false), 'The sharing platform drawn at the centre of the network (exactly one).'),
    honours: d(
      z._default(z.array(Id), []),
      'Ids of the institutions whose blacklist this one honours (联合奖惩). Cycles are allowed: the cascade visits each institution at most once, so it always ends. An institution may not name itself.',
    ),
    takes: d(z.optional(Takes), 'What it takes from the firm when it honours a blacklist; none: it passes the record on.'),
    cost: d(IllustrativeScore, 'Points the firm’s score loses while this institution lists it (the snowball, §3.3.1).'),
  });

  const Profile = provenance({
    id: Id,
    name: LText,
    kind: d(LText, 'e.g. "Domestic manufacturer".'),
    text: d(LText, 'One or two lines on the choice card.'),
    icon: Icon,
    foreign: d(z.boolean(), 'A foreign or foreign-invested firm: the foreign view (§3.3.2) applies.'),
    categories: d(z.array(Id).check(z.minLength(3)), 'The categories this firm is assessed in.'),
    operations: d(z.array(Id).check(z.minLength(1)), 'What the firm runs, which institutions can close.'),
    representative: d(z.strictObject({ name: LText, text: LText, illustrative: Illustrative }), 'The legal representative: an invented person.'),
  });

  const Weights = z.strictObject(Object.fromEntries(BUDGET_LINES.map((l) => [l, Units])) as Record<BudgetLine, typeof Units>);

  const Preset = z.strictObject({
    id: Id,
    name: LText,
    weights: d(Weights, 'Shares of the budget; scaled to the quarter’s budget in whole units (largest remainder).'),
  });

  const Budget = z.strictObject({
    perQuarter: d(int(4, 40), 'Units to spend each quarter.'),
    minimum: d(int(1, 40), 'The budget never falls below this, whatever the cuts.'),
    lines: d(
      z.array(z.strictObject({ id: z.enum(BUDGET_LINES), name: LText, text: LText })).check(z.length(BUDGET_LINES.length)),
      'Every budget line once, in the order the interface shows them.',
    ),
    presets: d(z.array(Preset).check(z.minLength(1), z.maxLength(4)), 'Named splits a room can vote on (at most 4).'),
    illustrative: Illustrative,
  });

  const Check = d(
    z.strictObject({ line: z.enum(BUDGET_LINES), need: int(1, 40), illustrative: Illustrative }),
    'Passed when this quarter’s budget gives the line at least `need` units.',
  );

  const Outcome = z.strictObject({
    delta: d(int(-50, 50), 'Change to the firm’s own record score.'),
    text: LText,
    set: d(z._default(z.array(Id), []), 'Flags this outcome sets: later events that require them follow.'),
    clear: z._default(z.array(Id), []),
    budget: d(z._default(int(-10, 5), 0), 'Units added to (a saving) or taken off (a fine, a fee) next quarter’s budget.'),
    illustrative: Illustrative,
  });

  const Option = z
    .strictObject({
      id: Id,
      label: LText,
      check: z.optional(Check),
      pass: d(Outcome, 'The outcome without a check, or when the check passes.'),
      fail: d(z.optional(Outcome), 'The outcome when the check fails; required with a check.'),
    })
    .check(
      z.superRefine((o, ctx) => {
        if (o.check && !o.fail) ctx.addIssue({ code: 'custom', path: ['fail'], message: 'an option with a check needs a "fail" outcome' });
        if (!o.check && o.fail) ctx.addIssue({ code: 'custom', path: ['fail'], message: '"fail" needs a "check"' });
      }),
    );

  const Result = z.strictObject({ check: z.optional(Check), pass: Outcome, fail: z.optional(Outcome) }).check(
    z.superRefine((o, ctx) => {
      if (o.check && !o.fail) ctx.addIssue({ code: 'custom', path: ['fail'], message: 'a result with a check needs a "fail" outcome' });
      if (!o.check && o.fail) ctx.addIssue({ code: 'custom', path: ['fail'], message: '"fail" needs a "check"' });
    }),
  );

  const Event = provenance({
    id: Id,
    kind: d(
      z._default(z.enum(['record', 'consequence', 'outside']), 'record'),
      'record: data about the firm arrives (needs "channel" and "category"); consequence: an institution acts on a list (needs "via" and "category"); outside: something outside the system (neither).',
    ),
    category: z.optional(Id),
    channel: d(z.optional(z.enum(CHANNELS)), 'How this record’s data arrives (§3.3.1).'),
    via: d(z.optional(Id), 'The institution that acts, for a consequence.'),
    profiles: d(z.optional(z.array(Id)), 'Only these firms meet it; default: every firm assessed in its category.'),
    requires: d(z._default(z.array(Id), []), 'Flags that must be set: the event then arrives by itself at the start of the next quarter, once.'),
    text: LText,
    icon: z.optional(Icon),
    options: d(
      z.optional(z.array(Option).check(z.maxLength(4))),
      '2 to 4 options: a decision. Leave out for a record that resolves by itself ("result").',
    ),
    result: z.optional(Result),
  });

  const Quarter = z.strictObject({
    id: Id,
    name: LText,
    forecast: d(LText, 'What the firm expects, shown with the budget decision.'),
    events: d(z.array(Id).check(z.minLength(1)), 'Events that always arrive (those that apply to the firm).'),
    pool: z._default(z.array(Id), []),
    poolCount: d(z._default(z.number().check(z.int(), z.gte(0)), 0), 'How many events the seed picks from the pool (of those that apply).'),
  });

  const Route = z.strictObject({
    quarters: z.array(Id).check(z.minLength(1)),
    errorAt: d(Id, 'The quarter at whose end the human error is recorded; not the last, so an appeal has time.'),
  });

  const ErrorRecord = z.strictObject({
    id: Id,
    institution: d(Id, 'The institution that records the violation the firm did not commit.'),
    category: Id,
    channel: z.enum(CHANNELS),
    text: LText,
    truth: d(LText, 'What really happened, shown in the reveal.'),
    cost: IllustrativeScore,
    illustrative: Illustrative,
  });

  const Effect = provenance({
    id: Id,
    kind: z.enum(EFFECT_KINDS),
    text: LText,
    units: d(z.optional(z.strictObject({ n: int(1, 10), illustrative: Illustrative })), 'Budget units the measure costs next quarter.'),
    event: d(z.optional(Id), 'An event the measure brings next quarter.'),
    institution: z.optional(Id),
    operation: z.optional(Id),
  });

  const Grade = provenance({
    id: z.enum(GRADES),
    name: LText,
    threshold: d(
      z.strictObject({ min: int(0, 100), illustrative: Illustrative }),
      'The lowest score with this grade. Thresholds go down from 优 to 差; the report gives none.',
    ),
    effects: z.array(Effect).check(z.minLength(1)),
  });

  const Appeal = z.strictObject({
    card: LText,
    contest: LText,
    wait: LText,
    cost: z.strictObject({
      units: d(int(1, 40), 'Appeal units to spend, from the quarter it is filed.'),
      quarters: d(int(1, 6), 'Quarters it takes, counting the one it is filed in.'),
      illustrative: Illustrative,
    }),
    rectified: Statement,
  });

  const CourtOrder = z.strictObject({
    trigger: d(Id, 'The flag that brings the court order at the end of a quarter.'),
    settle: d(Id, 'The flag that settles it; the order is lifted at the end of the next quarter.'),
    banFlag: d(Id, 'The flag set while the travel ban stands (events may require it).'),
    institution: d(Id, 'The court.'),
    honouredBy: d(Id, 'The institution that refuses the tickets; it must honour the court’s list.'),
    text: Statement,
    refused: Statement,
    open: Statement,
    notScore: Statement,
    media: Statement,
  });

  const Redlist = z.strictObject({ flag: Id, text: Statement });

  const Facts = z.strictObject({
    firstRound: Statement,
    elements: Statement,
    testVersion: Statement,
    platform: Statement,
    jointPunishment: Statement,
    categoriesRange: Statement,
    gradesNote: d(Statement, 'Says which parts of the grades are invented (the mapping of measures to grades).'),
    humanError: Statement,
    snowball: Statement,
    foreign: d(z.array(Statement).check(z.minLength(3)), 'The foreign firm’s view (§3.3.2).'),
    notCollected: d(
      z.strictObject({ text: Statement, items: z.array(z.strictObject({ id: Id, name: LText })).check(z.minLength(3)) }),
      'What is officially not collected for firms (§3.3.1).',
    ),
  });

  const RevealTexts = z.strictObject({
    replay: Statement,
    taken: Statement,
    restored: Statement,
    pending: Statement,
    neverFiled: Statement,
    notRestored: Statement,
    why: z.array(Statement).check(z.minLength(2)),
  });

  const FirmLevel = z
    .strictObject({
      $schema: z.optional(z.string()),
      format: d(z.literal(1), 'The level format version.'),
      id: Id,
      role: z.literal('firm'),
      title: LText,
      intro: z.strictObject({
        card: d(Statement, 'Everything before the first decision (about 60 words at most).'),
        more: z.array(Statement).check(z.minLength(1)),
      }),
      facts: Facts,
      channels: z.array(Channel).check(z.length(CHANNELS.length)),
      categories: z.array(Category).check(z.minLength(4)),
      operations: z.array(Operation).check(z.minLength(3)),
      institutions: z.array(Institution).check(z.minLength(3)),
      profiles: z.array(Profile).check(z.minLength(3)),
      budget: Budget,
      scoring: d(z.strictObject({ start: int(0, 100), illustrative: Illustrative }), 'The firm’s own record score at the start, out of 100.'),
      grades: z.array(Grade).check(z.length(4)),
      events: z.array(Event).check(z.minLength(1)),
      quarters: z.array(Quarter).check(z.minLength(1)),
      routes: z.strictObject({ full: Route, short: Route }),
      humanError: d(z.array(ErrorRecord).check(z.minLength(1)), 'Candidates; the seed picks one the firm is assessed for.'),
      appeal: Appeal,
      courtOrder: CourtOrder,
      redlist: Redlist,
      reveal: RevealTexts,
      debrief: Debrief,
    })
    .check(
      z.superRefine((level, ctx) => {
        const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
        uniqueIds(level.channels.map((c) => c.id), ['channels'], ctx);
        uniqueIds(level.categories.map((c) => c.id), ['categories'], ctx);
        uniqueIds(level.operations.map((o) => o.id), ['operations'], ctx);
        uniqueIds(level.institutions.map((i) => i.id), ['institutions'], ctx);
        uniqueIds(level.profiles.map((p) => p.id), ['profiles'], ctx);
        uniqueIds(level.events.map((e) => e.id), ['events'], ctx);
        uniqueIds(level.quarters.map((q) => q.id), ['quarters'], ctx);
        uniqueIds(level.humanError.map((e) => e.id), ['humanError'], ctx);
        uniqueIds(level.budget.presets.map((p) => p.id), ['budget', 'presets'], ctx);
        uniqueIds(level.facts.notCollected.items.map((p) => p.id), ['facts', 'notCollected', 'items'], ctx);

        const institutions = new Set(level.institutions.map((i) => i.id));
        const categories = new Set(level.categories.map((c) => c.id));
        const operations = new Set(level.operations.map((o) => o.id));
        const profiles = new Map(level.profiles.map((p) => [p.id, p]));
        const events = new Map(level.events.map((e) => [e.id, e]));
        const known = (set: { has(id: string): boolean }, id: string, path: (string | number)[], what: string) => {
          if (!set.has(id)) issue(path, `no ${what} "${id}"`);
        };

        const lines = level.budget.lines.map((l) => l.id);
        BUDGET_LINES.forEach((line) => {
          if (!lines.includes(line)) issue(['budget', 'lines'], `budget line "${line}" is missing; every line appears once`);
        });
        uniqueIds(lines, ['budget', 'lines'], ctx);
        if (level.budget.minimum > level.budget.perQuarter) issue(['budget', 'minimum'], 'the minimum budget is above the budget per quarter');
        level.budget.presets.forEach((p, i) => {
          if (BUDGET_LINES.every((l) => p.weights[l] === 0)) issue(['budget', 'presets', i, 'weights'], 'a preset gives at least one line a share');
        });

        level.categories.forEach((c, i) => known(institutions, c.institution, ['categories', i, 'institution'], 'institution'));
        level.institutions.forEach((inst, i) => {
          inst.honours.forEach((h, j) => {
            if (h === inst.id) issue(['institutions', i, 'honours', j], `"${inst.id}" cannot honour its own blacklist`);
            else known(institutions, h, ['institutions', i, 'honours', j], 'institution');
          });
          uniqueIds(inst.honours, ['institutions', i, 'honours'], ctx);
          if (inst.takes) known(operations, inst.takes.operation, ['institutions', i, 'takes', 'operation'], 'operation');
        });
        const centres = level.institutions.filter((i) => i.centre).length;
        if (centres !== 1) issue(['institutions'], `exactly one institution is the centre (the sharing platform); found ${centres}`);

        level.profiles.forEach((p, i) => {
          p.categories.forEach((c, j) => known(categories, c, ['profiles', i, 'categories', j], 'category'));
          p.operations.forEach((o, j) => known(operations, o, ['profiles', i, 'operations', j], 'operation'));
          uniqueIds(p.categories, ['profiles', i, 'categories'], ctx);
        });

        const flagsSet = new Set<string>([level.redlist.flag, level.courtOrder.banFlag]);
        const outcomes = (e: Event) => [...(e.options ?? []).flatMap((o) => [o.pass, o.fail]), e.result?.pass, e.result?.fail];
        level.events.forEach((e) => outcomes(e).forEach((o) => o?.set.forEach((f) => flagsSet.add(f))));

        level.events.forEach((e, i) => {
          const at = (...p: (string | number)[]) => ['events', i, ...p];
          if (e.kind === 'outside') {
            if (e.category !== undefined) issue(at('category'), 'an event outside the system has no category');
            if (e.channel !== undefined || e.via !== undefined) issue(at('channel'), 'an event outside the system has neither "channel" nor "via"');
          } else {
            if (e.category === undefined) issue(at('category'), `a ${e.kind} event names its category`);
            else known(categories, e.category, at('category'), 'category');
            if (e.kind === 'record') {
              if (e.channel === undefined) issue(at('channel'), 'a record says how its data arrives: "transfer", "inspection" or "technology"');
              if (e.via !== undefined) issue(at('via'), 'a record has a "channel", not "via"');
            } else {
              if (e.via === undefined) issue(at('via'), 'a consequence names the institution that acts ("via")');
              else known(institutions, e.via, at('via'), 'institution');
              if (e.channel !== undefined) issue(at('channel'), 'a consequence has "via", not a "channel"');
            }
          }
          if ((e.options === undefined) === (e.result === undefined)) issue(at('options'), 'an event has either "options" (a decision) or "result" (it resolves by itself)');
          if (e.options !== undefined && e.options.length < 2) issue(at('options'), 'a decision has 2 to 4 options');
          if (e.options) uniqueIds(e.options.map((o) => o.id), at('options'), ctx);
          e.profiles?.forEach((p, j) => known(profiles, p, at('profiles', j), 'profile'));
          e.requires.forEach((f, j) => {
            if (!flagsSet.has(f)) issue(at('requires', j), `no outcome or rule ever sets flag "${f}"`);
          });
        });

        const applies = (e: Event, p: Profile) => (!e.profiles || e.profiles.includes(p.id)) && (e.category === undefined || p.categories.includes(e.category));
        level.quarters.forEach((q, i) => {
          (['events', 'pool'] as const).forEach((field) =>
            q[field].forEach((id, j) => {
              const e = events.get(id);
              if (!e) issue(['quarters', i, field, j], `no event "${id}"`);
              else if (e.requires.length) issue(['quarters', i, field, j], `"${id}" requires flags, so it arrives by itself; do not list it in a quarter`);
            }),
          );
          if (q.poolCount > q.pool.length) issue(['quarters', i, 'poolCount'], `asks for ${q.poolCount} events but the pool has ${q.pool.length}`);
          for (const p of level.profiles) {
            const fixed = q.events.map((id) => events.get(id)).filter((e): e is Event => e !== undefined);
            if (fixed.length === q.events.length && !fixed.some((e) => applies(e, p)))
              issue(['quarters', i, 'events'], `no event here applies to profile "${p.id}"`);
          }
        });

        const quarterIds = new Set(level.quarters.map((q) => q.id));
        (['full', 'short'] as const).forEach((route) => {
          const r = level.routes[route];
          r.quarters.forEach((id, j) => known(quarterIds, id, ['routes', route, 'quarters', j], 'quarter'));
          const at = r.quarters.indexOf(r.errorAt);
          if (at < 0) issue(['routes', route, 'errorAt'], `"${r.errorAt}" is not one of this route's quarters`);
          else if (at === r.quarters.length - 1) issue(['routes', route, 'errorAt'], 'the error comes before the last quarter, so an appeal has time');
        });

        level.humanError.forEach((e, i) => {
          known(institutions, e.institution, ['humanError', i, 'institution'], 'institution');
          known(categories, e.category, ['humanError', i, 'category'], 'category');
        });
        level.profiles.forEach((p, i) => {
          if (!level.humanError.some((e) => p.categories.includes(e.category)))
            issue(['profiles', i, 'categories'], `no human error candidate is in a category of "${p.id}"; every firm meets the error`);
        });

        level.grades.forEach((g, i) => {
          if (g.id !== GRADES[i]) issue(['grades', i, 'id'], `grade ${i + 1} is "${GRADES[i]}"; the grades go ${GRADES.join(', ')}`);
          const prev = level.grades[i - 1];
          if (prev && g.threshold.min >= prev.threshold.min)
            issue(['grades', i, 'threshold', 'min'], `thresholds go down from 优 to 差: ${g.threshold.min} must be below the threshold of "${prev.id}" (${prev.threshold.min})`);
          g.effects.forEach((f, j) => {
            const at = (...p: string[]) => ['grades', i, 'effects', j, ...p];
            if ((f.kind === 'training' || f.kind === 'audit') && !f.units) issue(at('units'), `a "${f.kind}" measure costs budget units`);
            if ((f.kind === 'inspection' || f.kind === 'audit') && !f.event) issue(at('event'), `a "${f.kind}" measure brings an event`);
            if (f.event !== undefined) known(events, f.event, at('event'), 'event');
            if (f.kind === 'permission' && (!f.institution || !f.operation)) issue(at('operation'), 'a refused permission names its institution and operation');
            if (f.institution !== undefined) known(institutions, f.institution, at('institution'), 'institution');
            if (f.operation !== undefined) known(operations, f.operation, at('operation'), 'operation');
          });
        });
        const last = level.grades[level.grades.length - 1];
        if (last && last.threshold.min !== 0) issue(['grades', level.grades.length - 1, 'threshold', 'min'], 'the lowest grade starts at 0, so every score has a grade');

        const court = level.courtOrder;
        known(institutions, court.institution, ['courtOrder', 'institution'], 'institution');
        known(institutions, court.honouredBy, ['courtOrder', 'honouredBy'], 'institution');
        const by = level.institutions.find((i) => i.id === court.honouredBy);
        if (by && institutions.has(court.institution) && !by.honours.includes(court.institution))
          issue(['courtOrder', 'honouredBy'], `"${court.honouredBy}" must honour the blacklist of "${court.institution}"`);
      }),
    );

  return {
    Icon,
    Channel,
    Category,
    Operation,
    Takes,
    Institution,
    Profile,
    Weights,
    Preset,
    Budget,
    Check,
    Outcome,
    Option,
    Result,
    Event,
    Quarter,
    Route,
    ErrorRecord,
    Effect,
    Grade,
    Appeal,
    CourtOrder,
    Redlist,
    Facts,
    RevealTexts,
    FirmLevel,
  };
});

type Schemas = ReturnType<typeof firmSchemas>;
export type Channel = z.infer<Schemas['Channel']>;
export type Category = z.infer<Schemas['Category']>;
export type Operation = z.infer<Schemas['Operation']>;
export type Takes = z.infer<Schemas['Takes']>;
export type Institution = z.infer<Schemas['Institution']>;
export type Profile = z.infer<Schemas['Profile']>;
export type Weights = z.infer<Schemas['Weights']>;
export type Preset = z.infer<Schemas['Preset']>;
export type Budget = z.infer<Schemas['Budget']>;
export type Check = z.infer<Schemas['Check']>;
export type Outcome = z.infer<Schemas['Outcome']>;
export type Option = z.infer<Schemas['Option']>;
export type Result = z.infer<Schemas['Result']>;
export type Event = z.infer<Schemas['Event']>;
export type Quarter = z.infer<Schemas['Quarter']>;
export type RouteDef = z.infer<Schemas['Route']>;
export type ErrorRecord = z.infer<Schemas['ErrorRecord']>;
export type Effect = z.infer<Schemas['Effect']>;
export type Grade = z.infer<Schemas['Grade']>;
export type FirmLevel = z.infer<Schemas['FirmLevel']>;
