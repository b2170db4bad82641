/**
 * "A firm under audit": the level format, the contract between the role's rules and its content.
 *
 * The player runs a firm assessed by the corporate social credit system (report §3.3). Institutions
 * form a network: an edge "A honours the blacklist of B" (联合奖惩, joint reward and punishment, §3.2.2)
 * is how one record travels from institution to institution.
 */
import { z } from 'zod';
import { Debrief, Id, LText, Statement, provenance, uniqueIds } from '../content';

/** Icon names the art helper draws (assets/icons/<name>.svg). */
export const ICONS = [
  'role-firm', 'firm-manufacturer', 'firm-joint-venture', 'firm-online-seller',
  'institution-platform', 'institution-tax', 'institution-customs', 'institution-land', 'institution-procurement',
  'institution-bank', 'institution-transport', 'institution-court', 'institution-market', 'institution-environment',
  'inspection', 'filing', 'monitoring', 'appeal', 'budget', 'redlist', 'blacklist', 'train', 'plane',
  'bill', 'gavel', 'badge', 'gauge', 'profile', 'share', 'reaction-pleased', 'reaction-hurt', 'reaction-angry', 'reaction-grateful',
] as const;
export const Icon = z.enum(ICONS).describe('An icon file name (without .svg) in assets/icons/.');

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

const Illustrative = z.literal(true).describe('Invented for play: the interface shows the illustrative badge.');

const Units = z.number().int().min(0).max(40);

/** A number invented for play, always in an object marked illustrative so the interface can badge it. */
const IllustrativeScore = z.object({ score: z.number().int().min(-100).max(0), illustrative: Illustrative }).strict();

export const Channel = provenance({
  id: z.enum(CHANNELS),
  name: LText,
  text: LText.describe('One line: how the data arrives this way.'),
  icon: Icon,
});
export type Channel = z.infer<typeof Channel>;

export const Category = provenance({
  id: Id,
  name: LText,
  institution: Id.describe('The institution that assesses this category and keeps its blacklist.'),
});
export type Category = z.infer<typeof Category>;

export const Operation = provenance({
  id: Id,
  name: LText,
  loss: z
    .object({ perQuarter: z.number().int().min(0).max(1000), illustrative: Illustrative })
    .strict()
    .describe('Orders lost per quarter while this operation is closed, in 10,000 yuan (万元).'),
  lostForGood: LText.optional().describe('What does not come back even when the operation reopens.'),
});
export type Operation = z.infer<typeof Operation>;

export const Takes = provenance({
  operation: Id.describe('The firm’s operation this institution closes when it honours a blacklist.'),
  text: LText,
});
export type Takes = z.infer<typeof Takes>;

export const Institution = provenance({
  id: Id,
  name: LText,
  icon: Icon,
  centre: z.boolean().default(false).describe('The sharing platform drawn at the centre of the network (exactly one).'),
  honours: z
    .array(Id)
    .default([])
    .describe(
      'Ids of the institutions whose blacklist this one honours (联合奖惩). Cycles are allowed: the cascade visits each institution at most once, so it always ends. An institution may not name itself.',
    ),
  takes: Takes.optional().describe('What it takes from the firm when it honours a blacklist; none: it passes the record on.'),
  cost: IllustrativeScore.describe('Points the firm’s score loses while this institution lists it (the snowball, §3.3.1).'),
});
export type Institution = z.infer<typeof Institution>;

export const Profile = provenance({
  id: Id,
  name: LText,
  kind: LText.describe('e.g. "Domestic manufacturer".'),
  text: LText.describe('One or two lines on the choice card.'),
  icon: Icon,
  foreign: z.boolean().describe('A foreign or foreign-invested firm: the foreign view (§3.3.2) applies.'),
  categories: z.array(Id).min(3).describe('The categories this firm is assessed in.'),
  operations: z.array(Id).min(1).describe('What the firm runs, which institutions can close.'),
  representative: z
    .object({ name: LText, text: LText, illustrative: Illustrative })
    .strict()
    .describe('The legal representative: an invented person.'),
});
export type Profile = z.infer<typeof Profile>;

export const Weights = z.object(Object.fromEntries(BUDGET_LINES.map((l) => [l, Units])) as Record<BudgetLine, typeof Units>).strict();
export type Weights = z.infer<typeof Weights>;

export const Preset = z
  .object({
    id: Id,
    name: LText,
    weights: Weights.describe('Shares of the budget; scaled to the quarter’s budget in whole units (largest remainder).'),
  })
  .strict();
export type Preset = z.infer<typeof Preset>;

export const Budget = z
  .object({
    perQuarter: z.number().int().min(4).max(40).describe('Units to spend each quarter.'),
    minimum: z.number().int().min(1).max(40).describe('The budget never falls below this, whatever the cuts.'),
    lines: z
      .array(z.object({ id: z.enum(BUDGET_LINES), name: LText, text: LText }).strict())
      .length(BUDGET_LINES.length)
      .describe('Every budget line once, in the order the interface shows them.'),
    presets: z.array(Preset).min(1).max(4).describe('Named splits a room can vote on (at most 4).'),
    illustrative: Illustrative,
  })
  .strict();
export type Budget = z.infer<typeof Budget>;

export const Check = z
  .object({ line: z.enum(BUDGET_LINES), need: z.number().int().min(1).max(40), illustrative: Illustrative })
  .strict()
  .describe('Passed when this quarter’s budget gives the line at least `need` units.');
export type Check = z.infer<typeof Check>;

export const Outcome = z
  .object({
    delta: z.number().int().min(-50).max(50).describe('Change to the firm’s own record score.'),
    text: LText,
    set: z.array(Id).default([]).describe('Flags this outcome sets: later events that require them follow.'),
    clear: z.array(Id).default([]),
    budget: z.number().int().min(-10).max(5).default(0).describe('Units added to (a saving) or taken off (a fine, a fee) next quarter’s budget.'),
    illustrative: Illustrative,
  })
  .strict();
export type Outcome = z.infer<typeof Outcome>;

export const Option = z
  .object({
    id: Id,
    label: LText,
    check: Check.optional(),
    pass: Outcome.describe('The outcome without a check, or when the check passes.'),
    fail: Outcome.optional().describe('The outcome when the check fails; required with a check.'),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.check && !o.fail) ctx.addIssue({ code: 'custom', path: ['fail'], message: 'an option with a check needs a "fail" outcome' });
    if (!o.check && o.fail) ctx.addIssue({ code: 'custom', path: ['fail'], message: '"fail" needs a "check"' });
  });
export type Option = z.infer<typeof Option>;

export const Result = z
  .object({ check: Check.optional(), pass: Outcome, fail: Outcome.optional() })
  .strict()
  .superRefine((o, ctx) => {
    if (o.check && !o.fail) ctx.addIssue({ code: 'custom', path: ['fail'], message: 'a result with a check needs a "fail" outcome' });
    if (!o.check && o.fail) ctx.addIssue({ code: 'custom', path: ['fail'], message: '"fail" needs a "check"' });
  });
export type Result = z.infer<typeof Result>;

export const Event = provenance({
  id: Id,
  kind: z
    .enum(['record', 'consequence', 'outside'])
    .default('record')
    .describe(
      'record: data about the firm arrives (needs "channel" and "category"); consequence: an institution acts on a list (needs "via" and "category"); outside: something outside the system (neither).',
    ),
  category: Id.optional(),
  channel: z.enum(CHANNELS).optional().describe('How this record’s data arrives (§3.3.1).'),
  via: Id.optional().describe('The institution that acts, for a consequence.'),
  profiles: z.array(Id).optional().describe('Only these firms meet it; default: every firm assessed in its category.'),
  requires: z
    .array(Id)
    .default([])
    .describe('Flags that must be set: the event then arrives by itself at the start of the next quarter, once.'),
  text: LText,
  icon: Icon.optional(),
  options: z.array(Option).max(4).optional().describe('2 to 4 options: a decision. Leave out for a record that resolves by itself ("result").'),
  result: Result.optional(),
});
export type Event = z.infer<typeof Event>;

export const Quarter = z
  .object({
    id: Id,
    name: LText,
    forecast: LText.describe('What the firm expects, shown with the budget decision.'),
    events: z.array(Id).min(1).describe('Events that always arrive (those that apply to the firm).'),
    pool: z.array(Id).default([]),
    poolCount: z.number().int().min(0).default(0).describe('How many events the seed picks from the pool (of those that apply).'),
  })
  .strict();
export type Quarter = z.infer<typeof Quarter>;

export const Route = z
  .object({
    quarters: z.array(Id).min(1),
    errorAt: Id.describe('The quarter at whose end the human error is recorded; not the last, so an appeal has time.'),
  })
  .strict();
export type RouteDef = z.infer<typeof Route>;

export const ErrorRecord = z
  .object({
    id: Id,
    institution: Id.describe('The institution that records the violation the firm did not commit.'),
    category: Id,
    channel: z.enum(CHANNELS),
    text: LText,
    truth: LText.describe('What really happened, shown in the reveal.'),
    cost: IllustrativeScore,
    illustrative: Illustrative,
  })
  .strict();
export type ErrorRecord = z.infer<typeof ErrorRecord>;

export const Effect = provenance({
  id: Id,
  kind: z.enum(EFFECT_KINDS),
  text: LText,
  units: z.object({ n: z.number().int().min(1).max(10), illustrative: Illustrative }).strict().optional().describe('Budget units the measure costs next quarter.'),
  event: Id.optional().describe('An event the measure brings next quarter.'),
  institution: Id.optional(),
  operation: Id.optional(),
});
export type Effect = z.infer<typeof Effect>;

export const Grade = provenance({
  id: z.enum(GRADES),
  name: LText,
  threshold: z
    .object({ min: z.number().int().min(0).max(100), illustrative: Illustrative })
    .strict()
    .describe('The lowest score with this grade. Thresholds go down from 优 to 差; the report gives none.'),
  effects: z.array(Effect).min(1),
});
export type Grade = z.infer<typeof Grade>;

export const Appeal = z
  .object({
    card: LText,
    contest: LText,
    wait: LText,
    cost: z
      .object({
        units: z.number().int().min(1).max(40).describe('Appeal units to spend, from the quarter it is filed.'),
        quarters: z.number().int().min(1).max(6).describe('Quarters it takes, counting the one it is filed in.'),
        illustrative: Illustrative,
      })
      .strict(),
    rectified: Statement,
  })
  .strict();

export const CourtOrder = z
  .object({
    trigger: Id.describe('The flag that brings the court order at the end of a quarter.'),
    settle: Id.describe('The flag that settles it; the order is lifted at the end of the next quarter.'),
    banFlag: Id.describe('The flag set while the travel ban stands (events may require it).'),
    institution: Id.describe('The court.'),
    honouredBy: Id.describe('The institution that refuses the tickets; it must honour the court’s list.'),
    text: Statement,
    refused: Statement,
    open: Statement,
    notScore: Statement,
    media: Statement,
  })
  .strict();

export const Redlist = z.object({ flag: Id, text: Statement }).strict();

export const Facts = z
  .object({
    firstRound: Statement,
    elements: Statement,
    testVersion: Statement,
    platform: Statement,
    jointPunishment: Statement,
    categoriesRange: Statement,
    gradesNote: Statement.describe('Says which parts of the grades are invented (the mapping of measures to grades).'),
    humanError: Statement,
    snowball: Statement,
    foreign: z.array(Statement).min(3).describe('The foreign firm’s view (§3.3.2).'),
    notCollected: z
      .object({ text: Statement, items: z.array(z.object({ id: Id, name: LText }).strict()).min(3) })
      .strict()
      .describe('What is officially not collected for firms (§3.3.1).'),
  })
  .strict();

export const RevealTexts = z
  .object({
    replay: Statement,
    taken: Statement,
    restored: Statement,
    pending: Statement,
    neverFiled: Statement,
    notRestored: Statement,
    why: z.array(Statement).min(2),
  })
  .strict();

export const FirmLevel = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(1).describe('The level format version.'),
    id: Id,
    role: z.literal('firm'),
    title: LText,
    intro: z
      .object({ card: Statement.describe('Everything before the first decision (about 60 words at most).'), more: z.array(Statement).min(1) })
      .strict(),
    facts: Facts,
    channels: z.array(Channel).length(CHANNELS.length),
    categories: z.array(Category).min(4),
    operations: z.array(Operation).min(3),
    institutions: z.array(Institution).min(3),
    profiles: z.array(Profile).min(3),
    budget: Budget,
    scoring: z
      .object({ start: z.number().int().min(0).max(100), illustrative: Illustrative })
      .strict()
      .describe('The firm’s own record score at the start, out of 100.'),
    grades: z.array(Grade).length(4),
    events: z.array(Event).min(1),
    quarters: z.array(Quarter).min(1),
    routes: z.object({ full: Route, short: Route }).strict(),
    humanError: z.array(ErrorRecord).min(1).describe('Candidates; the seed picks one the firm is assessed for.'),
    appeal: Appeal,
    courtOrder: CourtOrder,
    redlist: Redlist,
    reveal: RevealTexts,
    debrief: Debrief,
  })
  .strict()
  .superRefine((level, ctx) => {
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
  });
export type FirmLevel = z.infer<typeof FirmLevel>;
