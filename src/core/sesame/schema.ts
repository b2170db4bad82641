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
import { z } from 'zod/mini';
import { Id, contentSchemas, d, int, once, provenance, uniqueIds } from '../content';

/** The range of the score, as the report gives Sesame Credit's (§3.1). */
export const SCORE_MIN = 350;
export const SCORE_MAX = 950;

/** Icons the art helper draws for this role (files in assets/icons/, without .svg). */
export const ICONS = [
  'bill', 'shop-practical', 'shop-luxury', 'loan', 'friend-add', 'friend-drop', 'profile', 'share', 'bike', 'hotel', 'visa', 'gavel', 'leave',
  'badge', 'streak', 'leaderboard', 'gauge', 'institution-court', 'institution-platform', 'institution-bank', 'blacklist', 'reaction-pleased',
  'reaction-hurt', 'reaction-angry', 'reaction-grateful', 'myth', 'reality', 'train', 'plane',
] as const;

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

/** What a notification can react to, besides an action taken that day. */
export const NOTIFY_EVENTS = [
  'score-up', 'score-down', 'streak', 'streak-lost', 'perk-near', 'perk-unlocked', 'perk-lost', 'listed', 'delisted', 'left', 'not-shared', 'shared',
] as const;
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];

export type BadgeRule =
  | { is: 'streak'; atLeast: number }
  | { is: 'shares'; atLeast: number }
  | { is: 'perks'; atLeast: number }
  | { is: 'scoreOnly'; atLeast: number }
  | { is: 'took'; action: string };

export const FACT_KEYS = [
  'maker', 'range', 'data', 'undisclosed', 'perks', 'loyalty', 'gamified', 'status', 'share', 'fico', 'users', 'online', 'pilots', 'upscaled', 'baihang',
  'dataSharing', 'requests', 'notNational',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];

export const MOMENT_KINDS = [
  'scoreOnly', 'late', 'dropped', 'added', 'shared', 'compared', 'blocked', 'listed', 'paid', 'triedRate', 'competitor', 'perkUsed', 'left',
] as const;
export type MomentKind = (typeof MOMENT_KINDS)[number];

/** The level format, built on first use (see once in ../content). */
export const sesameSchemas = once(() => {
  const { LText, Statement, Debrief } = contentSchemas();

  const Icon = z.enum(ICONS);

  const inRange = (what: string) =>
    z
      .number({ error: `${what} is a number from ${SCORE_MIN} to ${SCORE_MAX}` })
      .check(
        z.int(`${what} is a whole number`),
        z.gte(SCORE_MIN, `${what} is a score from ${SCORE_MIN} to ${SCORE_MAX}`),
        z.lte(SCORE_MAX, `${what} is a score from ${SCORE_MIN} to ${SCORE_MAX}`),
      );

  /** One of the five kinds of data the report lists, with the invented weight of this game's model. */
  const Factor = provenance({
    id: Id,
    name: LText,
    weight: d(
      z.strictObject(
        {
          value: z
            .number({ error: 'a weight is a number, e.g. 4 (score points per point of this factor)' })
            .check(z.gte(0, 'a weight is 0 or more'), z.lte(100, 'a weight is at most 100')),
          illustrative: z.literal(true),
        },
        { error: (iss) => (iss.input === undefined ? 'a factor needs a weight: {"value": <number>, "illustrative": true}' : undefined) },
      ),
      'Invented: the real algorithm is undisclosed. Never shown before the reveal.',
    ),
    fico: d(
      z.strictObject({ counts: z.boolean(), illustrative: z.literal(true) }),
      'Whether the reveal’s FICO-like reading counts this factor (an invented reading).',
    ),
  });

  const Effect = z.strictObject({
    factor: d(Id, 'The id of a factor in "factors".'),
    points: z.number({ error: 'points is a whole number' }).check(z.int(), z.gte(-20), z.lte(20)),
  });

  const flag = (description: string) => d(z._default(z.boolean(), false), description);

  const Action = provenance({
    id: Id,
    label: d(LText, 'The button: a few words, in the second person’s voice ("Pay it on time").'),
    outcome: d(LText, 'What follows at once, in words (the score’s move is shown by the gauge).'),
    icon: z.optional(Icon),
    effects: d(z._default(z.array(Effect), []), 'Points on factors; the hidden weights turn them into score points.'),
    lingers: d(
      z.optional(
        z.strictObject({
          effects: z.array(Effect).check(z.minLength(1)),
          days: d(z.optional(int(1, 10)), 'How many day ends it weighs after the day it was taken; omitted: to the end of the run.'),
          text: d(LText, 'What the evening says while it weighs.'),
        }),
      ),
      'A choice that keeps weighing at each day end after it (a late bill).',
    ),
    scoreOnly: flag('Exists only to move the score; the reveal counts these.'),
    luxury: flag('A luxury purchase on the platform: blocked while the player is on the court’s list.'),
    share: flag('Shares the score with friends; the leaderboard reacts.'),
    compare: flag('Checks friends’ scores.'),
    rateBack: flag('Tries to rate the app back: the app offers no such thing.'),
    competitor: flag('Also signs up for a competing score.'),
    friend: z.optional(z.strictObject({ id: Id, op: z.enum(['add', 'drop']) })),
    uses: d(z.optional(Id), 'A perk this action uses; offered only as an "alt" while the perk holds.'),
    court: d(z.optional(z.enum(['ignore', 'pay'])), '"ignore": leaves a court judgment unpaid (the list follows at day end); "pay": pays it.'),
    fact: d(z.optional(Statement), 'A sentence from the report shown with the outcome, cited.'),
  });

  const Condition: z.ZodMiniType<Condition> = z.lazy(() =>
    z.discriminatedUnion(
      'is',
      [
        d(z.strictObject({ is: z.literal('member') }), 'The player is still in the programme.'),
        d(z.strictObject({ is: z.literal('listed') }), 'The player is on the court’s list of dishonest debtors now.'),
        d(z.strictObject({ is: z.literal('shared') }), 'The player has shared the score at least once.'),
        d(z.strictObject({ is: z.literal('took'), action: Id }), 'The player took this action earlier (and it was not blocked).'),
        d(z.strictObject({ is: z.literal('perk'), perk: Id }), 'The perk is open to the player now.'),
        d(z.strictObject({ is: z.literal('used'), perk: Id }), 'The player has used this perk.'),
        d(z.strictObject({ is: z.literal('friend'), friend: Id }), 'This person is the player’s friend in the app now.'),
        d(z.strictObject({ is: z.literal('dropped'), friend: Id }), 'The player removed this friend.'),
        z.strictObject({ is: z.literal('all'), of: z.array(Condition).check(z.minLength(1)) }),
        z.strictObject({ is: z.literal('any'), of: z.array(Condition).check(z.minLength(1)) }),
        z.strictObject({ is: z.literal('not'), of: Condition }),
      ],
      { error: (iss) => (iss.code === 'invalid_union' ? `unknown condition; expected "is" to be one of: ${CONDITIONS.join(', ')}` : undefined) },
    ),
  );

  const CardOption = z.strictObject({
    action: Id,
    alt: d(
      z.optional(z.strictObject({ when: Condition, action: Id })),
      'Offered instead of "action" while "when" holds (a perk that changes what is offered).',
    ),
  });

  const Card = provenance({
    id: Id,
    text: d(LText, 'The situation, in a sentence or two; with the option labels, about 40 words at most.'),
    icon: z.optional(Icon),
    options: z.array(CardOption).check(z.minLength(2, 'a card offers 2 to 4 actions'), z.maxLength(4, 'a card offers 2 to 4 actions')),
    when: d(z.optional(Condition), 'The card is drawn only while this holds.'),
    repeatable: flag('It may come again on a later day (a monthly bill) when a day has too few new cards, from the day’s lists first, then from any day.'),
    followUp: flag('A consequence: it comes first on the first day its "when" holds, whatever the day’s list.'),
    fact: z.optional(Statement),
  });

  const Perk = provenance({
    id: Id,
    name: LText,
    text: LText,
    icon: z.optional(Icon),
    threshold: z.strictObject(
      { score: inRange('a threshold'), illustrative: z.literal(true) },
      { error: (iss) => (iss.input === undefined ? `a perk needs a threshold: {"score": ${SCORE_MIN}–${SCORE_MAX}, "illustrative": true}` : undefined) },
    ),
  });

  const Friend = z.strictObject({
    id: Id,
    name: LText,
    age: int(0, 120),
    gender: z.enum(['female', 'male']),
    background: LText,
    score: inRange('a friend’s score'),
    startsAsFriend: d(z.boolean(), 'true: already a friend in the app on day one; false: someone the app suggests.'),
    competitive: d(z.boolean(), 'Shares back and climbs when the player shares (the leaderboard reacts).'),
    illustrative: z.literal(true),
  });

  const Notification = provenance({
    id: Id,
    text: LText,
    icon: z.optional(Icon),
    on: d(
      z.union([z.strictObject({ action: d(Id, 'The id of an action in "actions", taken that day.') }), z.strictObject({ event: z.enum(NOTIFY_EVENTS) })], {
        error: `a notification reacts to {"action": <action id>} or {"event": one of ${NOTIFY_EVENTS.join(', ')}}`,
      }),
      'What it reacts to, checked at each day end.',
    ),
    repeat: flag('false: once per run.'),
    afterLeaving: flag('Sent only after the player has left (the app asks them back); the others stop.'),
  });

  const atLeast = z.number().check(z.int(), z.gte(1));
  const BadgeRule: z.ZodMiniType<BadgeRule> = z.discriminatedUnion('is', [
    z.strictObject({ is: z.literal('streak'), atLeast }),
    z.strictObject({ is: z.literal('shares'), atLeast }),
    z.strictObject({ is: z.literal('perks'), atLeast }),
    z.strictObject({ is: z.literal('scoreOnly'), atLeast }),
    z.strictObject({ is: z.literal('took'), action: Id }),
  ]);

  const Badge = provenance({ id: Id, name: LText, text: LText, icon: z.optional(Icon), when: BadgeRule });

  const Day = z.strictObject({
    id: Id,
    fixed: d(z._default(z.array(Id), []), 'Cards that come this day (if their "when" holds and they have not come before), first.'),
    pool: d(z._default(z.array(Id), []), 'Cards the seed draws from, among those whose "when" holds.'),
    count: d(int(2, 3), 'Decisions this day: 2 or 3 (follow-ups may bring it to 3).'),
  });

  const SesameLevel = z
    .strictObject({
      $schema: z.optional(z.string()),
      format: z.literal(1),
      id: Id,
      role: z.literal('sesame'),
      title: LText,
      app: d(
        z.strictObject({ name: LText, score: LText, competitor: LText, illustrative: z.literal(true) }),
        'The invented app, its score and a competing score: no real brand.',
      ),
      intro: z.strictObject({
        text: d(z.array(Statement).check(z.minLength(1)), 'Before the first card: with it, about 60 words.'),
        more: z._default(z.array(Statement), []),
      }),
      model: z.strictObject({
        start: inRange('the start'),
        perkNear: d(int(1, 200), 'Points below a perk’s threshold at which the app says "you are close".'),
        illustrative: z.literal(true),
      }),
      factors: z.array(Factor).check(z.length(5, 'the report lists five kinds of data: five factors')),
      actions: z.array(Action).check(z.minLength(24, 'at least 24 actions')),
      cards: z.array(Card).check(z.minLength(1)),
      days: z.array(Day).check(z.minLength(1)),
      routes: z.strictObject({ full: z.array(Id).check(z.minLength(1)), short: z.array(Id).check(z.minLength(1)) }),
      perks: z.array(Perk).check(z.minLength(1)),
      friends: z.array(Friend).check(z.minLength(2)),
      leaderboard: z.strictObject({
        shareRise: d(int(0, 100), 'Points a competitive friend climbs after the player shares.'),
        illustrative: z.literal(true),
      }),
      notifications: z.array(Notification).check(z.minLength(1)),
      badges: z._default(z.array(Badge), []),
      tips: d(z.array(Statement).check(z.minLength(1)), 'Vague tips the app gives: never a weight.'),
      court: z.strictObject({
        list: d(Statement, 'The Supreme People’s Court’s list of dishonest debtors (失信被执行人名单).'),
        listed: d(Statement, 'The evening the player is listed.'),
        cooperation: d(Statement, 'The platform’s cooperation with the court since 2015.'),
        blocked: d(Statement, 'A luxury purchase refused while listed.'),
        state: d(Statement, 'The list is the state’s, not the app’s.'),
        lifted: d(Statement, 'The evening the list is lifted.'),
      }),
      rating: z.strictObject({ oneWay: Statement, twoWay: Statement, blocked: Statement }),
      leaving: z.strictObject({ label: d(LText, 'The option to leave, on every card while a member.'), left: Statement, competing: Statement }),
      facts: d(
        z.strictObject(Object.fromEntries(FACT_KEYS.map((k) => [k, Statement])) as Record<FactKey, typeof Statement>),
        'Sesame Credit as the report describes it, each fact cited.',
      ),
      reveal: z.strictObject({
        weights: Statement,
        moves: Statement,
        chasing: Statement,
        fico: Statement,
        reality: d(z.array(z.enum(FACT_KEYS)).check(z.minLength(1)), 'The facts of the last beat (myth and reality), in order.'),
      }),
      moments: d(
        z.strictObject(Object.fromEntries(MOMENT_KINDS.map((k) => [k, Statement])) as Record<MomentKind, typeof Statement>),
        'What the report says next to each kind of moment of the player’s own week.',
      ),
      debrief: Debrief,
    })
    .check(z.superRefine((level, ctx) => checkLevel(level, ctx)));

  return { Icon, Factor, Effect, Action, Condition, CardOption, Card, Perk, Friend, Notification, BadgeRule, Badge, Day, SesameLevel };
});

type Schemas = ReturnType<typeof sesameSchemas>;
export type Factor = z.infer<Schemas['Factor']>;
export type Effect = z.infer<Schemas['Effect']>;
export type Action = z.infer<Schemas['Action']>;
export type CardOption = z.infer<Schemas['CardOption']>;
export type Card = z.infer<Schemas['Card']>;
export type Perk = z.infer<Schemas['Perk']>;
export type Friend = z.infer<Schemas['Friend']>;
export type Notification = z.infer<Schemas['Notification']>;
export type Badge = z.infer<Schemas['Badge']>;
export type Day = z.infer<Schemas['Day']>;
export type SesameLevel = z.infer<Schemas['SesameLevel']>;

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

function checkLevel(level: SesameLevel, ctx: z.core.$RefinementCtx) {
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
