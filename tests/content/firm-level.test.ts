/**
 * The shipped firm level: its facts are in the report (in the section they cite), every text is in
 * English and Chinese, invented numbers are marked, words fit their budgets, and scripted runs
 * (careful and careless, both routes) play through src/core to the debrief and end differently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/core/validate';
import type { LText, Section, Statement } from '../../src/core/content';
import { firmRole, decision } from '../../src/core/firm/role';
import { createRun, pending, presetSplit, step, type FirmAction, type FirmRun } from '../../src/core/firm/rules';
import {
  appealSummary, citations, debriefMoments, firstWrongRecord, quarterRecords, revealBeats, status, takenByError, travelSummary, type RevealBeat,
} from '../../src/core/firm/reveal';
import type { FirmLevel } from '../../src/core/firm/schema';
import raw from '../../levels/firm.json';
import { norm, REPORT_PATH } from '../fixtures/report';

const parsed = parseLevel([firmRole], raw, 'levels/firm.json');
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const level = parsed.level as FirmLevel;

// The report where .ci/run found it (SCORED_REPORT), else beside the project.
const REPORT = REPORT_PATH;
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
/** Where each section of the report starts, as the report heads it. */
const HEADINGS: [Section, string][] = [
  ['Introduction', 'Introduction "Orwellian reality'],
  ['1', '1. Origins and political background of the Chinese social credit system'],
  ['2', '2. Legal basis and initial implementation attempts'],
  ['3', '3. Different types of systems, their functions and examples of pilot programmes'],
  ['3.1', '3.1. Systems created by private entities to assess individuals'],
  ['3.2', '3.2 Systems created by party-state apparatus to assess individuals'],
  ['3.2.1', '3.2.1 Moral education'],
  ['3.2.2', '3.2.2 Blacklists and redlists'],
  ['3.3', '3.3 Corporate social credit system'],
  ['3.3.1', '3.3.1 Creating stable business environment'],
  ['3.3.2', '3.3.2 Impact of corporate social credit system on foreign enterprises in China'],
  ['4', '4. Future implications'],
];

describe('levels/firm.json: facts', () => {
  it.skipIf(!existsSync(REPORT))('quotes the report word for word, from the section it cites', () => {
    const report = norm(readFileSync(REPORT, 'utf8'));
    const starts = HEADINGS.map(([id, heading]) => {
      const at = report.indexOf(norm(heading));
      expect(at, heading).toBeGreaterThan(0);
      return { id, at };
    });
    const span = (section: Section): [number, number] => {
      if (section === 'Summary') return [0, starts[0]!.at];
      const i = starts.findIndex((s) => s.id === section);
      const next = starts.slice(i + 1).find((s) => !s.id.startsWith(`${section}.`));
      return [starts[i]!.at, next?.at ?? report.length];
    };
    const problems: string[] = [];
    let count = 0;
    everyObject(raw, (o, path) => {
      const source = o.source as { section: Section; quote: string } | undefined;
      if (!source || typeof source.quote !== 'string') return;
      count++;
      const at = report.indexOf(norm(source.quote));
      const [from, to] = span(source.section);
      if (at < 0) problems.push(`${path}: not in the report: ${source.quote}`);
      else if (at < from || at >= to) problems.push(`${path}: not in section ${source.section}: ${source.quote}`);
      if (words(source.quote) > 33) problems.push(`${path}: quote of ${words(source.quote)} words`);
    });
    expect(count).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  it('cites the key facts: 33 million entities by September 2019, three elements, the test version', () => {
    expect(level.facts.firstRound.text.en).toMatch(/September 2019.*33 million/s);
    expect(level.facts.firstRound.source?.quote).toMatch(/September 2019.*33 million market entities/);
    expect(level.facts.elements.source?.quote).toMatch(/three elements: the main database, sectoral blacklists and redlists as well as the joint rewards and punishment system/);
    expect(level.facts.testVersion.text.en).toContain('“Internet + Monitoring”');
    expect(level.facts.testVersion.text.zh).toContain('国家“互联网+监管”系统');
    expect(level.facts.platform.text.zh).toContain('全国信用信息共享平台');
    expect(level.facts.jointPunishment.text.zh).toContain('联合奖惩');
    expect(level.facts.categoriesRange.text.en).toContain('several dozen to hundreds');
    for (const f of [level.facts.firstRound, level.facts.elements, level.facts.testVersion]) expect(level.debrief.findings).toContainEqual(f);
    expect(level.facts.notCollected.text.source?.section).toBe('3.3.1');
    expect(level.facts.notCollected.items.map((i) => i.id)).toEqual(['biometric', 'health', 'religion']);
  });

  it('has the firms, categories, channels, grades and institutions the design asks for', () => {
    expect(level.profiles.length).toBeGreaterThanOrEqual(3);
    const sets = level.profiles.map((p) => [...p.categories].sort().join());
    expect(new Set(sets).size).toBe(level.profiles.length);
    expect(level.profiles.some((p) => p.foreign)).toBe(true);
    expect(level.profiles.map((p) => p.icon).sort()).toEqual(['firm-joint-venture', 'firm-manufacturer', 'firm-online-seller']);
    const cited = level.categories.filter((c) => c.source?.section === '3.3.1').map((c) => c.id);
    expect(cited).toEqual(['tax-customs', 'quality', 'environment', 'ip']);
    expect(level.categories.some((c) => c.illustrative)).toBe(true);
    for (const ch of level.channels) {
      expect(ch.source?.section).toBe('3.3.1');
      expect(level.events.some((e) => e.channel === ch.id), ch.id).toBe(true);
    }
    expect(level.grades.map((g) => g.name.zh)).toEqual(['优', '良', '中', '差']);
    const kinds = level.grades.flatMap((g) => g.effects.map((e) => e.kind));
    for (const k of ['training', 'inspection', 'audit', 'permission', 'preferential', 'blacklist', 'legal-rep', 'redlist']) expect(kinds).toContain(k);
    const centre = level.institutions.filter((i) => i.centre);
    expect(centre.map((i) => i.name.zh)).toEqual(['全国信用信息共享平台']);
    for (const id of ['tax', 'land', 'customs', 'procurement', 'bank', 'transport', 'court']) expect(level.institutions.map((i) => i.id)).toContain(id);
    expect(level.routes.full.quarters.length).toBeGreaterThanOrEqual(6);
    expect(level.routes.short.quarters.length).toBeGreaterThanOrEqual(2);
    expect(level.routes.short.quarters.length).toBeLessThanOrEqual(3);
  });

  it('keeps the foreign firm’s view and the travel-ban correction as the report has them', () => {
    const foreign = level.facts.foreign.map((s) => s.source?.quote ?? '').join(' | ');
    expect(foreign).toContain('not a game changer, but rather a tool which further strengthens the party-state’s ability to manage the domestic market');
    expect(foreign).toContain('still have not realised');
    expect(foreign).toContain('non-uniform criteria');
    expect(foreign).toContain('boycotts inspired by the state media');
    expect(level.courtOrder.notScore.source?.quote).toContain('court orders');
    expect(level.courtOrder.media.text.en).toMatch(/Media .*reported/);
    expect(level.courtOrder.open.text.en).toContain('Regular trains');
    expect(level.debrief.myth.reality.text.en).toContain('court orders');
    expect(level.reveal.why.some((s) => s.source?.section === 'Summary' && s.source.quote.includes('least controversial'))).toBe(true);
  });
});

describe('levels/firm.json: language and numbers', () => {
  it('has every text in English and Simplified Chinese, with Chinese punctuation', () => {
    const problems: string[] = [];
    everyObject(raw, (o, path) => {
      if (typeof o.en !== 'string') return;
      const zh = o.zh;
      if (typeof zh !== 'string' || !zh.trim()) return problems.push(`${path}: no zh`);
      if (!/[\u4e00-\u9fff]/.test(zh)) problems.push(`${path}: zh has no Chinese: ${zh}`);
      if (/[,;:?!]|(?<!\d)\.(?!\d)|[。，；：] /.test(zh)) problems.push(`${path}: half-width punctuation or a space in zh: ${zh}`);
    });
    expect(problems).toEqual([]);
  });

  it('marks every invented number as illustrative; a cited text’s numbers are in its quote', () => {
    const problems: string[] = [];
    const marked = (above: Obj[], o: Obj) => [...above, o].some((a) => a.illustrative === true);
    // Numbers that are structure, not content: the format version and how many pool events a quarter draws.
    const structural = (path: string, k: string) => (path === '' && k === 'format') || k === 'poolCount';
    const allQuotes = JSON.stringify(raw).match(/"quote":\s*"[^"]*"/g)?.join(' ') ?? '';
    everyObject(raw, (o, path, above) => {
      for (const [k, v] of Object.entries(o)) {
        if (typeof v === 'number' && !structural(path, k) && !marked(above, o)) problems.push(`${path}.${k} = ${v} is not in an illustrative object`);
      }
      if (typeof o.en === 'string' && /\d/.test(o.en) && !marked(above, o)) {
        const cited = [...above].reverse().find((a) => a.source);
        // A cited text's numbers come from its own quote; an uncited one (the myth) from some quote in the level.
        const quote = cited ? ((cited.source as { quote?: string }).quote ?? '') : allQuotes;
        // "2019" is the report's own date ("by 2019", as the content guide asks); "Quarter 1" is an ordinal.
        const numbers = (o.en.replace(/^Quarter \d$/, '').match(/\d+/g) ?? []).filter((n) => n !== '2019');
        if (!numbers.every((n) => quote.includes(n))) problems.push(`${path}: "${o.en}" has numbers its source does not`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('gives invented people and firms no famous names', () => {
    const famous = ['李强', '习近平', '马云', '马化腾', '李克强', '王健林', '刘强东', '雷军', '任正非', '阿里', '腾讯', '华为'];
    const names = level.profiles.flatMap((p) => [p.name.zh, p.representative.name.zh]);
    for (const n of names) for (const f of famous) expect(n).not.toContain(f);
  });

  it('fits the word budgets: first decision, decision cards, forecasts', () => {
    // Before the first decision: the card, then the choice of firm (its names and kinds).
    const first = words(level.intro.card.text.en) + level.profiles.reduce((s, p) => s + words(p.name.en) + words(p.kind.en), 0);
    expect(first).toBeLessThanOrEqual(60);
    for (const e of level.events) {
      expect(words(e.text.en), e.id).toBeLessThanOrEqual(40);
      const card = words(e.text.en) + (e.options ?? []).reduce((s, o) => s + words(o.label.en), 0);
      expect(card, e.id).toBeLessThanOrEqual(52);
      expect(e.text.zh?.length ?? 0, e.id).toBeLessThanOrEqual(80);
    }
    expect(words(level.appeal.card.en) + words(level.appeal.contest.en) + words(level.appeal.wait.en)).toBeLessThanOrEqual(40);
    for (const q of level.quarters) {
      expect(words(q.forecast.en) + level.budget.presets.reduce((s, p) => s + words(p.name.en), 0), q.id).toBeLessThanOrEqual(40);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Scripted runs, through the same actions the interface dispatches.

const CAREFUL: Record<string, string> = {
  inspection: 'receive', supplier: 'keep', fine: 'pay', 'fine-reminder': 'pay', trip: 'settle', complaint: 'refund', 'training-rules': 'train',
  'safety-drill': 'drill', 'ip-listing': 'remove', criteria: 'meet', 'contract-dispute': 'defend', 'foreign-letter': 'brief',
  'inspection-returns': 'receive', 'supplier-violation': 'recall',
};
const CARELESS: Record<string, string> = {
  inspection: 'postpone', supplier: 'switch', fine: 'ignore', 'fine-reminder': 'ignore', trip: 'train', complaint: 'ignore', 'training-rules': 'wait',
  'safety-drill': 'later', 'ip-listing': 'keep', criteria: 'ignore', 'contract-dispute': 'settle', 'foreign-letter': 'skip',
  'inspection-returns': 'postpone', 'supplier-violation': 'blame',
};

interface Played {
  run: FirmRun;
  decisions: number;
  screens: number;
}

/** Careful: a balanced budget, an appeal funded while the error stands, every record answered. Careless: all on compliance, every shortcut taken. */
function play(route: 'full' | 'short', seed: number, firm: string, careful: boolean): Played {
  let run = createRun(level, seed, route);
  let decisions = 0;
  let screens = 0;
  const act = (a: FirmAction) => {
    const r = step(level, run, a);
    if (!r.ok) throw new Error(`refused ${JSON.stringify(a)}: ${r.reason}`);
    run = r.run;
  };
  const preset = (id: string) => presetSplit(level.budget.presets.find((p) => p.id === id)!.weights, run.budget);
  act({ type: 'pick', profile: firm });
  decisions++;
  while (run.phase !== 'debrief') {
    screens++;
    if (run.phase === 'budget') {
      const errorOpen = run.penalties.some((p) => p.cause === 'error');
      act({ type: 'budget', split: careful ? preset(errorOpen ? 'appeal' : 'steady') : { compliance: run.budget, paperwork: 0, training: 0, inspectors: 0, appeals: 0 } });
      decisions++;
    } else if (run.phase === 'events') {
      const id = pending(level, run);
      if (id === null) act({ type: 'closeQuarter' });
      else {
        act(id === 'appeal' ? { type: 'appeal', choice: careful ? 'contest' : 'wait' } : { type: 'answer', event: id, option: (careful ? CAREFUL : CARELESS)[id]! });
        decisions++;
      }
    } else act(firmRole.advance(level, run)!);
  }
  return { run, decisions, screens };
}

/** The English words a beat shows: its statements and the texts of what it lists. */
function shownWords(beat: RevealBeat): number {
  const texts: (LText | null | undefined)[] = [];
  const st = (xs: readonly Statement[]) => xs.forEach((x) => texts.push(x.text));
  switch (beat.id) {
    case 'replay':
      st([beat.text]);
      texts.push(beat.record?.error.text, beat.record?.error.truth, beat.record?.channel?.name);
      beat.record?.steps.forEach((s) => texts.push(s.institution.name, s.takes));
      break;
    case 'taken':
      st([beat.text]);
      beat.rows.forEach((r) => texts.push(r.institution.name, r.operation?.name, r.lostForGood));
      break;
    case 'appeal':
      st([beat.text, beat.rectified, beat.notRestored]);
      texts.push(...beat.summary.lostForGood);
      beat.summary.measures.forEach((m) => texts.push(m.effect.text));
      break;
    case 'travel':
      st(beat.statements);
      break;
    case 'why':
      st([...beat.statements, ...beat.foreign, beat.notCollected.text]);
      beat.notCollected.items.forEach((i) => texts.push(i.name));
      break;
  }
  return texts.reduce((sum, t) => sum + (t ? words(t.en) : 0), 0);
}

const metEvents = (run: FirmRun) => run.log.flatMap((q) => q.records.map((r) => r.event));
const grades = (run: FirmRun) => run.log.map((q) => q.grade);

describe('scripted runs', () => {
  it('pass: the careful firm reaches the debrief on both routes, its appeal restored', () => {
    for (const route of ['full', 'short'] as const) {
      for (const firm of level.profiles.map((p) => p.id)) {
        const { run } = play(route, 2019, firm, true);
        expect(run.phase).toBe('debrief');
        expect(run.log.filter((q) => q.error !== null)).toHaveLength(1);
        expect(run.appeal?.restoredAt).toBe(run.quarters.length - (route === 'full' ? 2 : 1));
        expect(run.penalties).toEqual([]);
        expect(['excellent', 'good']).toContain(grades(run).at(-1));
        expect(grades(run)).toContain('medium');
        expect(appealSummary(level, run).outcome).toBe('restored');
        expect(appealSummary(level, run).restored.length).toBeGreaterThan(2);
        expect(travelSummary(level, run).met).toBe(false);
      }
    }
  });

  it('fail: the careless firm also reaches the debrief, graded 差, the error never removed, its representative banned from fast trains', () => {
    for (const route of ['full', 'short'] as const) {
      for (const firm of level.profiles.map((p) => p.id)) {
        const { run } = play(route, 2019, firm, false);
        expect(run.phase).toBe('debrief');
        expect(grades(run).at(-1)).toBe('poor');
        expect(run.appeal).toBeNull();
        expect(run.penalties.filter((p) => p.cause === 'error').length).toBeGreaterThan(5);
        expect(run.penalties.some((p) => p.cause === 'grade')).toBe(true);
        expect(appealSummary(level, run).outcome).toBe('never-filed');
        expect(travelSummary(level, run).met).toBe(true);
        expect(status(level, run).travel).toEqual({ highSpeedRail: false, plane: false, regularTrain: true });
        const land = status(level, run).operations.find((o) => o.id === 'land-lease');
        if (land) expect(land.closedBy).toEqual(expect.arrayContaining(['error', 'grade']));
      }
    }
  });

  it('careful and careless on the same seed meet different quarters and reach different debriefs', () => {
    const seed = 7;
    const careful = play('full', seed, 'mingtu', true).run;
    const careless = play('full', seed, 'mingtu', false).run;
    expect(careful.error).toBe(careless.error);
    expect(grades(careful)).toEqual(['good', 'excellent', 'medium', 'medium', 'excellent', 'excellent']);
    expect(grades(careless)).toEqual(['good', 'medium', 'poor', 'poor', 'poor', 'poor']);
    const a = new Set(metEvents(careful));
    const b = new Set(metEvents(careless));
    for (const id of ['redlist-perk', 'extra-inspection']) expect(a.has(id), id).toBe(true);
    for (const id of ['inspection-returns', 'supplier-violation', 'fine-reminder', 'trip', 'audit']) {
      expect(b.has(id), id).toBe(true);
      expect(a.has(id), id).toBe(false);
    }
    // Quarter 2 already differs: the postponed inspection comes back for the careless firm only.
    expect(careful.log[1]!.records.map((r) => r.event)).toEqual(['filing', 'supplier', 'fine', 'emissions']);
    expect(careless.log[1]!.records.map((r) => r.event)).toEqual(['inspection-returns', 'filing', 'supplier', 'fine', 'emissions']);
    // The debriefs quote each player's own choices.
    const quoted = (run: FirmRun) => debriefMoments(level, run).flatMap((m) => (m.kind === 'answer' || m.kind === 'appeal' ? [m.label.en] : []));
    expect(quoted(careful)).toEqual(expect.arrayContaining(['Receive them', 'Stay with your usual supplier', 'Pay the fine', 'Contest the record']));
    expect(quoted(careless)).toEqual(expect.arrayContaining(['Ask to postpone', 'Switch to the cheap supplier', 'Leave it for later', 'Leave it', 'Not now']));
    expect(quoted(careful)).not.toContain('Not now');
    const carried = debriefMoments(level, careless).filter((m) => m.kind === 'answer' && m.carried).map((m) => (m.kind === 'answer' ? m.event.id : ''));
    expect(carried).toEqual(expect.arrayContaining(['inspection', 'supplier', 'fine', 'fine-reminder']));
    const beat = (run: FirmRun, id: string) => revealBeats(level, run).find((x) => x.id === id)!;
    expect(beat(careful, 'appeal')).toMatchObject({ text: level.reveal.restored });
    expect(beat(careless, 'appeal')).toMatchObject({ text: level.reveal.neverFiled });
    expect(beat(careful, 'travel')).toMatchObject({ summary: { met: false } });
    expect(beat(careless, 'travel')).toMatchObject({ summary: { met: true, imposedAt: 2 } });
    const lost = (run: FirmRun) => takenByError(level, run).reduce((s, r) => s + r.lost, 0);
    expect(lost(careless)).toBeGreaterThan(lost(careful));
    expect(lost(careful)).toBeGreaterThan(0);
  });

  it('the short route holds the human error and the cascade on every seed, in about three minutes', () => {
    for (let seed = 0; seed < 40; seed++) {
      for (const firm of level.profiles.map((p) => p.id)) {
        for (const careful of [true, false]) {
          const { run, decisions, screens } = play('short', seed, firm, careful);
          const first = firstWrongRecord(level, run);
          expect(first?.quarter).toBe('s1');
          expect(first!.steps.length).toBeGreaterThanOrEqual(8);
          expect(first!.steps[0]!.institution.id).toBe(first!.error.institution);
          expect(first!.steps.slice(1).every((s) => s.from !== null)).toBe(true);
          expect(decisions).toBeLessThanOrEqual(11);
          expect(screens).toBeLessThanOrEqual(22);
        }
      }
    }
    const full = play('full', 3, 'sorvik', true);
    expect(full.decisions).toBeGreaterThanOrEqual(16);
  });

  it('the reveal replays the first wrong record, says what each institution took, and fits 250 words a beat', () => {
    for (const careful of [true, false]) {
      for (const route of ['full', 'short'] as const) {
        for (const firm of level.profiles.map((p) => p.id)) {
          const { run } = play(route, 5, firm, careful);
          const beats = revealBeats(level, run);
          expect(beats.map((b) => b.id)).toEqual(['replay', 'taken', 'appeal', 'travel', 'why']);
          const replay = beats[0]!;
          if (replay.id !== 'replay') throw new Error('order');
          expect(replay.record?.steps.map((s) => s.institution.id)).toEqual(
            run.log.find((q) => q.error)!.cascades.find((c) => c.cause === 'error')!.steps.map((p) => p.institution),
          );
          const taken = beats[1]!;
          if (taken.id !== 'taken') throw new Error('order');
          expect(taken.rows.some((r) => r.operation === null)).toBe(true);
          expect(taken.rows.filter((r) => r.operation).every((r) => r.lost === r.operation!.loss.perQuarter * r.quarters)).toBe(true);
          for (const b of beats) expect(shownWords(b), `${firm}/${route}/${b.id}`).toBeLessThanOrEqual(250);
          const why = beats[4]!;
          if (why.id === 'why') expect(why.foreignFirm).toBe(firm === 'sorvik');
          expect(citations(level, run).length).toBeGreaterThan(10);
          for (const q of run.log) expect(quarterRecords(level, q)).toHaveLength(q.records.length);
        }
      }
    }
  });

  it('refuses a run that skips a decision, overspends, or leaves the reveal early', () => {
    let run = createRun(level, 1, 'short');
    expect(step(level, run, { type: 'budget', split: { compliance: 10, paperwork: 0, training: 0, inspectors: 0, appeals: 0 } })).toMatchObject({ ok: false, reason: 'wrong-phase' });
    run = (step(level, run, { type: 'pick', profile: 'sorvik' }) as { run: FirmRun }).run;
    expect(step(level, run, { type: 'budget', split: { compliance: 11, paperwork: 0, training: 0, inspectors: 0, appeals: 0 } })).toMatchObject({ ok: false, reason: 'bad-split' });
    run = (step(level, run, { type: 'budget', split: { compliance: 10, paperwork: 0, training: 0, inspectors: 0, appeals: 0 } }) as { run: FirmRun }).run;
    expect(decision(level, run)?.id).toBe('s1-inspection');
    expect(step(level, run, { type: 'closeQuarter' })).toMatchObject({ ok: false, reason: 'decisions-left' });
    expect(step(level, run, { type: 'nextBeat' })).toMatchObject({ ok: false, reason: 'wrong-phase' });
  });
});
