import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Registry } from '../../src/core/registry';
import { parseParams } from '../../src/core/params';
import {
  checkCsv,
  checkJson,
  checkRows,
  choicesOf,
  compareGroups,
  countVotes,
  emptyCheck,
  readResultFile,
  resultFile,
  type Group,
} from '../../src/core/workshop';
import { createAppStore } from '../../src/state/store';
import { coinLevel, coinRole, type CoinAction } from '../fixtures/coin-role';
import { memory } from '../fixtures/memory-storage';

const REGISTRY: Registry = [coinRole];
const level = coinLevel();
const week = (sides: ('heads' | 'tails')[]): CoinAction[] => [{ type: 'begin' }, ...sides.flatMap((side) => [{ type: 'guess', side } as const, { type: 'next' } as const])];

describe('room votes', () => {
  const decision = coinRole.decision(level, coinRole.step(level, coinRole.create(level, 1, 'full'), { type: 'begin' }).run)!;

  it('count hands per option, with the leaders and each share', () => {
    expect(countVotes(decision, { heads: 12, tails: 8 })).toEqual({
      total: 20,
      leaders: ['heads'],
      shares: [
        { id: 'heads', count: 12, share: 0.6 },
        { id: 'tails', count: 8, share: 0.4 },
      ],
    });
  });

  it('name every leader on a tie, none when nobody voted, and ignore negative or fractional counts', () => {
    expect(countVotes(decision, { heads: 3, tails: 3 }).leaders).toEqual(['heads', 'tails']);
    expect(countVotes(decision, {}).leaders).toEqual([]);
    expect(countVotes(decision, { heads: -4, tails: 2.7 })).toMatchObject({ total: 2, leaders: ['tails'] });
  });

  it('shares always add up to one when anyone voted', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), (h, t) => {
        const r = countVotes(decision, { heads: h, tails: t });
        if (r.total) expect(r.shares.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1);
      }),
      { seed: 3, numRuns: 100 },
    );
  });
});

describe('groups compared', () => {
  it('reads which option each decision took', () => {
    expect(choicesOf(coinRole, level, 5, 'full', week(['heads', 'tails', 'heads']))).toEqual([
      { decision: 'flip-1', option: 'heads' },
      { decision: 'flip-2', option: 'tails' },
      { decision: 'flip-3', option: 'heads' },
    ]);
  });

  it('sets groups side by side, decision by decision, marking where they differ', () => {
    const g = (name: string, sides: ('heads' | 'tails')[]): Group => ({ name, role: 'coin', levelId: level.id, seed: 5, route: 'full', actions: week(sides) });
    const rows = compareGroups(coinRole, level, [g('A', ['heads', 'tails', 'heads']), g('B', ['heads', 'heads']), g('C', ['heads', 'tails', 'tails'])]);
    expect(rows).toEqual([
      { decision: 'flip-1', picks: ['heads', 'heads', 'heads'], differs: false },
      { decision: 'flip-2', picks: ['tails', 'heads', 'tails'], differs: true },
      { decision: 'flip-3', picks: ['heads', null, 'tails'], differs: true },
    ]);
  });

  it('a group played through the store is saved and compared (two groups on one device)', () => {
    const store = createAppStore({ registry: REGISTRY, params: parseParams('?role=coin&seed=000005', REGISTRY), storage: memory(), defaultLang: 'en', randomSeed: () => 1 });
    store.getState().levelLoaded('coin', { ok: true, level });
    for (const a of week(['heads', 'heads', 'heads'])) store.getState().act('coin', a);
    expect(store.getState().saveGroup('coin', 'Group A')).toBe(true);
    store.getState().startNew('coin', 5);
    for (const a of week(['tails', 'heads', 'heads'])) store.getState().act('coin', a);
    store.getState().saveGroup('coin', 'Group B');
    const rows = compareGroups(coinRole, level, store.getState().workshop.groups);
    expect(rows.filter((r) => r.differs).map((r) => r.decision)).toEqual(['flip-1']);
  });
});

describe('result files', () => {
  const group: Group = { name: 'Table 3', role: 'coin', levelId: level.id, seed: 9, route: 'short', actions: week(['tails']) };
  const read = (text: string) => readResultFile(REGISTRY, text, 'r.json', () => level);

  it('round-trip a group’s week', () => {
    expect(read(resultFile(group))).toEqual({ ok: true, group });
  });

  const bad: [string, string, RegExp][] = [
    ['not JSON', '{oops', /^r\.json: not valid JSON/],
    ['another format', JSON.stringify({ format: 'other' }), /^r\.json: format: /],
    ['an unknown role', resultFile({ ...group, role: 'dice' }), /^r\.json: role: unknown role "dice"/],
    ['actions the role does not have', resultFile({ ...group, actions: [{ type: 'fly' }] }), /^r\.json: actions\[0\]/],
    ['a week the rules refuse', resultFile({ ...group, actions: [{ type: 'next' }] }), /^r\.json: actions\[0\]: the rules refuse this step/],
    ['another level', resultFile({ ...group, levelId: 'coin-9' }), /^r\.json: levelId: this week was played on level "coin-9"/],
    ['a huge file', ' '.repeat(300_000), /^r\.json: the file is 300000 bytes/],
    ['a long group name', resultFile({ ...group, name: 'x'.repeat(80) }), /^r\.json: group: /],
  ];
  for (const [what, text, message] of bad) it(`refuse ${what}, saying why`, () => {
    const r = read(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(message);
  });
});

describe('the before-and-after check', () => {
  const sheet = { ...emptyCheck(['a', 'b']), before: { a: { myth: 6, reality: 4 } }, after: { a: { myth: 9, reality: 1 }, b: { myth: 2, reality: 8 } } };
  const rows = checkRows(sheet, (id) => (id === 'a' ? 'myth' : 'reality'));

  it('shows the share of right answers before and after', () => {
    expect(rows).toEqual([
      { statement: 'a', verdict: 'myth', before: { myth: 6, reality: 4 }, after: { myth: 9, reality: 1 }, rightBefore: 0.6, rightAfter: 0.9 },
      { statement: 'b', verdict: 'reality', before: { myth: 0, reality: 0 }, after: { myth: 2, reality: 8 }, rightBefore: null, rightAfter: 0.8 },
    ]);
  });

  it('exports counts only, and says so in the first line', () => {
    const csv = checkCsv(rows);
    expect(csv.split('\n')[0]).toMatch(/^# .*Counts of answers only: no names, no free text, nothing that identifies a person\./);
    expect(csv.split('\n').slice(1, 4)).toEqual(['statement,answer_is,before_myth,before_reality,after_myth,after_reality', 'a,myth,6,4,9,1', 'b,reality,0,0,2,8']);
    const json = JSON.parse(checkJson(rows));
    expect(json.about).toMatch(/Counts of answers only/);
    expect(Object.keys(json.statements[0]).sort()).toEqual(['after', 'answerIs', 'before', 'statement']);
  });
});
