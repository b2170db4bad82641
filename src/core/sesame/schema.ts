/**
 * "A Sesame Credit user": the level format, the contract between the role's rules and its content.
 *
 * The player is a new user of an invented payment app with a private score (350 to 950, as the
 * report gives Sesame Credit's range). The app's model is data: five factors (the five kinds of
 * data the report lists), each with an invented weight; actions with effects on those factors;
 * cards (the day's decisions) offering two to four actions; perks with thresholds; friends for the
 * leaderboard; notifications, badges and tips that nudge. Cross-references are checked here, each
 * refusal naming the field and what was expected.
 */
import { z } from 'zod';
import { Debrief, Id, LText, Statement, provenance, uniqueIds } from '../content';

/** The range of the score, as the report gives Sesame Credit's (§3.1). */
export const SCORE_MIN = 350;
export const SCORE_MAX = 950;

/** Icons the art helper draws for this role (files in assets/icons/, without .svg). */
export const ICONS = [
  'bill', 'shop-practical', 'shop-luxury', 'loan', 'friend-add', 'friend-drop', 'profile', 'share', 'bike', 'hotel', 'visa', 'gavel', 'leave',
  'badge', 'streak', 'leaderboard', 'gauge', 'institution-court', 'institution-platform', 'institution-bank', 'blacklist', 'reaction-pleased',
  'reaction-hurt', 'reaction-angry', 'reaction-grateful', 'myth', 'reality', 'train', 'plane',
] as const;
export const Icon = z.enum(ICONS);

const inRange = (what: string) =>
  z
    .number({ error: `${what} is a number from ${SCORE_MIN} to ${SCORE_MAX}` })
    .int(`${what} is a whole number`)
    .min(SCORE_MIN, `${what} is a score from ${SCORE_MIN} to ${SCORE_MAX}`)
    .max(SCORE_MAX, `${what} is a score from ${SCORE_MIN} to ${SCORE_MAX}`);

/** One of the five kinds of data the report lists, with the invented weight of this game's model. */
export const Factor = provenance({
  id: Id,
  name: LText,
  weight: z
    .object(
      {
        value: z
          .number({ error: 'a weight is a number, e.g. 4 (score points per point of this factor)' })
          .min(0, 'a weight is 0 or more')
          .max(100, 'a weight is at most 100'),
        illustrative: z.literal(true),
      },
      { error: (iss) => (iss.input === undefined ? 'a factor needs a weight: {"value": <number>, "illustrative": true}' : undefined) },
    )
    .strict()
    .describe('Invented: the real algorithm is undisclosed. Never shown before the reveal.'),
  fico: z
    .object({ counts: z.boolean(), illustrative: z.literal(true) })
    .strict()
    .describe('Whether the reveal’s FICO-like reading counts this factor (an invented reading).'),
});
export type Factor = z.infer<typeof Factor>;

export const Effect = z
  .object({
    factor: Id.describe('The id of a factor in "factors".'),
    points: z.number({ error: 'points is a whole number' }).int().min(-20).max(20),
  })
  .strict();
export type Effect = z.infer<typeof Effect>;

export const Action = provenance({
  id: Id,
  label: LText.describe('The button: a few words, in the second person’s voice ("Pay it on time").'),
  outcome: LText.describe('What follows at once, in words (the score’s move is shown by the gauge).'),
  icon: Icon.optional(),
  effects: z.array(Effect).default([]).describe('Points on factors; the hidden weights turn them into score points.'),
  lingers: z
    .object({
      effects: z.array(Effect).min(1),
      days: z.number().int().min(1).max(10).optional().describe('How many day ends it weighs after the day it was taken; omitted: to the end of the run.'),
      text: LText.describe('What the evening says while it weighs.'),
    })
    .strict()
    .optional()
    .describe('A choice that keeps weighing at each day end after it (a late bill).'),
  scoreOnly: z.boolean().default(false).describe('Exists only to move the score; the reveal counts these.'),
  luxury: z.boolean().default(false).describe('A luxury purchase on the platform: blocked while the player is on the court’s list.'),
  share: z.boolean().default(false).describe('Shares the score with friends; the leaderboard reacts.'),
  compare: z.boolean().default(false).describe('Checks friends’ scores.'),
  rateBack: z.boolean().default(false).describe('Tries to rate the app back: the app offers no such thing.'),
  competitor: z.boolean().default(false).describe('Also signs up for a competing score.'),
  friend: z.object({ id: Id, op: z.enum(['add', 'drop']) }).strict().optional(),
  uses: Id.optional().describe('A perk this action uses; offered only as an "alt" while the perk holds.'),
  court: z.enum(['ignore', 'pay']).optional().describe('"ignore": leaves a court judgment unpaid (the list follows at day end); "pay": pays it.'),
  fact: Statement.optional().describe('A sentence from the report shown with the outcome, cited.'),
});
export type Action = z.infer<typeof Action>;

/** The closed vocabulary of conditions on cards and options. */
export const CONDITIONS = ['member', 'listed', 'shared', 'took', 'perk', 'used', 'friend', 'dropped', 'all', 'any', 'not'] as const;
export type Condition =
  | { is: 'member' }
  | { is: 'listed' }
  | { is: 'shared' }
  | { is: 'took'; action: string }
  | { is: 'perk'; perk: string }
  | { is: 'used'; perk: string }
  | { is: 'friend'; friend: string }
  | { is: 'dropped'; friend: string }
  | { is: 'all'; of: Condition[] }
  | { is: 'any'; of: Condition[] }
  | { is: 'not'; of: Condition };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion(
    'is',
    [
      z.object({ is: z.literal('member') }).strict().describe('The player is still in the programme.'),
      z.object({ is: z.literal('listed') }).strict().describe('The player is on the court’s list of dishonest debtors now.'),
      z.object({ is: z.literal('shared') }).strict().describe('The player has shared the score at least once.'),
      z.object({ is: z.literal('took'), action: Id }).strict().describe('The player took this action earlier (and it was not blocked).'),
      z.object({ is: z.literal('perk'), perk: Id }).strict().describe('The perk is open to the player now.'),
      z.object({ is: z.literal('used'), perk: Id }).strict().describe('The player has used this perk.'),
      z.object({ is: z.literal('friend'), friend: Id }).strict().describe('This person is the player’s friend in the app now.'),
      z.object({ is: z.literal('dropped'), friend: Id }).strict().describe('The player removed this friend.'),
      z.object({ is: z.literal('all'), of: z.array(Condition).min(1) }).strict(),
      z.object({ is: z.literal('any'), of: z.array(Condition).min(1) }).strict(),
      z.object({ is: z.literal('not'), of: Condition }).strict(),
    ],
    { error: (iss) => (iss.code === 'invalid_union' ? `unknown condition; expected "is" to be one of: ${CONDITIONS.join(', ')}` : undefined) },
  ),
);

export const CardOption = z
  .object({
    action: Id,
    alt: z
      .object({ when: Condition, action: Id })
      .strict()
      .optional()
      .describe('Offered instead of "action" while "when" holds (a perk that changes what is offered).'),
  })
  .strict();
export type CardOption = z.infer<typeof CardOption>;

export const Card = provenance({
  id: Id,
  text: LText.describe('The situation, in a sentence or two; with the option labels, about 40 words at most.'),
  icon: Icon.optional(),
  options: z.array(CardOption).min(2, 'a card offers 2 to 4 actions').max(4, 'a card offers 2 to 4 actions'),
  when: Condition.optional().describe('The card is drawn only while this holds.'),
  repeatable: z
    .boolean()
    .default(false)
    .describe('It may come again on a later day (a monthly bill) when a day has too few new cards, from the day’s lists first, then from any day.'),
  followUp: z
    .boolean()
    .default(false)
    .describe('A consequence: it comes first on the first day its "when" holds, whatever the day’s list.'),
  fact: Statement.optional(),
});
export type Card = z.infer<typeof Card>;

export const Perk = provenance({
  id: Id,
  name: LText,
  text: LText,
  icon: Icon.optional(),
  threshold: z
    .object(
      { score: inRange('a threshold'), illustrative: z.literal(true) },
      { error: (iss) => (iss.input === undefined ? `a perk needs a threshold: {"score": ${SCORE_MIN}–${SCORE_MAX}, "illustrative": true}` : undefined) },
    )
    .strict(),
});
export type Perk = z.infer<typeof Perk>;

export const Friend = z
  .object({
    id: Id,
    name: LText,
    age: z.number().int().min(0).max(120),
    gender: z.enum(['female', 'male']),
    background: LText,
    score: inRange('a friend’s score'),
    startsAsFriend: z.boolean().describe('true: already a friend in the app on day one; false: someone the app suggests.'),
    competitive: z.boolean().describe('Shares back and climbs when the player shares (the leaderboard reacts).'),
    illustrative: z.literal(true),
  })
  .strict();
export type Friend = z.infer<typeof Friend>;

/** What a notification can react to, besides an action taken that day. */
export const NOTIFY_EVENTS = [
  'score-up', 'score-down', 'streak', 'streak-lost', 'perk-near', 'perk-unlocked', 'perk-lost', 'listed', 'delisted', 'left', 'not-shared', 'shared',
] as const;
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];

export const Notification = provenance({
  id: Id,
  text: LText,
  icon: Icon.optional(),
  on: z
    .union([
      z.object({ action: Id.describe('The id of an action in "actions", taken that day.') }).strict(),
      z.object({ event: z.enum(NOTIFY_EVENTS) }).strict(),
    ], { error: `a notification reacts to {"action": <action id>} or {"event": one of ${NOTIFY_EVENTS.join(', ')}}` })
    .describe('What it reacts to, checked at each day end.'),
  repeat: z.boolean().default(false).describe('false: once per run.'),
  afterLeaving: z.boolean().default(false).describe('Sent only after the player has left (the app asks them back); the others stop.'),
});
export type Notification = z.infer<typeof Notification>;

export type BadgeRule =
  | { is: 'streak'; atLeast: number }
  | { is: 'shares'; atLeast: number }
  | { is: 'perks'; atLeast: number }
  | { is: 'scoreOnly'; atLeast: number }
  | { is: 'took'; action: string };
const atLeast = z.number().int().min(1);
export const BadgeRule: z.ZodType<BadgeRule> = z.discriminatedUnion('is', [
  z.object({ is: z.literal('streak'), atLeast }).strict(),
  z.object({ is: z.literal('shares'), atLeast }).strict(),
  z.object({ is: z.literal('perks'), atLeast }).strict(),
  z.object({ is: z.literal('scoreOnly'), atLeast }).strict(),
  z.object({ is: z.literal('took'), action: Id }).strict(),
]);

export const Badge = provenance({ id: Id, name: LText, text: LText, icon: Icon.optional(), when: BadgeRule });
export type Badge = z.infer<typeof Badge>;

export const Day = z
  .object({
    id: Id,
    fixed: z.array(Id).default([]).describe('Cards that come this day (if their "when" holds and they have not come before), first.'),
    pool: z.array(Id).default([]).describe('Cards the seed draws from, among those whose "when" holds.'),
    count: z.number().int().min(2).max(3).describe('Decisions this day: 2 or 3 (follow-ups may bring it to 3).'),
  })
  .strict();
export type Day = z.infer<typeof Day>;

export const FACT_KEYS = [
  'maker', 'range', 'data', 'undisclosed', 'perks', 'loyalty', 'gamified', 'status', 'share', 'fico', 'users', 'online', 'pilots', 'upscaled', 'baihang',
  'dataSharing', 'requests', 'notNational',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];

export const MOMENT_KINDS = [
  'scoreOnly', 'late', 'dropped', 'added', 'shared', 'compared', 'blocked', 'listed', 'paid', 'triedRate', 'competitor', 'perkUsed', 'left',
] as const;
export type MomentKind = (typeof MOMENT_KINDS)[number];

export const SesameLevel = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(1),
    id: Id,
    role: z.literal('sesame'),
    title: LText,
    app: z
      .object({ name: LText, score: LText, competitor: LText, illustrative: z.literal(true) })
      .strict()
      .describe('The invented app, its score and a competing score: no real brand.'),
    intro: z
      .object({ text: z.array(Statement).min(1).describe('Before the first card: with it, about 60 words.'), more: z.array(Statement).default([]) })
      .strict(),
    model: z
      .object({
        start: inRange('the start'),
        perkNear: z.number().int().min(1).max(200).describe('Points below a perk’s threshold at which the app says "you are close".'),
        illustrative: z.literal(true),
      })
      .strict(),
    factors: z.array(Factor).length(5, 'the report lists five kinds of data: five factors'),
    actions: z.array(Action).min(24, 'at least 24 actions'),
    cards: z.array(Card).min(1),
    days: z.array(Day).min(1),
    routes: z.object({ full: z.array(Id).min(1), short: z.array(Id).min(1) }).strict(),
    perks: z.array(Perk).min(1),
    friends: z.array(Friend).min(2),
    leaderboard: z
      .object({ shareRise: z.number().int().min(0).max(100).describe('Points a competitive friend climbs after the player shares.'), illustrative: z.literal(true) })
      .strict(),
    notifications: z.array(Notification).min(1),
    badges: z.array(Badge).default([]),
    tips: z.array(Statement).min(1).describe('Vague tips the app gives: never a weight.'),
    court: z
      .object({
        list: Statement.describe('The Supreme People’s Court’s list of dishonest debtors (失信被执行人名单).'),
        listed: Statement.describe('The evening the player is listed.'),
        cooperation: Statement.describe('The platform’s cooperation with the court since 2015.'),
        blocked: Statement.describe('A luxury purchase refused while listed.'),
        state: Statement.describe('The list is the state’s, not the app’s.'),
        lifted: Statement.describe('The evening the list is lifted.'),
      })
      .strict(),
    rating: z.object({ oneWay: Statement, twoWay: Statement, blocked: Statement }).strict(),
    leaving: z
      .object({ label: LText.describe('The option to leave, on every card while a member.'), left: Statement, competing: Statement })
      .strict(),
    facts: z
      .object(Object.fromEntries(FACT_KEYS.map((k) => [k, Statement])) as Record<FactKey, typeof Statement>)
      .strict()
      .describe('Sesame Credit as the report describes it, each fact cited.'),
    reveal: z
      .object({
        weights: Statement,
        moves: Statement,
        chasing: Statement,
        fico: Statement,
        reality: z.array(z.enum(FACT_KEYS)).min(1).describe('The facts of the last beat (myth and reality), in order.'),
      })
      .strict(),
    moments: z
      .object(Object.fromEntries(MOMENT_KINDS.map((k) => [k, Statement])) as Record<MomentKind, typeof Statement>)
      .strict()
      .describe('What the report says next to each kind of moment of the player’s own week.'),
    debrief: Debrief,
  })
  .strict()
  .superRefine((level, ctx) => checkLevel(level, ctx));
export type SesameLevel = z.infer<typeof SesameLevel>;

type Issue = (path: (string | number)[], message: string) => void;
type Known = { actions: Set<string>; perks: Set<string>; friends: Set<string> };

function checkCondition(c: Condition, path: (string | number)[], issue: Issue, known: Known) {
  switch (c.is) {
    case 'all':
    case 'any':
      c.of.forEach((x, i) => checkCondition(x, [...path, 'of', i], issue, known));
      return;
    case 'not':
      checkCondition(c.of, [...path, 'of'], issue, known);
      return;
    case 'took':
      if (!known.actions.has(c.action)) issue([...path, 'action'], `no action "${c.action}"; expected the id of an action in "actions"`);
      return;
    case 'perk':
    case 'used':
      if (!known.perks.has(c.perk)) issue([...path, 'perk'], `no perk "${c.perk}"; expected the id of a perk in "perks"`);
      return;
    case 'friend':
    case 'dropped':
      if (!known.friends.has(c.friend)) issue([...path, 'friend'], `no friend "${c.friend}"; expected the id of a friend in "friends"`);
      return;
    default:
      return;
  }
}

function checkLevel(level: SesameLevel, ctx: z.RefinementCtx) {
  const issue: Issue = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  uniqueIds(level.factors.map((f) => f.id), ['factors'], ctx);
  uniqueIds(level.actions.map((a) => a.id), ['actions'], ctx);
  uniqueIds(level.cards.map((c) => c.id), ['cards'], ctx);
  uniqueIds(level.days.map((d) => d.id), ['days'], ctx);
  uniqueIds(level.perks.map((p) => p.id), ['perks'], ctx);
  uniqueIds(level.friends.map((f) => f.id), ['friends'], ctx);
  uniqueIds(level.notifications.map((n) => n.id), ['notifications'], ctx);
  uniqueIds(level.badges.map((b) => b.id), ['badges'], ctx);

  const factors = new Set(level.factors.map((f) => f.id));
  const actions = new Map(level.actions.map((a) => [a.id, a]));
  const cards = new Set(level.cards.map((c) => c.id));
  const known: Known = { actions: new Set(actions.keys()), perks: new Set(level.perks.map((p) => p.id)), friends: new Set(level.friends.map((f) => f.id)) };
  const factorList = [...factors].map((f) => `"${f}"`).join(', ');
  const noFactor = (id: string) => `no factor "${id}"; expected one of the factors: ${factorList}`;
  const noAction = (id: string) => `no action "${id}"; expected the id of an action in "actions"`;
  const noCard = (id: string) => `no card "${id}"; expected the id of a card in "cards"`;

  level.actions.forEach((a, i) => {
    a.effects.forEach((e, j) => {
      if (!factors.has(e.factor)) issue(['actions', i, 'effects', j, 'factor'], noFactor(e.factor));
    });
    a.lingers?.effects.forEach((e, j) => {
      if (!factors.has(e.factor)) issue(['actions', i, 'lingers', 'effects', j, 'factor'], noFactor(e.factor));
    });
    if (a.friend && !known.friends.has(a.friend.id)) issue(['actions', i, 'friend', 'id'], `no friend "${a.friend.id}"; expected the id of a friend in "friends"`);
    if (a.uses !== undefined && !known.perks.has(a.uses)) issue(['actions', i, 'uses'], `no perk "${a.uses}"; expected the id of a perk in "perks"`);
  });
  const needs: [string, (a: Action) => boolean][] = [
    ['a luxury purchase ("luxury": true)', (a) => a.luxury],
    ['an action taken only to move the score ("scoreOnly": true)', (a) => a.scoreOnly],
    ['an action that shares the score ("share": true)', (a) => a.share],
    ['an attempt to rate the app back ("rateBack": true)', (a) => a.rateBack],
    ['a competing score ("competitor": true)', (a) => a.competitor],
    ['a court judgment left unpaid ("court": "ignore")', (a) => a.court === 'ignore'],
    ['a court judgment paid ("court": "pay")', (a) => a.court === 'pay'],
  ];
  for (const [what, test] of needs) if (!level.actions.some(test)) issue(['actions'], `the role needs ${what}`);

  level.cards.forEach((c, i) => {
    if (c.when) checkCondition(c.when, ['cards', i, 'when'], issue, known);
    if (c.followUp && !c.when) issue(['cards', i, 'when'], 'a follow-up card needs a "when": the consequence it follows');
    const offered: string[] = [];
    c.options.forEach((o, j) => {
      const a = actions.get(o.action);
      if (!a) issue(['cards', i, 'options', j, 'action'], noAction(o.action));
      else if (a.uses !== undefined) issue(['cards', i, 'options', j, 'action'], `action "${o.action}" uses a perk; offer it as an "alt" whose "when" is {"is": "perk", "perk": "${a.uses}"}`);
      offered.push(o.action);
      if (o.alt) {
        checkCondition(o.alt.when, ['cards', i, 'options', j, 'alt', 'when'], issue, known);
        const alt = actions.get(o.alt.action);
        if (!alt) issue(['cards', i, 'options', j, 'alt', 'action'], noAction(o.alt.action));
        else if (alt.uses !== undefined && !(o.alt.when.is === 'perk' && o.alt.when.perk === alt.uses))
          issue(['cards', i, 'options', j, 'alt', 'when'], `action "${alt.id}" uses perk "${alt.uses}"; expected {"is": "perk", "perk": "${alt.uses}"}`);
        offered.push(o.alt.action);
      }
    });
    offered.forEach((id, k) => {
      if (offered.indexOf(id) !== k) issue(['cards', i, 'options'], `action "${id}" is offered twice on this card`);
    });
  });

  level.days.forEach((d, i) => {
    d.fixed.forEach((id, j) => {
      if (!cards.has(id)) issue(['days', i, 'fixed', j], noCard(id));
    });
    d.pool.forEach((id, j) => {
      if (!cards.has(id)) issue(['days', i, 'pool', j], noCard(id));
    });
    if (d.fixed.length + d.pool.length < d.count) issue(['days', i, 'count'], `asks for ${d.count} cards but names ${d.fixed.length + d.pool.length}`);
  });
  const dayIds = new Set(level.days.map((d) => d.id));
  (['full', 'short'] as const).forEach((route) =>
    level.routes[route].forEach((id, i) => {
      if (!dayIds.has(id)) issue(['routes', route, i], `no day "${id}"; expected the id of a day in "days"`);
    }),
  );

  level.notifications.forEach((n, i) => {
    if ('action' in n.on && !actions.has(n.on.action)) issue(['notifications', i, 'on', 'action'], noAction(n.on.action));
  });
  level.badges.forEach((b, i) => {
    if (b.when.is === 'took' && !actions.has(b.when.action)) issue(['badges', i, 'when', 'action'], noAction(b.when.action));
  });
  if (level.cards.filter((c) => c.repeatable && c.when === undefined).length < 3)
    issue(['cards'], 'at least 3 cards are "repeatable" with no "when" (bills), so every day can offer its cards whatever happened');
  if (!level.friends.some((f) => f.startsAsFriend)) issue(['friends'], 'at least one friend starts as a friend, or the leaderboard is empty');
}
