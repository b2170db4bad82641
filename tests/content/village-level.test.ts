/**
 * The shipped village level: it parses, its facts are really in the report, its words fit their
 * budgets, its cast follows the rules, and scripted weeks (honest, obliging, pass and fail) play
 * through src/core to the debrief, reaching different events and different debriefs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Decision, Route } from '../../src/core/role';
import { replay } from '../../src/core/role';
import { parseLevel } from '../../src/core/validate';
import { villageRole } from '../../src/core/village/role';
import { deedOf, planRun, standings, type VillageAction, type VillageRun } from '../../src/core/village/rules';
import { debriefMoments, eventLog, modelBeat, pressuresBeat, rerankedBeat, valuesBeat } from '../../src/core/village/reveal';
import { cityFace, cityTable, swaps } from '../../src/core/village/scales';
import { eventDependencies, findLoop, type VillageLevel } from '../../src/core/village/schema';
import fc from 'fast-check';
import { byPicks, playThrough } from '../fixtures/tiny-level';
import raw from '../../levels/village.json';
import { norm, REPORT_PATH } from '../fixtures/report';

const parsed = parseLevel([villageRole], raw, 'levels/village.json');
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const level = parsed.level as VillageLevel;

// The report where .ci/run found it (SCORED_REPORT), else beside the project.
const REPORT = REPORT_PATH;
function everyObject(node: unknown, visit: (o: Record<string, unknown>, path: string, ancestors: Record<string, unknown>[]) => void, path = '', ancestors: Record<string, unknown>[] = []) {
  if (Array.isArray(node)) node.forEach((n, i) => everyObject(n, visit, `${path}[${i}]`, ancestors));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    visit(o, path, ancestors);
    for (const [k, v] of Object.entries(o)) everyObject(v, visit, path ? `${path}.${k}` : k, [...ancestors, o]);
  }
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const sumWords = (texts: { en: string }[]) => texts.reduce((n, t) => n + words(t.en), 0);

// ---------------------------------------------------------------------------------------------
// Scripts: a scorer's policy for each decision, played through the role's own interface.

type Chooser = (d: Decision<VillageAction>, run: VillageRun) => VillageAction;
const option = (d: Decision<VillageAction>, id: string) => {
  const o = d.options.find((x) => x.id === id);
  if (!o) throw new Error(`no option ${id} on ${d.id}`);
  return o.action;
};
/** Honest: the report's values where it gives them; hearsay declined; favours judged on merit, never "as asked". */
const honest: Chooser = (d) => {
  const deed = deedOf(level, d.id);
  if (deed.reportPoints !== undefined) return option(d, `+${deed.reportPoints}`);
  if (deed.evidence === 'hearsay') return option(d, 'decline');
  return option(d, deed.reported === 'bad' ? '-5' : '+10');
};
/** Gaming: every favour followed, every piece of gossip scored. */
const gaming: Chooser = (d, run) => {
  const deed = deedOf(level, d.id);
  if (deed.favour) return option(d, 'favour');
  if (deed.evidence === 'hearsay') return option(d, '-5');
  return honest(d, run);
};
/** A scorer with a feel of their own: every good deed +10, every bad one −5, favours followed, hearsay declined. */
const generous: Chooser = (d) => {
  const deed = deedOf(level, d.id);
  if (deed.favour) return option(d, 'favour');
  if (deed.evidence === 'hearsay') return option(d, 'decline');
  return option(d, deed.reported === 'bad' ? '-5' : '+10');
};
const play = (route: Route, seed: number, choose: Chooser) => playThrough(level, seed, route, choose);
const events = (run: VillageRun) => eventLog(run).map((e) => e.eventId);
const decisions = (run: VillageRun) => run.choices.length;

describe('levels/village.json: facts and words', () => {
  it.skipIf(!existsSync(REPORT))('quotes the report word for word', () => {
    const report = norm(readFileSync(REPORT, 'utf8'));
    const missing: string[] = [];
    let count = 0;
    everyObject(raw, (o, path) => {
      if (typeof o.quote === 'string') {
        count++;
        if (!report.includes(norm(o.quote))) missing.push(`${path}: ${o.quote}`);
      }
    });
    expect(count).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it('has every text in English and Simplified Chinese, with Chinese punctuation', () => {
    const missing: string[] = [];
    const badPunct: string[] = [];
    everyObject(raw, (o, path) => {
      if (!('en' in o)) return;
      if (!(typeof o.zh === 'string' && o.zh.trim())) return missing.push(path);
      const zh = o.zh as string;
      if (/[,:;!?()"]|[。，：；！？] /.test(zh) || /[\u4e00-\u9fff]\./.test(zh)) badPunct.push(`${path}: ${zh}`);
    });
    expect(missing).toEqual([]);
    expect(badPunct).toEqual([]);
  });

  it('keeps the intro short enough to decide within about 60 words; the rest waits behind "more"', () => {
    expect(sumWords(level.intro.map((s) => s.text))).toBeLessThanOrEqual(60);
    expect(level.introMore.length).toBeGreaterThan(0);
    for (const s of level.intro) expect([...s.text.zh!].length).toBeLessThanOrEqual(90);
  });

  it('keeps every deed card (deed and favour) within about 40 words, and every scene within 40 plus its fact', () => {
    const long: string[] = [];
    for (const d of level.deeds) {
      const n = words(d.text.en) + (d.favour ? words(d.favour.text.en) : 0);
      const zh = [...d.text.zh!].length + (d.favour ? [...d.favour.text.zh!].length : 0);
      if (n > 40 || zh > 90) long.push(`${d.id}: ${n} words, ${zh} characters`);
    }
    for (const e of level.events) {
      if (!e.scene) continue;
      if (words(e.scene.text.en) > 40) long.push(`${e.id}: ${words(e.scene.text.en)} words`);
      if (e.scene.fact && words(e.scene.fact.text.en) > 30) long.push(`${e.id} fact: ${words(e.scene.fact.text.en)} words`);
    }
    expect(long).toEqual([]);
  });

  it('keeps each ending beat within about 250 words', () => {
    const beats = {
      values: [level.reveal.values.text, level.reveal.deductions.text, ...level.comparisons.map((c) => c.text)],
      reranked: [level.reveal.reranked.text],
      model: [level.reveal.model.text, level.board.reward.text, level.board.tieRule.text],
      pressures: [level.reveal.pressures.text, ...Object.values(level.moments).map((m) => m.text)],
      cities: level.scales.flatMap((s) => [s.name, s.rangeLabel, ...s.facts.map((f) => f.text)]),
      debrief: [...level.debrief.findings.map((f) => f.text), level.debrief.myth.myth, level.debrief.myth.reality.text, ...(level.debrief.caveat ? [level.debrief.caveat.text] : [])],
    };
    for (const [beat, texts] of Object.entries(beats)) expect(sumWords(texts), beat).toBeLessThanOrEqual(250);
  });

  it('marks every invented number illustrative: only the report’s own numbers carry a source', () => {
    const notShown = new Set(['format', 'cardsPerDay', 'scenesPerBoard', 'count']);
    const bad: string[] = [];
    everyObject(raw, (o, path, ancestors) => {
      for (const [k, v] of Object.entries(o)) {
        if (typeof v !== 'number' && !(Array.isArray(v) && v.some((x) => typeof x === 'number'))) continue;
        if (notShown.has(k) && !path.startsWith('board')) continue;
        const invented = [...ancestors, o].some((a) => a.illustrative === true);
        const cited = (k === 'reportPoints' || k === 'value') && typeof o.source === 'object';
        if (!invented && !cited) bad.push(`${path}.${k}`);
      }
    });
    expect(bad).toEqual([]);
    // The numbers the report does give stay cited.
    expect(level.scales.find((s) => s.id === 'suining')?.start.source?.section).toBe('2');
    expect(level.scales.find((s) => s.id === 'suqian')?.start.source?.section).toBe('3.2');
    expect(level.scales.find((s) => s.id === 'suzhou')?.start).toEqual({ value: 100, illustrative: true });
    expect(level.scales.find((s) => s.id === 'suqian')?.grades.map((g) => (g.source ? g.label.en : `(${g.label.en})`))).toEqual(['AAA', '(AA)', '(A)', '(B)', '(C)', 'D']);
  });

  it('keeps the report’s hedges and says "rewards or honorary places", never "and"', () => {
    const en = JSON.stringify(raw);
    expect(level.reveal.values.text.en).toMatch(/media account/);
    expect(level.reveal.values.source?.quote).toMatch(/media description claim/);
    expect(level.reveal.deductions.text.en).toMatch(/allegedly/);
    expect(en).toMatch(/seems rather unclear and arbitrary/);
    expect(en).not.toMatch(/rewards and honorary/);
    expect(level.board.reward.text.en).toMatch(/financial rewards or honorary places/);
    expect(level.intro[0]?.text.en).toMatch(/^Media reports cited by the report/);
  });

  it('says in Chinese that the report gives Jiakuang Majia only in pinyin, the first time, and never calls it a real example', () => {
    const zh: string[] = [];
    everyObject(raw, (o) => {
      if (typeof o.zh === 'string') zh.push(o.zh);
    });
    const first = zh.find((s) => s.includes('Jiakuang Majia'));
    expect(first).toMatch(/Jiakuang Majia（报告只给出了拼音）|Jiakuang Majia 的小镇（报告只给出了拼音）/);
    expect(zh.join('\n')).not.toMatch(/真实例子/);
  });

  it('corrects the myth as the report does, and ends on its caveat', () => {
    const reality = level.debrief.myth.reality;
    for (const part of [/no single national score/, /Sesame Credit/, /local pilots/, /blacklists and redlists/, /companies/]) expect(reality.text.en).toMatch(part);
    expect(reality.text.zh).toMatch(/芝麻信用/);
    expect(reality.text.zh).toMatch(/黑名单和红名单/);
    expect(level.debrief.findings.some((f) => f.source?.section === '3.3.1' && /most advanced and most centralised/.test(f.text.en))).toBe(true);
    expect(level.debrief.caveat?.source).toMatchObject({ section: 'Summary', quote: expect.stringMatching(/underestimate its potential as a social engineering and surveillance tool/) });
  });

  it('says why such schemes exist and what the report adds about them, each cited', () => {
    const cited = (section: string, pattern: RegExp) => {
      let found = false;
      everyObject(raw, (o) => {
        const s = o.source as { section?: string; quote?: string } | undefined;
        if (s?.section === section && pattern.test(s.quote ?? '')) found = true;
      });
      return found;
    };
    expect(cited('3.2', /digitally excluded/)).toBe(true);
    expect(cited('3.2', /necessary to be tested prior to introducing a nation-wide system/)).toBe(true);
    expect(cited('3.2.1', /food safety, public health or Ponzi schemes/)).toBe(true);
    expect(JSON.stringify(raw)).toMatch(/庞氏骗局/);
    expect(cited('2', /Xinhua press agency compared its scores to the so-called “good citizen cards”/)).toBe(true);
    expect(cited('2', /subsequent pilot programmes after 2014/)).toBe(true);
    expect(cited('3.2.1', /poor, rural areas/)).toBe(true);
    expect(cited('1', /take care of the elderly parents, promoted as a moral virtue/)).toBe(true);
    expect(cited('3.2', /seems related to the local social welfare system/)).toBe(true);
    expect(cited('2', /facilitated access to jobs or low-interest loans/)).toBe(true);
    expect(cited('2', /restrictions on the labour market and when looking for promotion within the CCP/)).toBe(true);
  });
});

describe('levels/village.json: the cast', () => {
  it('is the ten villagers decided, with ages as numbers and at least four women', () => {
    expect(level.villagers.map((v) => `${v.id} ${v.name.zh} ${v.age} ${v.gender}`)).toEqual([
      'wang-jun 王军 34 male', 'zhou-ming 周明 22 male', 'feng-yue 冯玥 24 female', 'chen-hua 陈华 45 female', 'guo-xin 郭欣 16 female',
      'sun-wei 孙伟 48 male', 'du-hong 杜宏 40 male', 'he-jianguo 何建国 56 male', 'zhao-guifen 赵桂芬 71 female', 'lin-fang 林芳 30 female',
    ]);
    expect(level.villagers.filter((v) => v.gender === 'female').length).toBeGreaterThanOrEqual(4);
    for (const v of level.villagers) {
      expect(v.portrait).toBe(v.id);
      expect(v.background.en).not.toMatch(/^\d/);
    }
    expect(level.villagers.filter((v) => !v.seen).map((v) => v.id)).toEqual(['lin-fang']);
    expect(level.villagers.find((v) => v.relation === 'relative')?.id).toBe('du-hong');
    expect(level.villagers.find((v) => v.relation === 'cadre')?.id).toBe('he-jianguo');
  });

  it('shares no name with a well-known public figure', () => {
    const famous = ['李强', '习近平', '李克强', '马云', '马化腾', '王健林', '胡锦涛', '江泽民', '温家宝', '王毅', '赵乐际', '王沪宁', '蔡奇', '丁薛祥', '李希', '韩正', '彭丽媛'];
    for (const v of level.villagers) expect(famous).not.toContain(v.name.zh);
  });

  it('spreads the unflattering parts across genders and ages', () => {
    const by = new Map(level.villagers.map((v) => [v.id, v]));
    const bad = level.deeds.filter((d) => d.reported === 'bad').map((d) => by.get(d.villager)!);
    const women = bad.filter((v) => v.gender === 'female').length;
    expect(women / bad.length).toBeGreaterThanOrEqual(0.35);
    expect(women / bad.length).toBeLessThanOrEqual(0.65);
    const ages = new Set(bad.map((v) => (v.age < 30 ? 'young' : v.age < 60 ? 'middle' : 'old')));
    expect(ages).toEqual(new Set(['young', 'middle', 'old']));
    for (const v of level.villagers.filter((x) => x.seen)) expect(bad, `${v.id} has no unflattering deed`).toContain(v);
    // Passing on hearsay and asking favours are unflattering too: spread across both genders.
    const tellers = new Set(level.deeds.filter((d) => d.evidence === 'hearsay' && (d.reportedBy || d.favour)).map((d) => by.get(d.reportedBy ?? d.favour!.from)!.gender));
    expect(tellers).toEqual(new Set(['female', 'male']));
  });
});

describe('levels/village.json: deeds, days and follow-ups', () => {
  it('keeps every deed the report names, with its points, in every seed of both routes whatever the scorer does', () => {
    const byPoints = (p: number) => level.deeds.filter((d) => d.reportPoints === p);
    expect(byPoints(2).map((d) => d.id)).toEqual(['basket']);
    expect(byPoints(10).map((d) => d.id)).toEqual(['tibet-zhou', 'tibet-feng']);
    expect(byPoints(30).map((d) => d.id)).toEqual(['donation']);
    const alleged = level.deeds.filter((d) => d.source?.quote.includes('allegedly deducted')).map((d) => d.id);
    expect(alleged).toEqual(['litter', 'neglect']);
    const must = ['basket', 'tibet-zhou', 'tibet-feng', 'donation', 'litter', 'neglect'];
    for (const route of ['full', 'short'] as const)
      for (let seed = 0; seed < 30; seed++)
        for (const choose of [honest, gaming, byPicks([seed, 3, 1, 4])]) {
          const arrived = new Set(play(route, seed, choose).run.days.flatMap((d) => d.deeds));
          for (const id of must) expect(arrived.has(id), `${route}/${seed}/${id}`).toBe(true);
        }
  });

  it('has a pool of at least 30 deeds, so two seeds differ in more than their order', () => {
    const inDays = new Set(level.days.flatMap((d) => [...(d.lead ? [d.lead] : []), ...d.deeds, ...d.draws.flatMap((x) => x.pool)]));
    expect(inDays.size).toBeGreaterThanOrEqual(30);
    const weeks = new Set<string>();
    for (let seed = 0; seed < 40; seed++) weeks.add(planRun(level, seed, 'full').baseline.flat().sort().join(' '));
    expect(weeks.size).toBeGreaterThanOrEqual(20);
    const short = new Set<string>();
    for (let seed = 0; seed < 40; seed++) short.add(planRun(level, seed, 'short').baseline.flat().sort().join(' '));
    expect(short.size).toBeGreaterThanOrEqual(4);
  });

  it('keeps the short route to about 6–8 decisions and the full route to about 15–20', () => {
    for (let seed = 0; seed < 40; seed++)
      for (const choose of [honest, gaming, byPicks([seed, 2, 7])]) {
        const s = decisions(play('short', seed, choose).run);
        expect(s).toBeGreaterThanOrEqual(6);
        expect(s).toBeLessThanOrEqual(8);
        const f = decisions(play('full', seed, choose).run);
        expect(f).toBeGreaterThanOrEqual(15);
        expect(f).toBeLessThanOrEqual(21);
      }
  });

  it('has at least 8 follow-up events, and some script reaches every one', () => {
    expect(level.events.length).toBeGreaterThanOrEqual(8);
    const reached = new Set<string>();
    const pickLists = Array.from({ length: 12 }, (_, k) => [k, k * 7 + 3, k * 5 + 1, 2 * k + 4, k + 11]);
    for (const route of ['short', 'full'] as const)
      for (let seed = 0; seed < 24; seed++)
        for (const choose of [honest, gaming, ...pickLists.map((p) => byPicks(p))]) events(play(route, seed, choose).run).forEach((e) => reached.add(e));
    expect(level.events.map((e) => e.id).filter((id) => !reached.has(id))).toEqual([]);
  });

  it('no follow-up can trigger itself, and none repeats or duplicates a deed in any week (property)', () => {
    const deps = eventDependencies(level);
    for (const e of level.events) expect(findLoop(deps, e.id), e.id).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 10 }), fc.constantFrom<Route>('full', 'short'), (seed, picks, route) => {
        const { run } = play(route, seed, byPicks(picks));
        const fired = events(run);
        expect(new Set(fired).size).toBe(fired.length);
        const deeds = run.days.flatMap((d) => d.deeds);
        expect(new Set(deeds).size).toBe(deeds.length);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('every follow-up changes what the player sees next: a card the next morning, or a scene on that day’s board', () => {
    for (let seed = 0; seed < 20; seed++)
      for (const choose of [honest, gaming]) {
        const { run } = play('full', seed, choose);
        run.days.forEach((d, i) => {
          d.cards.forEach((id, k) => expect(d.deeds[k], `${seed} day ${i}`).toBe(level.events.find((e) => e.id === id)?.card));
          for (const id of d.scenes) expect(level.events.find((e) => e.id === id)?.scene).toBeDefined();
        });
      }
  });
});

describe('scripted weeks', () => {
  it('on the same seed, an honest and a gaming scorer see different events and reach different debriefs (short route)', () => {
    for (let seed = 0; seed < 30; seed++) {
      const h = play('short', seed, honest).run;
      const g = play('short', seed, gaming).run;
      expect(events(h), `seed ${seed}`).not.toEqual(events(g));
      // Gossip scored on the last day brings Sun Wei and his mother to the board; the honest week never sees it.
      expect(events(g)).toContain('neglect-protest');
      expect(events(h)).not.toContain('neglect-protest');
      const kinds = (r: VillageRun) => debriefMoments(level, r).map((m) => m.kind);
      expect(kinds(g)).toEqual(expect.arrayContaining(['favourFollowed', 'gossipScored', 'protest']));
      expect(kinds(h)).toEqual(expect.arrayContaining(['favourRefused', 'gossipDeclined']));
      expect(kinds(h)).not.toContain('favourFollowed');
      expect(kinds(h)).not.toContain('gossipScored');
      expect(pressuresBeat(level, g).followed).toBeGreaterThanOrEqual(1);
      expect(pressuresBeat(level, g).followed).toBe(pressuresBeat(level, g).favours.length);
      expect(pressuresBeat(level, h).followed).toBe(0);
      expect(pressuresBeat(level, g).hearsayScored).toBeGreaterThan(pressuresBeat(level, h).hearsayScored);
    }
  });

  it('on seed 2019, the two full weeks differ in concrete, quotable ways', () => {
    const h = play('full', 2019, honest).run;
    const g = play('full', 2019, gaming).run;
    const only = (a: VillageRun, b: VillageRun) => events(a).filter((e) => !events(b).includes(e));
    expect(only(g, h)).toEqual(expect.arrayContaining(['cousin-boasts', 'cadre-on-board', 'neglect-protest']));
    expect(only(h, g)).toEqual(expect.arrayContaining(['cousin-to-committee', 'cadre-cools']));
    const top = (r: VillageRun) => standings(level, r).filter((e) => e.modelCitizen).map((e) => e.villager.id);
    expect(top(g)).toContain('he-jianguo');
    expect(top(h)).not.toEqual(top(g));
    expect(pressuresBeat(level, g).pointsToConnected).toBeGreaterThan(pressuresBeat(level, h).pointsToConnected);
    const first = (r: VillageRun) => debriefMoments(level, r)[0];
    expect(first(g)).toMatchObject({ kind: 'favourFollowed' });
    expect(first(h)?.kind).not.toBe('favourFollowed');
  });

  it('pass: both routes run to the debrief; the honest scorer’s values agree with the report', () => {
    for (const route of ['full', 'short'] as const) {
      const { run } = play(route, 2019, honest);
      expect(villageRole.phase(run)).toBe('debrief');
      const a = valuesBeat(level, run);
      for (const r of a.rows) expect(r.choice.points).toBe(r.reportPoints);
      expect(a.comparisons[0]).toMatchObject({ report: { factor: 3, direction: 'more' }, player: { factor: 3, direction: 'more' } });
      expect(a.comparisons[1]).toMatchObject({ report: { factor: 15, direction: 'more' } });
      expect(a.deductions.map((d) => d.deedId).sort()).toEqual(['litter', 'neglect']);
      const b = rerankedBeat(level, run);
      expect(b.report.map((e) => e.points)).toEqual(b.yours.map((e) => e.points));
      expect(modelBeat(level, run).gained).toEqual([]);
      expect(cityFace(level, run)).not.toBeNull();
    }
  });

  it('a scorer with other values sees the report’s values turn the board round', () => {
    const { run } = play('short', 2019, generous);
    const a = valuesBeat(level, run);
    expect(a.comparisons.map((c) => [c.report, c.player])).toEqual([
      [{ factor: 3, direction: 'more' }, { factor: 1, direction: 'same' }],
      [{ factor: 15, direction: 'more' }, { factor: 1, direction: 'same' }],
    ]);
    const b = rerankedBeat(level, run);
    const chen = b.moves.find((m) => m.villagerId === 'chen-hua')!;
    expect(chen.report).toBe(1);
    expect(chen.yours).toBeGreaterThan(1);
    const c = modelBeat(level, run);
    expect(c.gained).toContain('chen-hua');
    expect(c.lost.length).toBe(c.gained.length);
    const face = cityFace(level, run)!;
    expect(face.cities.map((x) => x.scaleId)).toEqual(['suining', 'suqian', 'suzhou']);
    for (const city of face.cities) expect(city.stake.source ?? city.stake.illustrative).toBeTruthy();
  });

  it('the same week lands people in different grades in different cities', () => {
    const { run } = play('full', 7, honest);
    const flips = swaps(level, run);
    expect(flips.count).toBeGreaterThan(0);
    for (const f of flips.examples) expect(level.scales[f.scaleIndex]?.id).toBe('suining');
    const guo = cityTable(level, run).find((r) => r.villagerId === 'guo-xin')!;
    // Suining counts only losses: the litter costs Guo Xin there; her good deeds do not help.
    expect(guo.results[0]!.score).toBeLessThan(1000);
  });

  for (const route of ['short', 'full'] as const)
    it(`fail (${route}): a week cannot skip a deed, the board, a favour it was not asked or a beat of the reveal`, () => {
      const { actions } = play(route, 11, gaming);
      const firstClose = actions.findIndex((a) => a.type === 'closeDay');
      const skipDeed = [...actions.slice(0, firstClose - 1), ...actions.slice(firstClose)];
      expect(replay(villageRole, level, 11, route, skipDeed)).toMatchObject({ ok: false, at: firstClose - 1, reason: 'day-unfinished' });
      const skipBoard = actions.filter((_, i) => i !== firstClose + 1);
      expect(replay(villageRole, level, 11, route, skipBoard)).toMatchObject({ ok: false, at: firstClose + 1, reason: 'wrong-phase' });
      const basket = actions.findIndex((a) => 'deedId' in a && a.deedId === 'basket');
      const badFavour = actions.map((a, i) => (i === basket ? ({ type: 'favour', deedId: 'basket' } as VillageAction) : a));
      expect(replay(villageRole, level, 11, route, badFavour)).toMatchObject({ ok: false, at: basket, reason: 'no-favour' });
      const afterEnd = [...actions, { type: 'nextBeat' } as VillageAction];
      expect(replay(villageRole, level, 11, route, afterEnd)).toMatchObject({ ok: false, at: actions.length, reason: 'wrong-phase' });
      const whole = replay(villageRole, level, 11, route, actions);
      expect(whole.ok && villageRole.phase(whole.run)).toBe('debrief');
    });

  it('golden transcript: a fixed seed and policy give the same week every time', () => {
    const { run } = play('full', 42, generous);
    const name = (id: string) => level.villagers.find((v) => v.id === id)!.name.en;
    const lines: string[] = [];
    run.days.forEach((d, i) => {
      const choices = d.deeds.map((id) => {
        const c = run.choices.find((x) => x.deedId === id)!;
        return `${id}=${c.kind === 'decline' ? 'declined' : c.kind === 'favour' ? `as asked ${c.points}` : c.points}`;
      });
      lines.push(`day ${i + 1}: ${choices.join(', ')}${d.dropped.length ? ` | never arrived: ${d.dropped.join(' ')}` : ''}`);
      if (d.scenes.length) lines.push(`  board scenes: ${d.scenes.join(', ')}`);
      lines.push(`  board: ${standings(level, run, i).map((e) => `${name(e.villager.id)} ${e.points}${e.modelCitizen ? '*' : ''}`).join(', ')}`);
    });
    const a = valuesBeat(level, run);
    lines.push(`(a) ${a.comparisons.map((c) => `${c.comparison.a}/${c.comparison.b}: report ${c.report?.factor} ${c.report?.direction}, you ${c.player ? `${c.player.factor} ${c.player.direction}` : '-'}`).join('; ')}`);
    lines.push(`(b) ${rerankedBeat(level, run).moves.map((m) => `${m.villagerId} ${m.yours}->${m.report}`).join(', ')}`);
    const c = modelBeat(level, run);
    lines.push(`(c) yours ${c.yours.join(' ')} | report ${c.report.join(' ')}`);
    const d = pressuresBeat(level, run);
    lines.push(`(d) favours followed ${d.followed}/${d.favours.length}, hearsay scored ${d.hearsayScored}/${d.hearsay.length}, unseen ${d.unseen.map((v) => v.id).join(' ')}`);
    const face = cityFace(level, run)!;
    lines.push(`face: ${face.villagerId} ${face.cities.map((x) => `${x.scaleId} ${x.score}${x.grade ? ` ${x.grade.en}` : ''} (${x.band})`).join(', ')}`);
    lines.push(`moments: ${debriefMoments(level, run).map((m) => `${m.kind}@${m.day + 1}:${m.villagerId}`).join(', ')}`);
    expect(lines.join('\n')).toMatchSnapshot();
  });
});
