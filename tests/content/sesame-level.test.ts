/**
 * The shipped Sesame level: its facts are in the report (in the section they cite), every text is
 * in English and Chinese, invented numbers are marked, invented names are nobody's, words fit their
 * budgets, and scripted weeks (honest, careless, score-chasing; both routes) play through src/core
 * to the debrief, reaching different weeks and different debriefs.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/core/validate';
import type { LText, Statement } from '../../src/core/content';
import { LEAVE, sesameDecision, sesameRole } from '../../src/core/sesame/role';
import { actionOf, createRun, step, type SesameAction, type SesameRun } from '../../src/core/sesame/rules';
import { MOVES_SHOWN, chasing, debriefMoments, evening, ficoReading, revealBeats, type RevealBeat } from '../../src/core/sesame/reveal';
import type { SesameLevel } from '../../src/core/sesame/schema';
import { HAVE_REPORT, norm, readReport } from '../fixtures/report';
import raw from '../../levels/sesame.json';

const parsed = parseLevel([sesameRole], raw, 'levels/sesame.json');
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const level = parsed.level as SesameLevel;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
type Obj = Record<string, unknown>;
/** Visit every object with its path and the chain of objects above it. */
function everyObject(node: unknown, visit: (o: Obj, path: string, above: Obj[]) => void, path = '', above: Obj[] = []) {
  if (Array.isArray(node)) node.forEach((n, i) => everyObject(n, visit, `${path}[${i}]`, above));
  else if (node && typeof node === 'object') {
    const o = node as Obj;
    visit(o, path, above);
    for (const [k, v] of Object.entries(o)) everyObject(v, visit, path ? `${path}.${k}` : k, [...above, o]);
  }
}

describe('levels/sesame.json: facts', () => {
  it.skipIf(!HAVE_REPORT)('quotes the report word for word, from the section it cites, in at most about 30 words', () => {
    const report = readReport();
    const problems: string[] = [];
    let count = 0;
    everyObject(raw, (o, path) => {
      const source = o.source as { section: string; quote: string } | undefined;
      if (!source || typeof source.quote !== 'string') return;
      count++;
      const q = norm(source.quote);
      if (!report.whole.includes(q)) problems.push(`${path}: not in the report: ${source.quote}`);
      else if (!report.sections.get(source.section)?.includes(q)) problems.push(`${path}: not in section ${source.section}: ${source.quote}`);
      if (words(source.quote) > 33) problems.push(`${path}: quote of ${words(source.quote)} words`);
    });
    expect(count).toBeGreaterThan(60);
    expect(problems).toEqual([]);
  });

  it('cites the facts the design asks for, with the report’s numbers and hedges', () => {
    const f = level.facts;
    const q = (s: Statement) => s.source?.quote ?? '';
    expect(f.users.text.en).toContain('520 million');
    expect(q(f.users)).toContain('520 million users');
    expect(f.online.text.en).toMatch(/2018.*802 million/);
    expect(q(f.pilots)).toMatch(/2015 to allow eight private entities/);
    expect(f.pilots.text.en).toMatch(/2015.*eight private firms/);
    expect(q(f.upscaled)).toContain('in March 2018, it turned out that none would be upscaled');
    expect(f.baihang.text.en).toMatch(/Baihang.*only licensed.*shareholders/s);
    expect(f.baihang.text.zh).toContain('百行征信');
    expect(f.dataSharing.text.en).toContain('rumoured');
    expect(f.requests.text.en).toContain('not made public');
    expect(f.notNational.source?.section).toBe('Summary');
    expect(f.notNational.text.en).toContain('At the time of the report');
    expect(f.loyalty.text.en).toContain('loyalty programme');
    expect(f.maker.text.zh).toMatch(/支付宝.*|蚂蚁金服/);
    expect(f.maker.text.en).toMatch(/Alibaba.*Ant Financial.*Alipay/);
    expect(level.reveal.reality).toEqual(expect.arrayContaining(['users', 'online', 'pilots', 'upscaled', 'baihang', 'dataSharing', 'notNational', 'loyalty']));
    expect(level.debrief.myth.reality.source?.quote).toContain('no single national social credit system');
    // The court: the list, the cooperation since 2015, and the list being the state's.
    expect(level.court.list.text.zh).toContain('黑名单');
    expect(level.court.listed.text.zh).toContain('失信被执行人名单');
    expect(level.court.listed.text.en).toContain('list of dishonest debtors');
    expect(q(level.court.cooperation)).toMatch(/^Since 2015, Alibaba has also been officially cooperating with the Supreme People's Court, restricting the possibility of buying luxury goods/);
    expect(level.court.state.source?.section).toBe('3.2.2');
    // One-way rating against eBay, Uber and Airbnb; the blocked Uber driver.
    expect(q(level.rating.oneWay)).toContain('do not allow feedback evaluation');
    expect(q(level.rating.twoWay)).toContain('two-way rating');
    expect(level.rating.twoWay.text.en).toMatch(/eBay, Uber or Airbnb/);
    expect(q(level.rating.blocked)).toContain('poorly rated Uber drivers can be blocked');
    // Voluntary, and several scores at once.
    expect(q(level.leaving.left)).toContain('voluntary');
    expect(q(level.leaving.competing)).toContain('several competing systems');
  });

  it('models the five kinds of data the report lists, and the three perks it names', () => {
    expect(level.factors.map((x) => x.name.en)).toEqual(['Personal data', 'Credit history', 'Keeping to contracts', 'Social networks', 'Consumer behaviour']);
    for (const x of level.factors) expect(x.source?.quote).toContain('personal data, credit history, capability to perform contractual obligations, social networks, consumer behaviours');
    expect(level.perks.map((p) => p.id)).toEqual(['bike', 'hotel', 'visa']);
    for (const p of level.perks) expect(p.source?.quote).toBe('simpler visa procedures to some countries, deposit-free check-in in some hotels or bike rentals');
    const thresholds = level.perks.map((p) => p.threshold.score);
    expect([...thresholds].sort((a, b) => a - b)).toEqual(thresholds);
    expect(thresholds[0]).toBeGreaterThan(level.model.start);
  });

  it('has the actions, cards and gamification the design asks for', () => {
    expect(level.actions.length).toBeGreaterThanOrEqual(24);
    const has = (test: (a: SesameLevel['actions'][number]) => boolean) => level.actions.filter(test).map((a) => a.id);
    expect(has((a) => a.scoreOnly).length).toBeGreaterThanOrEqual(8);
    expect(has((a) => a.luxury).length).toBeGreaterThanOrEqual(3);
    expect(has((a) => a.friend?.op === 'add')).toEqual(['add-zhao', 'add-lin']);
    expect(has((a) => a.friend?.op === 'drop')).toEqual(['drop-pan', 'drop-he']);
    expect(has((a) => a.id.startsWith('profile-'))).toEqual(['profile-employer', 'profile-education', 'profile-car']);
    for (const id of ['pay-bill-on-time', 'pay-bill-late', 'small-loan-score', 'share-score', 'check-friends', 'rent-bike-deposit', 'book-hotel-deposit', 'rate-app', 'join-magpie'])
      expect(level.actions.map((a) => a.id)).toContain(id);
    // Every action can be met on some card, and every card on some day or as a follow-up.
    const offered = new Set(level.cards.flatMap((c) => c.options.flatMap((o) => [o.action, ...(o.alt ? [o.alt.action] : [])])));
    for (const a of level.actions) expect(offered.has(a.id), a.id).toBe(true);
    const placed = new Set(level.days.flatMap((d) => [...d.fixed, ...d.pool]));
    for (const c of level.cards) expect(placed.has(c.id) || c.followUp, c.id).toBe(true);
    expect(level.notifications.filter((n) => 'action' in n.on).length).toBeGreaterThanOrEqual(5);
    expect(level.badges.length).toBeGreaterThanOrEqual(4);
    expect(level.friends.filter((x) => x.startsAsFriend).length).toBeGreaterThanOrEqual(3);
    expect(new Set(level.friends.map((x) => x.gender))).toEqual(new Set(['female', 'male']));
    expect(level.routes.full).toHaveLength(10);
    expect(level.routes.short).toHaveLength(3);
  });

  it('names only icons that exist or that the art helper is drawing', () => {
    const icons = new Set<string>();
    everyObject(raw, (o) => {
      if (typeof o.icon === 'string') icons.add(o.icon);
    });
    expect(icons.size).toBeGreaterThan(10);
    for (const icon of icons) expect(existsSync(`assets/icons/${icon}.svg`), icon).toBe(true);
  });
});

describe('levels/sesame.json: language, names and numbers', () => {
  it('has every text in English and Simplified Chinese, with Chinese punctuation', () => {
    const problems: string[] = [];
    let count = 0;
    everyObject(raw, (o, path) => {
      if (typeof o.en !== 'string') return;
      count++;
      const zh = o.zh;
      if (typeof zh !== 'string' || !zh.trim()) return problems.push(`${path}: no zh`);
      if (!/[\u4e00-\u9fff]/.test(zh)) problems.push(`${path}: zh has no Chinese: ${zh}`);
      if (/[,;:?!]|(?<!\d)\.(?!\d)|[。，；：！？] /.test(zh)) problems.push(`${path}: half-width punctuation or a space in zh: ${zh}`);
    });
    expect(count).toBeGreaterThan(250);
    expect(problems).toEqual([]);
  });

  it('uses the content guide’s Chinese terms', () => {
    const zh = JSON.stringify(raw);
    for (const term of ['芝麻信用', '支付宝', '百行征信', '失信被执行人名单', '最高人民法院', '中国人民银行']) expect(zh).toContain(term);
  });

  it('marks every invented number as illustrative; a cited text’s numbers are in its quote', () => {
    const problems: string[] = [];
    const marked = (above: Obj[], o: Obj) => [...above, o].some((a) => a.illustrative === true);
    // Numbers that are structure, not content: the format version and how many cards a day draws.
    const structural = (path: string, k: string) => (path === '' && k === 'format') || (path.startsWith('days[') && k === 'count');
    everyObject(raw, (o, path, above) => {
      for (const [k, v] of Object.entries(o)) {
        if (typeof v === 'number' && !structural(path, k) && !marked(above, o)) problems.push(`${path}.${k} = ${v} is not in an illustrative object`);
      }
      if (typeof o.en === 'string' && /\d/.test(o.en) && !marked(above, o)) {
        const cited = [...above].reverse().find((a) => a.source);
        const quote = cited ? ((cited.source as { quote?: string }).quote ?? '') : '';
        // "2019" is the report's own date ("by 2019", as the content guide asks).
        const numbers = (o.en.match(/\d+/g) ?? []).filter((n) => n !== '2019');
        if (!numbers.every((n) => quote.includes(n))) problems.push(`${path}: "${o.en}" has numbers its source does not`);
      }
    });
    expect(problems).toEqual([]);
    // The weights, the start, the thresholds and the friends' scores are all badged.
    expect(level.factors.every((x) => x.weight.illustrative)).toBe(true);
    expect(level.model.illustrative).toBe(true);
    expect(level.perks.every((p) => p.threshold.illustrative)).toBe(true);
  });

  it('gives the invented app, firm and people no real brand or famous name', () => {
    const brands = ['芝麻', '支付宝', '阿里', '蚂蚁', '腾讯', '微信', '百行', 'sesame', 'alipay', 'alibaba', 'ant ', 'tencent', 'wechat', 'baihang'];
    for (const name of [level.app.name, level.app.score, level.app.competitor]) {
      for (const b of brands) {
        expect(name.en.toLowerCase()).not.toContain(b);
        expect(name.zh).not.toContain(b);
      }
    }
    const famous = ['李强', '习近平', '马云', '马化腾', '李克强', '王健林', '刘强东', '雷军', '任正非', '陈静', '马军'];
    for (const x of level.friends) for (const f of famous) expect(x.name.zh).not.toContain(f);
    // Low scores are not all one kind of person: both genders, young and old.
    const low = level.friends.filter((x) => x.score < level.model.start);
    expect(new Set(low.map((x) => x.gender)).size).toBe(2);
    expect(Math.max(...low.map((x) => x.age)) - Math.min(...low.map((x) => x.age))).toBeGreaterThan(30);
    // The app is introduced as invented.
    expect(level.intro.text[0]!.text.en).toContain('invented');
  });
});

describe('levels/sesame.json: word budgets', () => {
  it('lets the player decide within about 60 words', () => {
    const intro = level.intro.text.reduce((s, x) => s + words(x.text.en), 0);
    const run = step(level, createRun(level, 1, 'short'), { type: 'begin' }).run;
    const d = sesameDecision(level, run)!;
    const card = level.cards.find((c) => c.id === run.cards[0])!;
    const first = intro + words(card.text.en) + d.options.reduce((s, o) => s + ('text' in o.label ? words(o.label.text.en) : 0), 0);
    expect(first).toBeLessThanOrEqual(60);
  });

  it('keeps each card, its options and “leave” within about 40 words (80 characters in Chinese)', () => {
    for (const c of level.cards) {
      const labels = c.options.map((o) => Math.max(words(actionOf(level, o.action).label.en), o.alt ? words(actionOf(level, o.alt.action).label.en) : 0));
      const total = words(c.text.en) + labels.reduce((s, n) => s + n, 0) + words(level.leaving.label.en);
      expect(total, c.id).toBeLessThanOrEqual(40);
      expect(c.text.zh!.length, c.id).toBeLessThanOrEqual(80);
    }
    for (const a of level.actions) {
      expect(words(a.label.en), a.id).toBeLessThanOrEqual(8);
      expect(words(a.outcome.en), a.id).toBeLessThanOrEqual(20);
    }
    for (const n of level.notifications) expect(words(n.text.en), n.id).toBeLessThanOrEqual(15);
  });
});

// ---------------------------------------------------------------------------------------------
// Scripted weeks, through the same decisions and actions the interface uses.

type Style = 'honest' | 'careless' | 'chaser';
/** How much each kind of player wants an action: honest lives their life; careless lets things slide; the chaser works the number. */
function want(style: Style, id: string): number {
  const a = actionOf(level, id);
  if (style === 'careless') return (a.court === 'ignore' ? 20 : 0) + (a.court === 'pay' ? -20 : 0) + (a.lingers ? 9 : 0) + (a.luxury ? 8 : 0);
  if (a.court) return a.court === 'pay' ? 20 : -20;
  if (a.lingers) return -10;
  if (style === 'honest') {
    if (a.scoreOnly || a.luxury || a.share || a.compare || a.competitor) return -5;
    if (['help-friend', 'help-neighbour', 'keep-friend', 'lend-cousin', 'pay-bill-on-time', 'take-slow-train'].includes(id)) return 5;
    return a.rateBack ? 2 : 0;
  }
  return (a.scoreOnly ? 8 : 0) + (a.uses ? 7 : 0) + (a.share ? 6 : 0) + (a.compare ? 3 : 0) + (a.rateBack ? 1 : 0) + a.effects.reduce((s, e) => s + e.points, 0);
}

interface Played {
  run: SesameRun;
  decisions: number;
  screens: number;
  /** The label of every option chosen, in order (what the debrief may quote). */
  chosen: LText[];
  /** Cards met, day by day. */
  week: string[][];
  /** Notifications received, day by day. */
  notes: string[][];
}

function play(route: 'full' | 'short', seed: number, style: Style, leaveOn?: number): Played {
  let run = sesameRole.create(level, seed, route);
  let decisions = 0;
  let screens = 0;
  const chosen: LText[] = [];
  for (let guard = 0; guard < 400 && run.phase !== 'debrief'; guard++) {
    const d = sesameDecision(level, run);
    let action: SesameAction;
    if (d) {
      const leave = leaveOn === run.dayIndex && run.member ? d.options.find((o) => o.id === LEAVE) : undefined;
      const options = d.options.filter((o) => o.id !== LEAVE).sort((a, b) => want(style, b.id) - want(style, a.id));
      const pick = leave ?? options[0]!;
      if (pick.id !== LEAVE && 'text' in pick.label) chosen.push(pick.label.text);
      action = pick.action;
      decisions++;
    } else {
      action = sesameRole.advance(level, run)!;
      screens++;
    }
    const r = step(level, run, action);
    if (!r.ok) throw new Error(`refused ${JSON.stringify(action)}: ${r.reason}`);
    run = r.run;
  }
  const week = run.dayIds.map((_, i) => [...new Set(run.taken.filter((t) => t.day === i).map((t) => t.card))]);
  return { run, decisions, screens, chosen, week, notes: run.log.map((l) => [...l.notifications]) };
}

/** The English words a reveal beat shows (before any "more" control: the biggest moves only). */
function shownWords(beat: RevealBeat): number {
  const texts: (LText | null | undefined)[] = [];
  const st = (xs: readonly Statement[]) => xs.forEach((x) => texts.push(x.text));
  switch (beat.id) {
    case 'weights':
      st([beat.text, ...beat.facts]);
      beat.rows.forEach((r) => texts.push(r.factor.name));
      break;
    case 'moves':
      st([beat.text]);
      [...beat.rows].sort((a, b) => Math.abs(b.total) - Math.abs(a.total)).slice(0, MOVES_SHOWN).forEach((r) => texts.push(r.action.label));
      break;
    case 'chasing':
      st([beat.text]);
      beat.chasing.choices.slice(0, MOVES_SHOWN).forEach((c) => texts.push(c.action.label));
      break;
    case 'fico':
      st([beat.text, beat.fact]);
      beat.reading.counted.forEach((f) => texts.push(f.name));
      beat.reading.differences.slice(0, MOVES_SHOWN).forEach((c) => texts.push(c.action.label));
      break;
    case 'reality':
      st(beat.facts);
      break;
  }
  return texts.reduce((sum, t) => sum + (t ? words(t.en) : 0), 0);
}

const SEED = 7;

describe('scripted weeks', () => {
  it('pass: the honest week reaches the debrief on both routes, never listed, nothing done only for the number', () => {
    for (const route of ['full', 'short'] as const) {
      for (const seed of [SEED, 2019, 42]) {
        const { run, decisions } = play(route, seed, 'honest');
        expect(run.phase).toBe('debrief');
        expect(run.court).toBe('paid');
        expect(run.listedOn).toBeNull();
        expect(chasing(level, run).count).toBe(0);
        expect(run.dropped).toEqual([]);
        expect(run.score).toBeGreaterThan(level.model.start);
        expect(decisions).toBeGreaterThanOrEqual(route === 'full' ? 22 : 7);
      }
    }
  });

  it('fail: the careless week reaches the debrief on both routes, on the court’s list, a luxury purchase refused', () => {
    for (const route of ['full', 'short'] as const) {
      for (const seed of [SEED, 2019, 42]) {
        const { run } = play(route, seed, 'careless');
        expect(run.phase).toBe('debrief');
        expect(run.listedOn).toBe(route === 'full' ? 3 : 1);
        expect(run.court).toBe('listed');
        const blocked = run.taken.filter((t) => t.blocked);
        expect(blocked.length).toBeGreaterThanOrEqual(1);
        expect(blocked.every((t) => actionOf(level, t.action).luxury)).toBe(true);
        expect(run.score).toBeLessThan(level.model.start);
        expect(run.ledger.some((e) => e.kind === 'linger')).toBe(true);
        const moments = debriefMoments(level, run).map((m) => m.kind);
        expect(moments).toEqual(expect.arrayContaining(['listed', 'blocked', 'late']));
        expect(moments).not.toContain('paid');
      }
    }
  });

  it('honest and score-chasing weeks on the same seed meet different days and reach different debriefs', () => {
    const honest = play('full', SEED, 'honest');
    const chaser = play('full', SEED, 'chaser');
    // Day 3 already differs: Pan Jun, kept as a friend, asks for help; the chaser dropped him on day 2.
    expect(honest.week[1]).toEqual(['c-drop-pan', 'c-compare', 'c-bike']);
    expect(chaser.week[1]).toEqual(['c-drop-pan', 'c-compare', 'c-bike']);
    expect(honest.week[2]).toContain('c-pan-help');
    expect(chaser.week[2]).not.toContain('c-pan-help');
    const met = (p: Played) => new Set(p.week.flat());
    // Perks used bring what follows: the hotel asks for a rating, the fast visa brings the trip's hotel.
    for (const c of ['c-hotel-review', 'c-trip-hotel']) {
      expect(met(chaser).has(c), c).toBe(true);
      expect(met(honest).has(c), c).toBe(false);
    }
    for (const c of ['c-pan-help', 'c-he-help']) expect(met(chaser).has(c), c).toBe(false);
    expect(chaser.week[2]).toContain('c-pan-asks');
    expect(met(honest).has('c-pan-asks')).toBe(false);
    expect(met(honest).has('c-he-help')).toBe(true);
    expect(chaser.run.dropped).toEqual(['pan-jun', 'he-xiulan']);
    expect(chaser.run.perks).toEqual(['bike', 'hotel', 'visa']);
    expect(honest.run.perks).toEqual(['bike']);
    expect(chaser.run.used).toEqual(expect.arrayContaining(['hotel', 'visa']));
    expect(honest.run.used).toEqual([]);
    // The leaderboard answered the chaser's sharing; the honest player's friends never shared back.
    expect(chaser.run.log.some((l) => l.reactions.includes('chen-yaqin'))).toBe(true);
    expect(honest.run.log.every((l) => l.reactions.length === 0)).toBe(true);
    expect(chaser.notes.flat()).toEqual(expect.arrayContaining(['n-shared', 'n-perk', 'n-friend-lin']));
    expect(honest.notes.flat()).toContain('n-share-prompt');
    expect(honest.notes.flat()).not.toContain('n-shared');
    // The reveal: the chaser's score is far above the FICO-like reading; the honest one's is close to it.
    expect(chaser.run.score - ficoReading(level, chaser.run).fico).toBeGreaterThan(80);
    expect(Math.abs(honest.run.score - ficoReading(level, honest.run).fico)).toBeLessThan(40);
    expect(chasing(level, chaser.run).count).toBeGreaterThanOrEqual(8);
    expect(chasing(level, honest.run).count).toBe(0);
    // The debriefs quote different choices.
    const kinds = (p: Played) => new Set(debriefMoments(level, p.run).map((m) => m.kind));
    for (const k of ['scoreOnly', 'dropped', 'added', 'shared', 'perkUsed'] as const) {
      expect(kinds(chaser).has(k), k).toBe(true);
      expect(kinds(honest).has(k), k).toBe(false);
    }
    expect(kinds(honest).has('triedRate')).toBe(true);
    const quoted = (p: Played) => debriefMoments(level, p.run).flatMap((m) => (m.label ? [m.label.en] : []));
    expect(quoted(chaser)).toEqual(expect.arrayContaining(['Remove Pan Jun', 'Remove He Xiulan', 'Share my score', 'Apply the simple way']));
    expect(quoted(honest)).toEqual(expect.arrayContaining(['Pay what you owe', 'Look for a way to rate the app']));
    expect(quoted(honest)).not.toContain('Remove Pan Jun');
  });

  it('on the short route too, the two weeks differ and end differently', () => {
    const honest = play('short', SEED, 'honest');
    const chaser = play('short', SEED, 'chaser');
    // Day 2: Pan Jun, kept, asks for help; removed, he asks whether you removed him.
    expect(honest.week[1]).toEqual(['c-judgment', 'c-share-prompt', 'c-pan-help']);
    expect(chaser.week[1]).toEqual(['c-judgment', 'c-share-prompt', 'c-pan-asks']);
    expect(chaser.chosen.map((l) => l.en)).toContain('Remove Pan Jun');
    expect(honest.chosen.map((l) => l.en)).toContain('Keep your friend');
    expect(chaser.run.score).toBeGreaterThan(honest.run.score);
    expect(chasing(level, chaser.run).count).toBeGreaterThan(0);
    expect(debriefMoments(level, chaser.run).map((m) => m.kind)).toContain('dropped');
    expect(debriefMoments(level, honest.run).map((m) => m.kind)).not.toContain('dropped');
  });

  it('the debrief quotes the player’s choices verbatim, each with its citation', () => {
    for (const style of ['honest', 'careless', 'chaser'] as const) {
      for (const route of ['full', 'short'] as const) {
        const p = play(route, SEED, style);
        const chosen = p.chosen.map((l) => JSON.stringify(l));
        for (const m of debriefMoments(level, p.run)) {
          expect(m.fact.source, m.kind).toBeDefined();
          if (m.card) expect(chosen).toContain(JSON.stringify(m.label));
        }
      }
    }
    // Leaving is quoted with the words of the option the player chose.
    const left = play('short', SEED, 'honest', 1);
    const moment = debriefMoments(level, left.run).find((m) => m.kind === 'left')!;
    expect(moment).toMatchObject({ day: 2, label: level.leaving.label, fact: level.moments.left });
    expect(left.run.perks).toEqual([]);
  });

  it('the court’s list can be met on both routes by choices, and paying lifts it', () => {
    for (const route of ['full', 'short'] as const) {
      // Ignore the letter, then pay at the first reminder.
      let run = sesameRole.create(level, SEED, route);
      while (run.phase !== 'debrief') {
        const d = sesameDecision(level, run);
        const ids = d?.options.map((o) => o.id) ?? [];
        const pick = d && (ids.includes('ignore-judgment') ? 'ignore-judgment' : ids.includes('pay-judgment') ? 'pay-judgment' : ids[0]!);
        run = step(level, run, d ? d.options.find((o) => o.id === pick)!.action : sesameRole.advance(level, run)!).run;
      }
      expect(run.listedOn).not.toBeNull();
      expect(run.liftedOn).toBe(run.listedOn! + 1);
      expect(run.court).toBe('paid');
      const lifted = run.log.find((l) => l.court === 'lifted')!;
      expect(lifted.notifications).toContain('n-delisted');
    }
  });

  it('fits the routes’ length: about 10 days, about 3, each reveal beat within 250 words', () => {
    for (const style of ['honest', 'careless', 'chaser'] as const) {
      const full = play('full', SEED, style);
      const short = play('short', SEED, style);
      expect(full.decisions).toBeGreaterThanOrEqual(22);
      expect(full.decisions).toBeLessThanOrEqual(30);
      expect(short.decisions).toBeGreaterThanOrEqual(6);
      expect(short.decisions).toBeLessThanOrEqual(9);
      // Screens without a decision: the intro, each evening (and closing each day), the beats.
      expect(short.screens).toBeLessThanOrEqual(1 + 3 * 2 + 5);
      for (const p of [full, short]) {
        for (const b of revealBeats(level, p.run)) expect(shownWords(b), `${style}/${b.id}`).toBeLessThanOrEqual(250);
        for (let i = 0; i < p.run.log.length; i++) {
          const e = evening(level, { ...p.run, log: p.run.log.slice(0, i + 1) })!;
          const shown = [...e.notifications.map((n) => n.text), ...e.court.map((s) => s.text), ...e.lingering.map((l) => l.text), ...(e.tip ? [e.tip.text] : [])];
          expect(shown.reduce((s, t) => s + words(t.en), 0), `${style} evening ${i + 1}`).toBeLessThanOrEqual(120);
        }
      }
    }
    const d = level.debrief;
    const ending = [...d.findings, d.myth.reality, ...(d.caveat ? [d.caveat] : [])].reduce((s, x) => s + words(x.text.en), 0) + words(d.myth.myth.en);
    expect(ending).toBeLessThanOrEqual(250);
    expect(d.questions.length).toBeGreaterThanOrEqual(3);
    expect(d.questions.length).toBeLessThanOrEqual(5);
  });
});
