/**
 * The Sesame role's rules through step(): refusals, the score kept in 350–950 whatever the player
 * does, runs that replay identically, the court's list blocking luxury purchases at every score,
 * leaving that removes every perk and nothing else, contributions that add up to the final score,
 * and choices that carry forward (friends, late bills, perks, the leaderboard).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLevel } from '../../src/core/validate';
import { replay as frameReplay } from '../../src/core/role';
import { LEAVE, sesameDecision, sesameRole } from '../../src/core/sesame/role';
import {
  BEATS, actionOf, applyEffects, cardActions, createRun, dayCards, isListed, pendingCard, replay, step,
  type SesameAction, type SesameRun,
} from '../../src/core/sesame/rules';
import { contributions } from '../../src/core/sesame/reveal';
import { SCORE_MAX, SCORE_MIN, type SesameLevel } from '../../src/core/sesame/schema';
import raw from '../../levels/sesame.json';

const parsed = parseLevel([sesameRole], raw, 'levels/sesame.json');
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const level = parsed.level as SesameLevel;
const RUNS = { seed: 42, numRuns: 200 };

function must(lv: SesameLevel, run: SesameRun, action: SesameAction): SesameRun {
  const r = step(lv, run, action);
  if (!r.ok) throw new Error(`refused ${JSON.stringify(action)}: ${r.reason}`);
  return r.run;
}

/** The level with every weight multiplied (so the score hits its bounds). */
const scaled = (k: number): SesameLevel => ({ ...level, factors: level.factors.map((f) => ({ ...f, weight: { ...f.weight, value: f.weight.value * k } })) });

/**
 * Play to the debrief: at each decision take option picks[i] (mod the options, "leave" included),
 * advance otherwise; `check` sees every step.
 */
function playBy(
  lv: SesameLevel,
  route: 'full' | 'short',
  seed: number,
  picks: readonly number[],
  check?: (before: SesameRun, action: SesameAction, after: SesameRun) => void,
  leaveAt = -1,
): { run: SesameRun; actions: SesameAction[] } {
  let run = createRun(lv, seed, route);
  const actions: SesameAction[] = [];
  let i = 0;
  for (let guard = 0; guard < 500 && run.phase !== 'debrief'; guard++) {
    const d = sesameDecision(lv, run);
    const leave = d && i === leaveAt ? d.options.find((o) => o.id === LEAVE) : undefined;
    const action = leave
      ? (i++, leave.action)
      : d
        ? d.options[(picks[i++ % Math.max(1, picks.length)] ?? 0) % d.options.length]!.action
        : sesameRole.advance(lv, run);
    if (!action) throw new Error(`stuck in ${run.phase}`);
    const next = must(lv, run, action);
    check?.(run, action, next);
    actions.push(action);
    run = next;
  }
  return { run, actions };
}

/** Prefer an action by a score function over the waiting card's actions (never leaving). */
function playPrefer(lv: SesameLevel, route: 'full' | 'short', seed: number, prefer: (id: string) => number, until?: (run: SesameRun) => boolean): SesameRun {
  let run = createRun(lv, seed, route);
  for (let guard = 0; guard < 500 && run.phase !== 'debrief'; guard++) {
    if (until?.(run)) return run;
    const card = pendingCard(run);
    const action: SesameAction | null = card
      ? { type: 'choose', card, option: [...cardActions(lv, run, card)].sort((a, b) => prefer(b.id) - prefer(a.id))[0]!.id }
      : sesameRole.advance(lv, run);
    run = must(lv, run, action!);
  }
  return run;
}

const chaser = (id: string) => {
  const a = actionOf(level, id);
  if (a.court) return a.court === 'pay' ? 20 : -20;
  if (a.lingers) return -10;
  return (a.scoreOnly ? 8 : 0) + (a.uses ? 7 : 0) + (a.share ? 6 : 0) + a.effects.reduce((s, e) => s + e.points, 0);
};
/** Ignores the court, pays late, buys luxury. */
const careless = (id: string) => {
  const a = actionOf(level, id);
  return (a.court === 'ignore' ? 20 : 0) + (a.court === 'pay' ? -20 : 0) + (a.lingers ? 9 : 0) + (a.luxury ? 8 : 0);
};

/** A run without what leaving may change: membership, the day left, and the perks. */
const rest = (run: SesameRun) => Object.fromEntries(Object.entries(run).filter(([k]) => !['member', 'leftOn', 'lostOnLeaving', 'perks'].includes(k)));

const picks = fc.array(fc.nat({ max: 11 }), { minLength: 1, maxLength: 40 });
const seed = fc.integer({ min: 0, max: 2 ** 30 - 1 });
const route = fc.constantFrom('full' as const, 'short' as const);

describe('starting and refusing', () => {
  it('starts on the intro, then the first card of day 1', () => {
    const run = createRun(level, 1, 'full');
    expect(sesameRole.phase(run)).toBe('intro');
    expect(sesameRole.progress(level, run)).toEqual({ unit: 'day', index: 1, total: 10 });
    expect(sesameRole.progress(level, createRun(level, 1, 'short'))).toEqual({ unit: 'day', index: 1, total: 3 });
    expect(sesameRole.advance(level, run)).toEqual({ type: 'begin' });
    expect(run.score).toBe(level.model.start);
    const day1 = must(level, run, { type: 'begin' });
    expect(day1.cards[0]).toBe('c-phone-bill');
    const d = sesameDecision(level, day1);
    expect(d?.id).toBe('d1-c-phone-bill');
    expect(d?.options.map((o) => o.id)).toEqual(['pay-bill-on-time', 'pay-bill-late', LEAVE]);
    expect(sesameRole.advance(level, day1)).toBeNull();
  });

  it('declares its phases as data, in order', () => {
    expect(sesameRole.phases.map((p) => [p.id, p.kind])).toEqual([
      ['intro', 'intro'], ['day', 'decide'], ['evening', 'interlude'], ['reveal', 'reveal'], ['debrief', 'debrief'],
    ]);
    expect(sesameRole.id).toBe('sesame');
    expect(sesameRole.icon).toBe('role-sesame');
  });

  it('refuses actions out of turn with a reason and leaves the run untouched', () => {
    const refused = (r: SesameRun, a: SesameAction, reason: string) => {
      const res = step(level, r, a);
      expect(res).toMatchObject({ ok: false, reason });
      expect(res.run).toBe(r);
    };
    const run = createRun(level, 3, 'short');
    refused(run, { type: 'choose', card: 'c-phone-bill', option: 'pay-bill-on-time' }, 'wrong-phase');
    refused(run, { type: 'leave' }, 'wrong-phase');
    refused(run, { type: 'closeDay' }, 'wrong-phase');
    refused(run, { type: 'nextBeat' }, 'wrong-phase');
    const day = must(level, run, { type: 'begin' });
    refused(day, { type: 'begin' }, 'wrong-phase');
    refused(day, { type: 'choose', card: 'c-drop-pan', option: 'drop-pan' }, 'not-pending');
    refused(day, { type: 'choose', card: 'c-phone-bill', option: 'drop-pan' }, 'unknown-option');
    refused(day, { type: 'choose', card: 'c-phone-bill', option: 'rate-app' }, 'unknown-option');
    refused(day, { type: 'closeDay' }, 'decisions-left');
    refused(day, { type: 'nextDay' }, 'wrong-phase');
    const left = must(level, day, { type: 'leave' });
    refused(left, { type: 'leave' }, 'not-member');
    expect(sesameDecision(level, left)?.options.some((o) => o.id === LEAVE)).toBe(false);
  });

  it('does not offer a perk’s deposit-free option to someone without the perk', () => {
    let run = must(level, createRun(level, 1, 'full'), { type: 'begin' });
    run = { ...run, cards: ['c-bike'], answered: {} };
    expect(cardActions(level, run, 'c-bike').map((a) => a.id)).toEqual(['rent-bike-deposit', 'walk']);
    expect(step(level, run, { type: 'choose', card: 'c-bike', option: 'rent-bike-free' })).toMatchObject({ ok: false, reason: 'unknown-option' });
    const withPerk = { ...run, perks: ['bike'] };
    expect(cardActions(level, withPerk, 'c-bike').map((a) => a.id)).toEqual(['rent-bike-free', 'walk']);
  });

  it('accepts exactly the actions it offers (the saved-game schema)', () => {
    const { actions } = playBy(level, 'full', 9, [1, 0, 2, 1, 0]);
    for (const a of actions) expect(sesameRole.actionSchema.safeParse(a).success, JSON.stringify(a)).toBe(true);
    expect(actions.some((a) => a.type === 'leave')).toBe(true);
    expect(sesameRole.actionSchema.safeParse({ type: 'closeDay', extra: 1 }).success).toBe(false);
    expect(sesameRole.actionSchema.safeParse({ type: 'choose', card: 'c-rent' }).success).toBe(false);
    expect(sesameRole.actionSchema.safeParse({ type: 'choose', card: 'x'.repeat(61), option: 'skip' }).success).toBe(false);
    expect(sesameRole.actionSchema.safeParse({ type: 'rate' }).success).toBe(false);
  });
});

describe('properties', () => {
  it('keeps the score (and the FICO-like reading) within 350–950 for any choices, even with extreme weights', () => {
    fc.assert(
      fc.property(seed, route, picks, fc.constantFrom(1, 5, 30, 100), (s, r, p, k) => {
        const lv = scaled(k);
        playBy(lv, r, s, p, (_b, _a, after) => {
          expect(after.score).toBeGreaterThanOrEqual(SCORE_MIN);
          expect(after.score).toBeLessThanOrEqual(SCORE_MAX);
          expect(after.fico).toBeGreaterThanOrEqual(SCORE_MIN);
          expect(after.fico).toBeLessThanOrEqual(SCORE_MAX);
        });
      }),
      RUNS,
    );
    // The bounds are really met, so the property is not empty.
    const top = playPrefer(scaled(100), 'full', 1, chaser);
    expect(top.score).toBe(SCORE_MAX);
    const bottom = playPrefer(scaled(100), 'full', 1, (id) => -chaser(id));
    expect(bottom.score).toBe(SCORE_MIN);
    expect(applyEffects(level, 940, 360, [{ factor: 'history', points: 20 }])).toEqual({ score: 950, fico: 480, delta: 10, ficoDelta: 120 });
    expect(applyEffects(level, 355, 355, [{ factor: 'history', points: -20 }])).toMatchObject({ score: 350, delta: -5 });
  });

  it('gives the same run for the same seed and choices (and the frame’s replay agrees)', () => {
    fc.assert(
      fc.property(seed, route, picks, (s, r, p) => {
        const a = playBy(level, r, s, p);
        const b = playBy(level, r, s, p);
        expect(b.run).toEqual(a.run);
        const again = replay(level, s, r, a.actions);
        expect(again.ok && again.run).toEqual(a.run);
        const frame = frameReplay(sesameRole, level, s, r, a.actions);
        expect(frame.ok && frame.run.score).toBe(a.run.score);
      }),
      RUNS,
    );
  });

  it('adds up: the per-choice contributions sum exactly to the final score minus the start', () => {
    fc.assert(
      fc.property(seed, route, picks, fc.constantFrom(1, 7, 100), (s, r, p, k) => {
        const lv = scaled(k);
        const { run } = playBy(lv, r, s, p);
        const rows = contributions(lv, run);
        expect(rows).toHaveLength(run.taken.length);
        expect(rows.reduce((sum, c) => sum + c.total, 0)).toBe(run.score - lv.model.start);
        expect(rows.reduce((sum, c) => sum + c.fico, 0)).toBe(run.fico - lv.model.start);
      }),
      RUNS,
    );
  });

  it('blocks luxury purchases while on the court’s list, at every score, member or not', () => {
    // Reach the list by choices: the judgment ignored on day 2 of the short route.
    const listed = playPrefer(level, 'short', 4, careless, (r) => r.phase === 'day' && r.dayIndex === 2);
    expect(isListed(listed)).toBe(true);
    expect(pendingCard(listed)).toBe('c-gift');
    fc.assert(
      fc.property(fc.integer({ min: SCORE_MIN, max: SCORE_MAX }), fc.boolean(), fc.constantFrom(...level.actions.filter((a) => a.luxury).map((a) => a.id)), (score, member, luxury) => {
        const run: SesameRun = { ...listed, score, member, perks: member ? listed.perks : [], cards: ['c-any'], answered: {} };
        // Any luxury purchase, offered on the waiting card, is refused by the platform.
        const lv: SesameLevel = { ...level, cards: [...level.cards, { ...level.cards[0]!, id: 'c-any', options: [{ action: luxury }, { action: 'skip' }] }] };
        const after = must(lv, run, { type: 'choose', card: 'c-any', option: luxury });
        const t = after.taken[after.taken.length - 1]!;
        expect(t.blocked).toBe(true);
        expect(after.score).toBe(score);
        expect(after.ledger).toEqual(run.ledger);
      }),
      RUNS,
    );
    // And in any run: no luxury purchase ever goes through while listed.
    fc.assert(
      fc.property(seed, route, picks, (s, r, p) => {
        playBy(level, r, s, p, (before, action, after) => {
          if (action.type !== 'choose') return;
          const luxury = actionOf(level, action.option).luxury;
          const t = after.taken[after.taken.length - 1]!;
          expect(t.blocked).toBe(luxury && isListed(before));
          if (t.blocked) expect(after.score).toBe(before.score);
        });
      }),
      RUNS,
    );
  });

  it('leaving removes every perk and changes nothing else; no perk comes back', () => {
    fc.assert(
      fc.property(seed, route, picks, fc.nat({ max: 12 }), (s, r, p, at) => {
        let left = 0;
        playBy(
          level,
          r,
          s,
          p,
          (before, action, after) => {
            if (action.type === 'leave') {
              left++;
              expect(after.perks).toEqual([]);
              expect(after.lostOnLeaving).toEqual(before.perks);
              expect(after.leftOn).toBe(before.dayIndex);
              expect(rest(after)).toEqual(rest(before));
            }
            if (!after.member) {
              expect(after.perks).toEqual([]);
              if (!before.member) expect(after.score).toBe(before.score);
            }
          },
          at,
        );
        expect(left).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
    // With perks open: the chaser leaves on day 9 of the full route with all three, and loses all three.
    const rich = playPrefer(level, 'full', 7, chaser, (r) => r.phase === 'day' && r.dayIndex === 8);
    expect(rich.perks).toEqual(['bike', 'hotel', 'visa']);
    const gone = must(level, rich, { type: 'leave' });
    expect(gone.perks).toEqual([]);
    expect(gone.lostOnLeaving).toEqual(['bike', 'hotel', 'visa']);
    expect(gone.score).toBe(rich.score);
    expect(gone.friends).toEqual(rich.friends);
    expect(gone.badges).toEqual(rich.badges);
    expect(gone.court).toBe(rich.court);
    let end = gone;
    while (end.phase !== 'debrief') {
      const card = pendingCard(end);
      end = must(level, end, card ? { type: 'choose', card, option: cardActions(level, end, card)[0]!.id } : sesameRole.advance(level, end)!);
      expect(end.perks).toEqual([]);
    }
  });

  it('offers 2–3 cards a day and 2–6 options a card, whatever happened before', () => {
    fc.assert(
      fc.property(seed, route, picks, (s, r, p) => {
        playBy(level, r, s, p, (before, action, after) => {
          if ((action.type === 'begin' || action.type === 'nextDay') && after.phase === 'day') {
            expect(after.cards.length).toBeGreaterThanOrEqual(2);
            expect(after.cards.length).toBeLessThanOrEqual(3);
            expect(new Set(after.cards).size).toBe(after.cards.length);
          }
          const d = sesameDecision(level, before);
          if (d) {
            expect(d.options.length).toBeGreaterThanOrEqual(2);
            expect(d.options.length).toBeLessThanOrEqual(6);
            expect(new Set(d.options.map((o) => o.id)).size).toBe(d.options.length);
          }
        });
      }),
      RUNS,
    );
  });
});

describe('choices carry forward', () => {
  it('a dropped friend never comes back, and the cards about them stop coming', () => {
    const run = playPrefer(level, 'full', 7, chaser);
    expect(run.dropped).toEqual(expect.arrayContaining(['pan-jun', 'he-xiulan']));
    for (const id of run.dropped) expect(run.friends).not.toContain(id);
    const after = run.taken.filter((t) => t.day > run.taken.find((x) => x.action === 'drop-pan')!.day).map((t) => t.card);
    expect(after).not.toContain('c-pan-help');
    // Even if every card could come again, none about a dropped friend would.
    for (let d = 0; d < run.dayIds.length; d++) {
      const cards = dayCards(level, { ...run, seen: [] }, d);
      for (const c of ['c-drop-pan', 'c-pan-help', 'c-drop-he', 'c-he-help']) expect(cards).not.toContain(c);
    }
  });

  it('a late bill keeps weighing at every day end after it', () => {
    let run = must(level, createRun(level, 2, 'full'), { type: 'begin' });
    run = must(level, run, { type: 'choose', card: 'c-phone-bill', option: 'pay-bill-late' });
    const late = run.taken[0]!;
    const drag = Math.round(level.factors.find((f) => f.id === 'history')!.weight.value * -1);
    while (run.phase !== 'reveal') {
      const card = pendingCard(run);
      run = must(level, run, card ? { type: 'choose', card, option: cardActions(level, run, card).find((a) => !a.lingers)!.id } : sesameRole.advance(level, run)!);
    }
    const lingers = run.ledger.filter((e) => e.from === late.index && e.kind === 'linger');
    expect(lingers.map((e) => e.day)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(lingers.every((e) => e.delta === drag)).toBe(true);
    expect(run.log[1]!.lingering).toEqual([{ from: late.index, delta: drag }]);
    expect(run.log[0]!.notifications).toContain('n-late');
  });

  it('the leaderboard reacts to sharing: competitive friends share back and climb', () => {
    const base = playPrefer(level, 'short', 5, (id) => (id === 'share-score' ? 50 : 0), (r) => r.phase === 'evening' && r.dayIndex === 1);
    const quiet = playPrefer(level, 'short', 5, (id) => (id === 'share-score' ? -50 : 0), (r) => r.phase === 'evening' && r.dayIndex === 1);
    expect(base.shares).toBe(1);
    expect(quiet.shares).toBe(0);
    expect(base.friendScores['chen-yaqin']).toBe(720 + level.leaderboard.shareRise);
    expect(quiet.friendScores['chen-yaqin']).toBe(720);
    expect(base.log[1]!.reactions).toEqual(['chen-yaqin']);
    expect(base.log[1]!.notifications).toContain('n-shared');
    expect(quiet.log[1]!.notifications).not.toContain('n-shared');
  });

  it('a perk used changes what comes next', () => {
    const run = playPrefer(level, 'full', 7, chaser);
    const used = run.taken.find((t) => t.action === 'book-hotel-free')!;
    const review = run.taken.find((t) => t.card === 'c-hotel-review')!;
    expect(review.day).toBe(used.day + 1);
    expect(run.taken.some((t) => t.card === 'c-trip-hotel')).toBe(true);
    const honest = playPrefer(level, 'full', 7, (id) => (actionOf(level, id).scoreOnly ? -10 : 0) + (id === 'pay-judgment' ? 20 : 0) + (id === 'pay-bill-on-time' ? 5 : 0));
    expect(honest.taken.some((t) => t.card === 'c-hotel-review')).toBe(false);
  });

  it('trying to rate the app back changes nothing: the app offers no such thing', () => {
    const run = playPrefer(level, 'short', 1, (id) => (id === 'rate-app' ? 50 : 0), (r) => r.phase === 'evening' && r.dayIndex === 2);
    const t = run.taken.find((x) => x.action === 'rate-app')!;
    expect(t).toBeDefined();
    expect(run.ledger.filter((e) => e.from === t.index)).toEqual([]);
  });

  it('after leaving, only the app’s “come back” message arrives, and the score stays put', () => {
    let run = must(level, createRun(level, 3, 'short'), { type: 'begin' });
    run = must(level, run, { type: 'leave' });
    const score = run.score;
    while (run.phase !== 'reveal') {
      const card = pendingCard(run);
      run = must(level, run, card ? { type: 'choose', card, option: cardActions(level, run, card)[0]!.id } : sesameRole.advance(level, run)!);
    }
    expect(run.score).toBe(score);
    expect(run.log[0]!.notifications).toEqual(['n-miss-you']);
    expect(run.log.slice(1).every((l) => l.notifications.length === 0)).toBe(true);
    expect(run.log.every((l) => l.tip === null)).toBe(true);
    // Cards that are the app's own prompts stop; life goes on.
    const later = run.taken.filter((t) => t.day > 0).map((t) => level.cards.find((c) => c.id === t.card)!);
    expect(later.length).toBeGreaterThanOrEqual(4);
    for (const c of later) expect(c.when, c.id).not.toEqual({ is: 'member' });
  });

  it('the reveal has its beats, then the debrief', () => {
    const { run } = playBy(level, 'short', 1, [0]);
    expect(run.phase).toBe('debrief');
    let r = playPrefer(level, 'short', 1, () => 0, (x) => x.phase === 'reveal');
    for (let i = 0; i < BEATS.length; i++) {
      expect(r.beat).toBe(i);
      expect(sesameRole.advance(level, r)).toEqual({ type: 'nextBeat' });
      r = must(level, r, { type: 'nextBeat' });
    }
    expect(r.phase).toBe('debrief');
    expect(sesameRole.advance(level, r)).toBeNull();
    expect(sesameRole.progress(level, r)).toEqual({ unit: 'day', index: 3, total: 3 });
  });
});
