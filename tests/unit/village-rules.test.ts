import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { replay } from '../../src/core/role';
import { villageDecision, villageRole } from '../../src/core/village/role';
import {
  choiceFor, createRun, firedEvents, holds, pendingDeed, planRun, pointsOf, postedBoard, placeChanges, rankTallies, reactions, standings, step,
  villagerStates, REVEAL_BEATS, type Tally, type VillageAction, type VillageRun,
} from '../../src/core/village/rules';
import { byPicks, playThrough, tinyLevel } from '../fixtures/tiny-level';

const level = tinyLevel();
const seeds = fc.integer({ min: 0, max: 2 ** 32 - 1 });
const picks = fc.array(fc.nat({ max: 20 }), { minLength: 1, maxLength: 12 });

function mustStep(run: VillageRun, action: VillageAction): VillageRun {
  const r = step(level, run, action);
  if (!r.ok) throw new Error(`refused ${JSON.stringify(action)}: ${r.reason}`);
  return r.run;
}

/** Begin, decide every deed of the day with `choose`, close the day. */
function playDay(run: VillageRun, choose: (id: string) => VillageAction): VillageRun {
  let r = run.phase === 'intro' ? mustStep(run, { type: 'begin' }) : run;
  for (let id = pendingDeed(r); id; id = pendingDeed(r)) r = mustStep(r, choose(id));
  return mustStep(r, { type: 'closeDay' });
}

const score = (points: number) => (deedId: string): VillageAction => ({ type: 'score', deedId, points });

describe('planning a week', () => {
  it('is the same for the same seed, puts the lead deed first and always includes the fixed deeds (property)', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const a = planRun(level, seed, 'full');
        expect(planRun(level, seed, 'full')).toEqual(a);
        expect(a.dayIds).toEqual(['d1', 'd2']);
        expect(a.baseline[0]?.[0]).toBe('give');
        expect(a.baseline[0]).toHaveLength(4);
        expect(a.baseline[0]).toEqual(expect.arrayContaining(['help', 'rumour']));
        expect(a.baseline[1]?.slice().sort()).toEqual(['ask', 'gossip', 'litter']);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('draws different deeds for different seeds', () => {
    const picked = new Set<string>();
    for (let seed = 0; seed < 40; seed++) planRun(level, seed, 'full').baseline[0]?.forEach((id) => picked.add(id));
    expect(picked.has('x1') && picked.has('x2')).toBe(true);
  });

  it('follows the short route', () => {
    expect(createRun(level, 1, 'short').dayIds).toEqual(['d2', 'd3']);
  });
});

describe('deciding a deed', () => {
  it('refuses actions out of turn, with a reason, and leaves the run as it was', () => {
    const intro = createRun(level, 7, 'full');
    expect(step(level, intro, { type: 'score', deedId: 'give', points: 2 })).toMatchObject({ ok: false, reason: 'wrong-phase', run: intro });
    const run = mustStep(intro, { type: 'begin' });
    expect(step(level, run, { type: 'closeDay' })).toMatchObject({ ok: false, reason: 'day-unfinished' });
    expect(step(level, run, { type: 'nextDay' })).toMatchObject({ ok: false, reason: 'wrong-phase' });
    expect(step(level, run, { type: 'nextBeat' })).toMatchObject({ ok: false, reason: 'wrong-phase' });
    expect(step(level, run, { type: 'score', deedId: 'litter', points: 2 })).toMatchObject({ ok: false, reason: 'not-today' });
    expect(step(level, run, { type: 'score', deedId: 'give', points: 3 })).toMatchObject({ ok: false, reason: 'not-an-option' });
    expect(step(level, run, { type: 'favour', deedId: 'give' })).toMatchObject({ ok: false, reason: 'no-favour' });
    const scored = mustStep(run, { type: 'score', deedId: 'give', points: 10 });
    expect(step(level, scored, { type: 'decline', deedId: 'give' })).toMatchObject({ ok: false, reason: 'already-decided' });
  });

  it('counts a favour as followed only through "Do as asked", which records exactly what was asked', () => {
    let run = playDay(createRun(level, 3, 'full'), score(2));
    run = mustStep(run, { type: 'nextDay' });
    expect(step(level, run, { type: 'score', deedId: 'ask', points: 7 })).toMatchObject({ ok: false, reason: 'not-an-option' });
    const followed = mustStep(run, { type: 'favour', deedId: 'ask' });
    expect(choiceFor(followed, 'ask')).toEqual({ deedId: 'ask', day: 1, kind: 'favour', points: 7 });
    expect(holds(level, followed, { is: 'favourFollowed', deed: 'ask' })).toBe(true);
    for (const other of [{ type: 'score', deedId: 'ask', points: 10 }, { type: 'decline', deedId: 'ask' }] as VillageAction[]) {
      const r = mustStep(run, other);
      expect(holds(level, r, { is: 'favourFollowed', deed: 'ask' })).toBe(false);
      expect(holds(level, r, { is: 'favourRefused', deed: 'ask' })).toBe(true);
    }
  });

  it('the grid giving what a favour asked is still not following it', () => {
    // "rumour" asks −10, which the grid also offers.
    const run = mustStep(createRun(level, 3, 'full'), { type: 'begin' });
    const r = mustStep(run, { type: 'score', deedId: 'rumour', points: -10 });
    expect(choiceFor(r, 'rumour')?.kind).toBe('points');
    expect(holds(level, r, { is: 'favourRefused', deed: 'rumour' })).toBe(true);
    expect(holds(level, r, { is: 'given', deed: 'rumour', atMost: -1 })).toBe(true);
  });

  it('offers each point value, "Do as asked" only on favour cards, and decline: never more than 6 options', () => {
    let run = mustStep(createRun(level, 3, 'full'), { type: 'begin' });
    const plain = villageDecision(level, run);
    expect(plain?.id).toBe('give');
    expect(plain?.options.map((o) => o.id)).toEqual(['-10', '-2', '+2', '+10', 'decline']);
    expect(plain?.options[0]?.label).toEqual({ key: 'village.pointsOption', params: { points: -10 } });
    run = mustStep(run, { type: 'score', deedId: 'give', points: 10 });
    while (pendingDeed(run) !== 'rumour') run = mustStep(run, { type: 'decline', deedId: pendingDeed(run) as string });
    const favour = villageDecision(level, run);
    expect(favour?.options.map((o) => o.id)).toEqual(['-10', '-2', '+2', '+10', 'favour', 'decline']);
    expect(favour?.options[4]).toEqual({ id: 'favour', action: { type: 'favour', deedId: 'rumour' }, label: { key: 'village.doAsAsked', params: { points: -10, from: 'b' } } });
  });
});

describe('the board and its tie rule', () => {
  const tally = fc.record({ points: fc.integer({ min: -3, max: 3 }).map((n) => n * 5), deductions: fc.integer({ min: 0, max: 2 }).map((n) => n * 5), first: fc.nat({ max: 3 }) });

  it('names exactly min(N, people with points) model citizens, in a strict order (property)', () => {
    fc.assert(
      fc.property(fc.array(tally, { minLength: 4, maxLength: 4 }), (ts) => {
        const map = new Map<string, Tally>(level.villagers.map((v, i) => [v.id, ts[i] as Tally]));
        const board = rankTallies(level, map);
        expect(board.map((e) => e.place)).toEqual([1, 2, 3, 4]);
        const positive = ts.filter((x) => x.points > 0).length;
        expect(board.filter((e) => e.modelCitizen)).toHaveLength(Math.min(level.board.modelCitizens.count, positive));
        board.forEach((cur, i) => {
          const prev = board[i - 1];
          if (cur.modelCitizen) expect(cur.points).toBeGreaterThan(0);
          if (cur.modelCitizen && prev) expect(prev.modelCitizen).toBe(true);
          if (!prev) return expect(cur.tieBrokenBy).toBeNull();
          expect(prev.points).toBeGreaterThanOrEqual(cur.points);
          if (prev.points !== cur.points) return expect(cur.tieBrokenBy).toBeNull();
          expect(prev.deductions).toBeLessThanOrEqual(cur.deductions);
          expect(cur.tieBrokenBy).toBe(prev.deductions < cur.deductions ? 'deductions' : 'order');
        });
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('breaks an equal score by fewer deductions, then by who was written in the ledger first', () => {
    const t = (points: number, deductions: number, first: number): Tally => ({ points, deductions, first });
    const board = rankTallies(level, new Map([['a', t(10, 0, 2)], ['b', t(10, 5, 0)], ['c', t(10, 0, 1)], ['d', t(0, 0, Infinity)]]));
    expect(board.map((e) => `${e.villager.id}:${e.tieBrokenBy}`)).toEqual(['c:null', 'a:order', 'b:deductions', 'd:null']);
    expect(board.filter((e) => e.modelCitizen).map((e) => e.villager.id)).toEqual(['c', 'a']);
  });

  it('is posted when a day closes: during a day it shows the day before', () => {
    let run = mustStep(createRun(level, 11, 'full'), { type: 'begin' });
    expect(postedBoard(level, run).every((e) => e.points === 0)).toBe(true);
    run = mustStep(run, { type: 'score', deedId: 'give', points: 10 });
    expect(postedBoard(level, run).every((e) => e.points === 0)).toBe(true);
    for (let id = pendingDeed(run); id; id = pendingDeed(run)) run = mustStep(run, { type: 'decline', deedId: id });
    run = mustStep(run, { type: 'closeDay' });
    expect(postedBoard(level, run)[0]).toMatchObject({ points: 10, place: 1, modelCitizen: true });
    run = mustStep(run, { type: 'nextDay' });
    run = mustStep(run, { type: pendingDeed(run) === 'litter' ? 'score' : 'decline', deedId: pendingDeed(run) as string, points: -10 } as VillageAction);
    expect(postedBoard(level, run)).toEqual(standings(level, run, 0));
  });

  it('reports who moved up and down over a day', () => {
    let run = playDay(createRun(level, 11, 'full'), score(2));
    run = mustStep(run, { type: 'nextDay' });
    run = playDay(run, (id) => (id === 'ask' ? { type: 'score', deedId: id, points: 10 } : { type: 'decline', deedId: id }));
    const before = standings(level, run, 0).find((e) => e.villager.id === 'c')!;
    const after = standings(level, run, 1).find((e) => e.villager.id === 'c')!;
    expect(placeChanges(level, run).get('c')).toBe(before.place - after.place);
    expect(placeChanges(level, run).get('c')).toBeGreaterThan(0);
  });
});

describe('villagers remember', () => {
  it('docked on hearsay: Ann is angry and holds a grievance; Bo, who asked, is pleased', () => {
    const run = mustStep(mustStep(createRun(level, 3, 'full'), { type: 'begin' }), { type: 'favour', deedId: 'rumour' });
    expect(reactions(level, { deedId: 'rumour', kind: 'favour', points: -10 })).toEqual([
      { villager: 'a', reaction: 'angry', why: 'ownDeed' },
      { villager: 'b', reaction: 'pleased', why: 'askedFavour' },
    ]);
    const ann = villagerStates(level, run).find((s) => s.villager.id === 'a')!;
    expect(ann).toMatchObject({ points: -10, mood: 'grievance', dockedOnHearsay: ['rumour'], reportsNeighbours: true });
    const bo = villagerStates(level, run).find((s) => s.villager.id === 'b')!;
    expect(bo).toMatchObject({ mood: 'gratitude', favours: [{ deedId: 'rumour', followed: true }] });
  });

  it('a favour refused leaves the asker aggrieved; a bad deed let go leaves its doer grateful', () => {
    let run = mustStep(createRun(level, 3, 'full'), { type: 'begin' });
    run = mustStep(run, { type: 'decline', deedId: 'rumour' });
    expect(villagerStates(level, run).find((s) => s.villager.id === 'b')?.mood).toBe('grievance');
    expect(villagerStates(level, run).find((s) => s.villager.id === 'a')?.mood).toBe('gratitude');
    expect(reactions(level, { deedId: 'litter', kind: 'decline', points: 0 })).toEqual([{ villager: 'b', reaction: 'grateful', why: 'ownDeed' }]);
    expect(reactions(level, { deedId: 'litter', kind: 'points', points: -2 })).toEqual([{ villager: 'b', reaction: 'hurt', why: 'ownDeed' }]);
    expect(reactions(level, { deedId: 'help', kind: 'points', points: 2 })).toEqual([{ villager: 'b', reaction: 'pleased', why: 'ownDeed' }]);
  });

  it('the unseen villager stays outside every record', () => {
    const { run } = playThrough(level, 5, 'full', byPicks([3, 1, 4, 1, 5]));
    const dee = villagerStates(level, run).find((s) => s.villager.id === 'd')!;
    expect(dee).toMatchObject({ seen: false, memories: [], points: 0, modelCitizen: false, reportsNeighbours: false });
  });
});

describe('follow-up events', () => {
  it('a docked rumour brings the protest card first thing next morning; restoring points brings thanks', () => {
    let run = playDay(createRun(level, 3, 'full'), (id) => (id === 'rumour' ? { type: 'favour', deedId: id } : { type: 'score', deedId: id, points: 2 }));
    run = mustStep(run, { type: 'nextDay' });
    expect(run.days[1]).toMatchObject({ cards: ['ann-protests'] });
    expect(run.days[1]?.deeds[0]).toBe('protest');
    run = playDay(run, (id) => (id === 'protest' ? { type: 'score', deedId: id, points: 10 } : { type: 'decline', deedId: id }));
    expect(run.days[1]?.scenes).toContain('ann-thanks');
  });

  it('someone aggrieved stops reporting: the deeds they would report no longer arrive', () => {
    // Refusing Bo's rumour favour aggrieves him; his scene fires and his gossip about Cai never comes.
    let run = playDay(createRun(level, 3, 'full'), (id) => (id === 'rumour' ? { type: 'decline', deedId: id } : { type: 'score', deedId: id, points: 2 }));
    expect(run.days[0]?.scenes).toEqual(['bo-quiet']);
    run = mustStep(run, { type: 'nextDay' });
    expect(run.days[1]?.deeds).not.toContain('gossip');
    expect(run.days[1]?.dropped).toEqual(['gossip']);
    expect(villagerStates(level, run).find((s) => s.villager.id === 'b')?.reportsNeighbours).toBe(false);
    // Following it keeps Bo talking.
    let other = playDay(createRun(level, 3, 'full'), (id) => (id === 'rumour' ? { type: 'favour', deedId: id } : { type: 'score', deedId: id, points: 2 }));
    other = mustStep(other, { type: 'nextDay' });
    expect(other.days[1]?.deeds).toContain('gossip');
  });

  it('never repeat within a run, respect the caps and only fire when their condition held (property)', () => {
    fc.assert(
      fc.property(seeds, picks, fc.constantFrom('full' as const, 'short' as const), (seed, p, route) => {
        const { run } = playThrough(level, seed, route, byPicks(p));
        const fired = firedEvents(run);
        expect(new Set(fired).size).toBe(fired.length);
        const deeds = run.days.flatMap((d) => d.deeds);
        expect(new Set(deeds).size).toBe(deeds.length);
        run.days.forEach((d, day) => {
          expect(d.cards.length).toBeLessThanOrEqual(level.followUps.cardsPerDay);
          expect(d.scenes.length).toBeLessThanOrEqual(level.followUps.scenesPerBoard);
          // Replaying up to the close of that day, each scene's condition held there.
          const upTo: VillageRun = { ...run, days: run.days.slice(0, day + 1).map((x, i) => (i === day ? { ...x, scenes: [] } : x)), choices: run.choices.filter((c) => c.day <= day) };
          for (const id of d.scenes) expect(holds(level, upTo, level.events.find((e) => e.id === id)!.when)).toBe(true);
        });
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('a whole week through the role', () => {
  it('declares every phase it enters; advance and decision always offer an action step() accepts (property)', () => {
    const declared = new Set(villageRole.phases.map((p) => p.id));
    fc.assert(
      fc.property(seeds, picks, fc.constantFrom('full' as const, 'short' as const), (seed, p, route) => {
        let run = villageRole.create(level, seed, route);
        const choose = byPicks(p);
        const beats: number[] = [];
        while (villageRole.phase(run) !== 'debrief') {
          expect(declared.has(villageRole.phase(run))).toBe(true);
          const d = villageRole.decision(level, run);
          const adv = villageRole.advance(level, run);
          expect(d === null).toBe(adv !== null);
          if (d) {
            expect(d.options.length).toBeLessThanOrEqual(6);
            for (const o of d.options) expect(villageRole.step(level, run, o.action).ok).toBe(true);
          }
          const progress = villageRole.progress(level, run);
          expect(progress.index).toBeGreaterThanOrEqual(1);
          expect(progress.index).toBeLessThanOrEqual(progress.total);
          if (run.phase === 'reveal') beats.push(run.beat);
          const r = villageRole.step(level, run, d ? choose(d) : (adv as VillageAction));
          expect(r.ok).toBe(true);
          run = r.run;
        }
        expect(beats).toEqual(REVEAL_BEATS.map((_, i) => i));
        expect(villageRole.advance(level, run)).toBeNull();
        expect(villageRole.progress(level, run)).toEqual({ unit: 'day', index: run.dayIds.length, total: run.dayIds.length });
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('the same seed and choices give the same week; replaying the saved actions reproduces the run (property)', () => {
    fc.assert(
      fc.property(seeds, picks, (seed, p) => {
        const a = playThrough(level, seed, 'full', byPicks(p));
        const b = playThrough(level, seed, 'full', byPicks(p));
        expect(b.run).toEqual(a.run);
        const saved = JSON.parse(JSON.stringify(a.actions)) as unknown[];
        for (const action of saved) expect(villageRole.actionSchema.safeParse(action).success).toBe(true);
        expect(replay(villageRole, level, seed, 'full', saved as VillageAction[])).toEqual({ ok: true, run: a.run });
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('adds up points per villager from the choices (property)', () => {
    fc.assert(
      fc.property(seeds, picks, (seed, p) => {
        const { run } = playThrough(level, seed, 'full', byPicks(p));
        const total = [...pointsOf(level, run).values()].reduce((s, n) => s + n, 0);
        expect(total).toBe(run.choices.reduce((s, c) => s + c.points, 0));
        expect(pointsOf(level, run).get('d')).toBe(0);
      }),
      { seed: 42, numRuns: 100 },
    );
  });

  it('a refused step in a saved list is reported at its index', () => {
    const { actions } = playThrough(level, 5, 'full', byPicks([0]));
    const close = actions.findIndex((a) => a.type === 'closeDay');
    const broken = [...actions.slice(0, close - 1), ...actions.slice(close)];
    expect(replay(villageRole, level, 5, 'full', broken)).toMatchObject({ ok: false, at: close - 1, reason: 'day-unfinished' });
    expect(replay(villageRole, level, 5, 'full', [...actions, { type: 'nextBeat' }])).toMatchObject({ ok: false, at: actions.length, reason: 'wrong-phase' });
    const skipReveal = actions.filter((a) => a.type !== 'nextBeat');
    expect(replay(villageRole, level, 5, 'full', skipReveal)).toMatchObject({ ok: true });
    expect(villageRole.phase((replay(villageRole, level, 5, 'full', skipReveal) as { run: VillageRun }).run)).toBe('reveal');
  });

  it('the action schema takes exactly the role’s actions', () => {
    const ok: unknown[] = [{ type: 'begin' }, { type: 'score', deedId: 'a', points: -5 }, { type: 'favour', deedId: 'a' }, { type: 'decline', deedId: 'a' }, { type: 'closeDay' }, { type: 'nextDay' }, { type: 'nextBeat' }];
    for (const a of ok) expect(villageRole.actionSchema.safeParse(a).success, JSON.stringify(a)).toBe(true);
    const bad: unknown[] = [{ type: 'toCities' }, { type: 'favour', deedId: 'a', points: 10 }, { type: 'score', deedId: 'a', points: 1.5 }, { type: 'decline', deedId: 'x'.repeat(61) }, { type: 'begin', extra: 1 }];
    for (const a of bad) expect(villageRole.actionSchema.safeParse(a).success, JSON.stringify(a)).toBe(false);
  });
});
