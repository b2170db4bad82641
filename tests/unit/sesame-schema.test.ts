/**
 * The Sesame level format refuses bad input with the file, the field path and what was expected:
 * a weight that is not a number, a perk without a threshold, a threshold outside 350–950, an action
 * naming an unknown factor, a notification naming an unknown action, and the other cross-references.
 */
import { describe, expect, it } from 'vitest';
import { parseLevel, parseLevelText } from '../../src/core/validate';
import { sesameRole } from '../../src/core/sesame/role';
import raw from '../../levels/sesame.json';

const FILE = 'levels/sesame.json';
type Json = Record<string, unknown> & { [k: string]: unknown };
const copy = (): Json => structuredClone(raw) as unknown as Json;
const at = (o: Json, ...path: (string | number)[]) => path.reduce<unknown>((x, k) => (x as Record<string | number, unknown>)[k], o) as Json;

function errors(level: unknown): string[] {
  const r = parseLevel([sesameRole], level, FILE);
  return r.ok ? [] : r.errors;
}
/** Exactly the one error we expect (no noise from other checks), naming the file and the path. */
function expectOnly(level: unknown, path: string, expectation: RegExp) {
  const errs = errors(level);
  expect(errs, errs.join('\n')).toHaveLength(1);
  expect(errs[0]).toMatch(new RegExp(`^${FILE.replace('.', '\\.')}: ${path.replace(/[[\].]/g, (c) => `\\${c}`)}: `));
  expect(errs[0]).toMatch(expectation);
}

describe('levels/sesame.json', () => {
  it('is a valid level of the sesame role, as text too', () => {
    expect(errors(raw)).toEqual([]);
    const text = JSON.stringify(raw, null, 2);
    expect(parseLevelText([sesameRole], text, FILE)).toMatchObject({ ok: true });
  });
});

describe('the issue’s bad input, each refused with field path and expectation', () => {
  it('a weight that is not a number', () => {
    const l = copy();
    at(l, 'factors', 2, 'weight').value = 'heavy';
    expectOnly(l, 'factors[2].weight.value', /a weight is a number/);
    const m = copy();
    delete at(m, 'factors', 0).weight;
    expectOnly(m, 'factors[0].weight', /a factor needs a weight/);
  });

  it('a perk without a threshold', () => {
    const l = copy();
    delete at(l, 'perks', 1).threshold;
    expectOnly(l, 'perks[1].threshold', /a perk needs a threshold: \{"score": 350–950, "illustrative": true\}/);
  });

  it('a threshold outside 350–950 (or not a number)', () => {
    for (const bad of [349, 951, 0, 2000]) {
      const l = copy();
      at(l, 'perks', 0, 'threshold').score = bad;
      expectOnly(l, 'perks[0].threshold.score', /a threshold is a score from 350 to 950/);
    }
    const l = copy();
    at(l, 'perks', 0, 'threshold').score = 'high';
    expectOnly(l, 'perks[0].threshold.score', /a threshold is a number from 350 to 950/);
    const m = copy();
    at(m, 'model').start = 300;
    expectOnly(m, 'model.start', /the start is a score from 350 to 950/);
  });

  it('an action naming an unknown factor', () => {
    const l = copy();
    at(l, 'actions', 3, 'effects', 0).factor = 'luck';
    expectOnly(l, 'actions[3].effects[0].factor', /no factor "luck"; expected one of the factors: "personal", "history", "obligations", "network", "consumer"/);
    const m = copy();
    at(m, 'actions', 1, 'lingers', 'effects', 0).factor = 'karma';
    expectOnly(m, 'actions[1].lingers.effects[0].factor', /no factor "karma"/);
  });

  it('a notification naming an unknown action', () => {
    const l = copy();
    const i = (at(l, 'notifications') as unknown as Json[]).findIndex((n) => 'action' in (n.on as Json));
    at(l, 'notifications', i, 'on').action = 'buy-a-yacht';
    expectOnly(l, `notifications[${i}].on.action`, /no action "buy-a-yacht"; expected the id of an action in "actions"/);
    const m = copy();
    at(m, 'notifications', 0).on = { event: 'tuesday' };
    expectOnly(m, 'notifications[0].on', /a notification reacts to \{"action": <action id>\} or \{"event": one of score-up/);
  });
});

describe('the other cross-references', () => {
  it('cards, days, routes and conditions name what exists', () => {
    const cardIndex = (l: Json, id: string) => (at(l, 'cards') as unknown as Json[]).findIndex((c) => c.id === id);
    let l = copy();
    at(l, 'cards', 0, 'options', 1).action = 'nap';
    expectOnly(l, 'cards[0].options[1].action', /no action "nap"/);

    l = copy();
    const bike = cardIndex(l, 'c-bike');
    at(l, 'cards', bike).options = [{ action: 'rent-bike-free' }, { action: 'walk' }];
    expectOnly(l, `cards[${bike}].options[0].action`, /uses a perk; offer it as an "alt" whose "when" is \{"is": "perk", "perk": "bike"\}/);

    l = copy();
    at(l, 'cards', bike, 'options', 0, 'alt', 'when').perk = 'hotel';
    expectOnly(l, `cards[${bike}].options[0].alt.when`, /uses perk "bike"; expected \{"is": "perk", "perk": "bike"\}/);

    l = copy();
    const pan = cardIndex(l, 'c-pan-help');
    at(l, 'cards', pan).when = { is: 'friend', friend: 'nobody' };
    expectOnly(l, `cards[${pan}].when.friend`, /no friend "nobody"; expected the id of a friend in "friends"/);

    l = copy();
    at(l, 'cards', pan).when = { is: 'sunny' };
    expectOnly(l, `cards[${pan}].when.is`, /unknown condition; expected "is" to be one of: member, listed/);

    l = copy();
    at(l, 'cards', 0).options = [{ action: 'skip' }];
    expectOnly(l, 'cards[0].options', /a card offers 2 to 4 actions/);

    l = copy();
    at(l, 'days', 1, 'pool')[0] = 'c-nowhere';
    expectOnly(l, 'days[1].pool[0]', /no card "c-nowhere"; expected the id of a card in "cards"/);

    l = copy();
    at(l, 'routes', 'short')[2] = 'sunday';
    expectOnly(l, 'routes.short[2]', /no day "sunday"/);

    l = copy();
    at(l, 'actions', 14, 'friend').id = 'stranger';
    expectOnly(l, 'actions[14].friend.id', /no friend "stranger"/);

    l = copy();
    const badge = (at(l, 'badges') as unknown as Json[]).findIndex((b) => (b.when as Json).is === 'took');
    at(l, 'badges', badge, 'when').action = 'fly';
    expectOnly(l, `badges[${badge}].when.action`, /no action "fly"/);
  });

  it('the role keeps what the design needs: 24 actions, five factors, the court, a way to rate back', () => {
    let l = copy();
    l.actions = (at(l, 'actions') as unknown as Json[]).slice(0, 23);
    expect(errors(l).some((e) => e.startsWith(`${FILE}: actions: at least 24 actions`))).toBe(true);

    l = copy();
    (at(l, 'factors') as unknown as Json[]).pop();
    expect(errors(l)).toContain(`${FILE}: factors: the report lists five kinds of data: five factors`);

    l = copy();
    for (const a of at(l, 'actions') as unknown as Json[]) if (a.court === 'pay') delete a.court;
    expect(errors(l)).toContain(`${FILE}: actions: the role needs a court judgment paid ("court": "pay")`);

    l = copy();
    for (const a of at(l, 'actions') as unknown as Json[]) delete a.rateBack;
    expect(errors(l)).toContain(`${FILE}: actions: the role needs an attempt to rate the app back ("rateBack": true)`);

    l = copy();
    for (const c of at(l, 'cards') as unknown as Json[]) delete c.repeatable;
    expect(errors(l)[0]).toMatch(/cards: at least 3 cards are "repeatable"/);

    l = copy();
    at(l, 'actions', 5).id = at(l, 'actions', 4).id;
    expect(errors(l)).toContain(`${FILE}: actions[5].id: duplicate id "${String(at(l, 'actions', 4).id)}"`);
  });

  it('keeps content honest: provenance, strict keys, illustrative numbers', () => {
    let l = copy();
    delete at(l, 'actions', 0).illustrative;
    expect(errors(l)[0]).toMatch(/actions\[0\]: needs either "source"/);

    l = copy();
    delete at(l, 'factors', 0, 'weight').illustrative;
    expect(errors(l)[0]).toMatch(/factors\[0\]\.weight\.illustrative/);

    l = copy();
    at(l, 'friends', 0).illustrative = false;
    expect(errors(l)[0]).toMatch(/friends\[0\]\.illustrative/);

    l = copy();
    at(l, 'actions', 0).weight = 5;
    expect(errors(l)[0]).toMatch(/actions\[0\]: .*weight/);

    l = copy();
    l.role = 'village';
    expect(errors(l)[0]).toMatch(/role: unknown role "village"/);
  });
});
