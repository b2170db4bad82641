import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Decision } from '../../src/core/role';
import type { VillageAction } from '../../src/core/village/rules';
import { currentBeat, debriefMoments, eventLog, followUpsOn, modelBeat, pressuresBeat, ratioOf, rerankedBeat, valuesBeat } from '../../src/core/village/reveal';
import { villageRole } from '../../src/core/village/role';
import { createRun } from '../../src/core/village/rules';
import { byPicks, playThrough, tinyLevel } from '../fixtures/tiny-level';

const level = tinyLevel();

/** A chooser by deed: option id per deed, decline for anything else. */
const by = (want: Record<string, string>) => (d: Decision<VillageAction>) =>
  (d.options.find((o) => o.id === (want[d.id] ?? 'decline')) ?? d.options.at(-1)!).action;

describe('ratios said the way people say them', () => {
  it('turns a ratio below 1 round: "fifteen times less", never "0.1 times"', () => {
    expect(ratioOf(30, 10)).toEqual({ factor: 3, direction: 'more' });
    expect(ratioOf(2, 30)).toEqual({ factor: 15, direction: 'less' });
    expect(ratioOf(10, 10)).toEqual({ factor: 1, direction: 'same' });
    expect(ratioOf(10, 30)).toEqual({ factor: 3, direction: 'less' });
    expect(ratioOf(0, 10)).toBeNull();
    expect(ratioOf(10, -5)).toBeNull();
  });

  it('always gives a factor of at least 1 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (a, b) => {
        const r = ratioOf(a, b)!;
        expect(r.factor).toBeGreaterThanOrEqual(1);
        expect(r.direction === 'same').toBe(a === b);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('the reveal, beat by beat', () => {
  // Ann's giving (report: 30) gets +2, Bo's helping (report: 2) gets +10; Cai's favour followed; the rumour docked as Bo asked.
  const { run } = playThrough(level, 4, 'full', by({ give: '+2', help: '+10', ask: 'favour', rumour: 'favour', x1: '+2', x2: '+2' }));

  it('(a) sets the report’s values against the player’s week, with the comparison phrased both ways', () => {
    const a = valuesBeat(level, run);
    expect(a.rows.map((r) => [r.deedId, r.reportPoints, r.choice.points])).toEqual([['give', 30, 2], ['help', 2, 10]]);
    expect(a.reportTotal).toBe(32);
    expect(a.yourTotal).toBe(12);
    expect(a.comparisons).toHaveLength(1);
    expect(a.comparisons[0]).toMatchObject({ report: { factor: 15, direction: 'more' }, player: { factor: 5, direction: 'less' } });
    expect(a.text).toBe(level.reveal.values);
  });

  it('(b) re-ranks the board under those values', () => {
    const b = rerankedBeat(level, run);
    const place = (board: typeof b.yours, id: string) => board.find((e) => e.villager.id === id)!.place;
    expect(b.yours.find((e) => e.villager.id === 'b')!.points).toBe(10 + (run.choices.some((c) => c.deedId === 'x2') ? 2 : 0));
    expect(b.report.find((e) => e.villager.id === 'a')!.points).toBeGreaterThan(b.yours.find((e) => e.villager.id === 'a')!.points);
    expect(place(b.report, 'a')).toBe(1);
    expect(b.moves.find((m) => m.villagerId === 'a')).toEqual({ villagerId: 'a', yours: place(b.yours, 'a'), report: 1 });
  });

  it('(c) says who would have been a model citizen and who would not', () => {
    const c = modelBeat(level, run);
    expect(c.count).toBe(2);
    expect(c.yours).toHaveLength(2);
    expect(c.report).toHaveLength(2);
    expect(c.report[0]).toBe('a');
    expect(new Set([...c.gained, ...c.kept])).toEqual(new Set(c.report));
    expect(new Set([...c.lost, ...c.kept])).toEqual(new Set(c.yours));
    expect(c.tieRule).toBe(level.board.tieRule);
  });

  it('(d) lists favours followed, hearsay scored and the villager never seen', () => {
    const d = pressuresBeat(level, run);
    expect(d.favours.map((f) => [f.deedId, f.from, f.outcome, f.points])).toEqual([['rumour', 'b', 'followed', -10], ['ask', 'c', 'followed', 7]]);
    expect(d.followed).toBe(2);
    expect(d.hearsay.map((h) => [h.deedId, h.reportedBy, h.outcome])).toEqual([
      ['rumour', 'b', 'scored'],
      ...(run.days[1]!.deeds.includes('gossip') ? [['gossip', 'b', 'declined']] : []),
    ]);
    expect(d.unseen.map((v) => v.id)).toEqual(['d']);
    expect(d.pointsToConnected).toBe(7);
  });

  it('the debrief quotes this week’s own moments, each beside the report’s finding', () => {
    const moments = debriefMoments(level, run);
    expect(moments.map((m) => m.kind)).toEqual(['favourFollowed', 'gossipScored', 'protest', 'reward', 'gossipDeclined', 'unseen'].filter((k) => k !== 'gossipDeclined' || run.days[1]!.deeds.includes('gossip')));
    expect(moments[0]).toMatchObject({ kind: 'favourFollowed', day: 0, deedId: 'rumour', villagerId: 'a', otherId: 'b', points: -10, finding: level.moments.favourFollowed });
    expect(moments.find((m) => m.kind === 'protest')).toMatchObject({ day: 0, eventId: 'ann-protests', deedId: 'protest', villagerId: 'a' });
    expect(moments.at(-1)).toMatchObject({ kind: 'unseen', day: -1, villagerId: 'd' });
    expect(eventLog(run).map((e) => e.eventId)).toEqual(expect.arrayContaining(['ann-protests', 'cai-top']));
  });

  it('steps through the beats one at a time, each with its own data; follow-ups are listed per day', () => {
    expect(currentBeat(level, run)).toBeNull();
    let r = { ...run, phase: 'reveal' as const, beat: 0 };
    const seen: string[] = [];
    while (r.phase === 'reveal') {
      const b = currentBeat(level, r)!;
      seen.push(b.beat);
      if (b.beat === 'values') expect(b.data).toEqual(valuesBeat(level, r));
      if (b.beat === 'pressures') expect(b.data).toEqual(pressuresBeat(level, r));
      r = villageRole.step(level, r, { type: 'nextBeat' }).run as typeof r;
    }
    expect(seen).toEqual(['values', 'reranked', 'model', 'pressures']);
    expect(r.phase).toBe('cities');
    expect(followUpsOn(level, run, 1).cards.map((e) => e.id)).toEqual(['ann-protests']);
    expect(followUpsOn(level, createRun(level, 1, 'full'), 0)).toEqual({ cards: [], scenes: [] });
  });

  it('an honest week and an obliging one on the same seed reach different moments (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const honest = playThrough(level, seed, 'full', by({ give: '+10', help: '+2', ask: '+2', rumour: 'decline' })).run;
        const obliging = playThrough(level, seed, 'full', by({ give: '+10', help: '+2', ask: 'favour', rumour: 'favour' })).run;
        const kinds = (r: typeof honest) => debriefMoments(level, r).map((m) => m.kind);
        expect(kinds(honest)).toContain('favourRefused');
        expect(kinds(honest)).not.toContain('favourFollowed');
        expect(kinds(obliging)).toContain('favourFollowed');
        expect(kinds(obliging)).toContain('protest');
        expect(eventLog(honest)).not.toEqual(eventLog(obliging));
      }),
      { seed: 42, numRuns: 100 },
    );
  });

  it('works on any week (property): beats are consistent with the final board', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 9 }), (seed, picks) => {
        const week = playThrough(level, seed, 'short', byPicks(picks)).run;
        const c = modelBeat(level, week);
        expect(c.yours.length).toBeLessThanOrEqual(level.board.modelCitizens.count);
        expect(c.report.length).toBeLessThanOrEqual(level.board.modelCitizens.count);
        expect(rerankedBeat(level, week).moves).toHaveLength(level.villagers.length);
        const kinds = debriefMoments(level, week).map((m) => m.kind);
        expect(new Set(kinds).size).toBe(kinds.length);
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
