/**
 * The shipped village level: it parses, its facts are really in the report, it covers what the
 * design asks for, and scripted weeks (pass and fail) play through src/core to the debrief.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVillageLevel } from '../../src/core/validate';
import type { LText, VillageLevel } from '../../src/core/schema';
import { boardAfterDay, createRun, pendingDeed, planRun, replay, step, type VillageAction, type VillageRun } from '../../src/core/village/rules';
import { comparisons, pressureOutcomes, reportedValues } from '../../src/core/village/reveal';
import { cityTable, swaps } from '../../src/core/village/scales';
import raw from '../../levels/village.json';

const parsed = parseVillageLevel(raw, 'levels/village.json');
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const level: VillageLevel = parsed.level;

const REPORT = '../shared/report/social-credit-report.txt';
/** Whitespace folded, line-break hyphens joined, typographic quotes made plain. */
const norm = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/(\w)- (\w)/g, '$1-$2')
    .trim();

function everyObject(node: unknown, visit: (o: Record<string, unknown>, path: string) => void, path = '') {
  if (Array.isArray(node)) node.forEach((n, i) => everyObject(n, visit, `${path}[${i}]`));
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>, path);
    for (const [k, v] of Object.entries(node)) everyObject(v, visit, path ? `${path}.${k}` : k);
  }
}

describe('levels/village.json', () => {
  it('quotes the report word for word', () => {
    // The report lives beside the project (../shared); where it is missing, this check cannot run.
    if (!existsSync(REPORT)) {
      console.warn(`skipping the quote check: ${REPORT} not found`);
      return;
    }
    const report = norm(readFileSync(REPORT, 'utf8'));
    const missing: string[] = [];
    let count = 0;
    everyObject(raw, (o, path) => {
      if (typeof o.quote === 'string') {
        count++;
        if (!report.includes(norm(o.quote))) missing.push(`${path}: ${o.quote}`);
      }
    });
    expect(count).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it('has every text in English and Simplified Chinese', () => {
    const missing: string[] = [];
    everyObject(raw, (o, path) => {
      if ('en' in o && !(typeof o.zh === 'string' && o.zh.trim())) missing.push(path);
    });
    expect(missing).toEqual([]);
  });

  it('has the cast, days and deeds the design asks for', () => {
    expect(level.villagers.length).toBeGreaterThanOrEqual(8);
    expect(level.deeds.length).toBeGreaterThanOrEqual(16);
    expect(level.routes.full.length).toBeGreaterThanOrEqual(5);
    for (let seed = 0; seed < 50; seed++) {
      for (const deeds of planRun(level, seed, 'full').plan) {
        expect(deeds.length).toBeGreaterThanOrEqual(3);
        expect(deeds.length).toBeLessThanOrEqual(4);
      }
    }
    expect(level.villagers.some((v) => !v.seen)).toBe(true);
    const kinds = new Set(level.deeds.flatMap((d) => (d.pressure ? [d.pressure.kind] : [])));
    expect([...kinds].sort()).toEqual(['cadre', 'grudge', 'hearsay', 'relative']);
  });

  it('includes every deed the report names, with its points', () => {
    const byPoints = (p: number) => level.deeds.filter((d) => d.reportPoints === p);
    expect(byPoints(2).map((d) => d.text.en)).toEqual([expect.stringMatching(/eight hours repairing the basket/)]);
    expect(byPoints(10).map((d) => d.text.en)).toEqual([expect.stringMatching(/army in Tibet/), expect.stringMatching(/army in Tibet/)]);
    expect(new Set(byPoints(10).map((d) => d.villager)).size).toBe(2);
    expect(byPoints(30).map((d) => d.text.en)).toEqual([expect.stringMatching(/3000 yuan to a charity/)]);
    const deductions = level.deeds.filter((d) => d.source?.quote.includes('dropping litter or neglecting elderly family members'));
    expect(deductions.map((d) => d.id).sort()).toEqual(['litter', 'neglect']);
    for (const d of level.deeds.filter((x) => x.reportPoints !== undefined)) expect(d.source?.section).toBe('3.2');
  });

  it('plays the donation-versus-army comparison in every route and seed', () => {
    for (const route of ['full', 'short'] as const) {
      for (let seed = 0; seed < 30; seed++) {
        const ids = new Set(planRun(level, seed, route).plan.flat());
        for (const id of ['basket', 'tibet-zhou', 'tibet-li', 'donation']) expect(ids.has(id), `${route}/${seed}/${id}`).toBe(true);
      }
    }
  });

  it('names the city scales as the report gives them', () => {
    const scale = (id: string) => level.scales.find((s) => s.id === id)!;
    expect(scale('suining').rule).toMatchObject({ base: 1000, counts: 'deductions' });
    expect(scale('suining').categories.map((c) => c.label.en)).toEqual(['A', 'B', 'C', 'D']);
    expect(scale('suqian').rule.base).toBe(1000);
    const suqian = scale('suqian').categories.map((c) => c.label.en);
    expect([suqian[0], suqian.at(-1)]).toEqual(['AAA', 'D']);
    expect(scale('suzhou').rule).toMatchObject({ min: 0, max: 200 });
    for (const s of level.scales) expect(s.rule.illustrative).toBe(true);
  });
});

/** A scorer's policy, run through the same actions the interface dispatches. */
function playWeek(route: 'full' | 'short', seed: number, policy: (deedId: string) => VillageAction): VillageRun {
  let run = createRun(level, seed, route);
  const act = (a: VillageAction) => {
    const r = step(level, run, a);
    if (!r.ok) throw new Error(`refused ${JSON.stringify(a)}: ${r.reason}`);
    run = r.run;
  };
  for (;;) {
    for (let id = pendingDeed(run); id; id = pendingDeed(run)) act(policy(id));
    act({ type: 'closeDay' });
    act({ type: 'nextDay' });
    if (run.phase === 'reveal') break;
  }
  act({ type: 'toCities' });
  act({ type: 'toDebrief' });
  return run;
}

const deed = (id: string) => level.deeds.find((d) => d.id === id)!;
const byTheReport = (id: string): VillageAction => {
  const d = deed(id);
  if (d.reportPoints !== undefined) return { type: 'score', deedId: id, points: d.reportPoints };
  if (d.evidence === 'hearsay') return { type: 'decline', deedId: id };
  return { type: 'score', deedId: id, points: ['litter', 'straw', 'noise'].includes(id) ? -5 : 5 };
};
const yesToEveryone = (id: string): VillageAction => {
  const d = deed(id);
  return d.pressure ? { type: 'score', deedId: id, points: d.pressure.asks } : byTheReport(id);
};

describe('scripted weeks', () => {
  it('pass: the report-faithful scorer reaches the debrief on both routes; the reveal agrees with the report', () => {
    for (const route of ['full', 'short'] as const) {
      const run = playWeek(route, 2019, byTheReport);
      expect(run.phase).toBe('debrief');
      for (const v of reportedValues(level, run)) expect(v.choice).toEqual({ kind: 'points', points: v.reportPoints });
      const [donationVsArmy] = comparisons(level, run);
      expect(donationVsArmy?.reportRatio).toBe(3);
      expect(donationVsArmy?.playerRatio).toBe(3);
    }
  });

  it('favours change the board: the scorer who says yes puts the committee member on top', () => {
    const fair = playWeek('full', 7, byTheReport);
    const obliging = playWeek('full', 7, yesToEveryone);
    const he = (run: VillageRun) => boardAfterDay(level, run, run.plan.length - 1).find((e) => e.villager.id === 'he-jianguo')!;
    expect(he(obliging).rank).toBe(1);
    expect(he(obliging).modelCitizen).toBe(true);
    expect(he(obliging).points).toBeGreaterThan(he(fair).points);
    expect(he(fair).rank).toBeGreaterThan(1);
    expect(pressureOutcomes(level, obliging).every((p) => p.followed)).toBe(true);
  });

  it('the same week lands people in different categories in different cities', () => {
    const run = playWeek('full', 7, byTheReport);
    const flips = swaps(level, run);
    expect(flips.count).toBeGreaterThan(0);
    expect(flips.examples.length).toBeGreaterThan(0);
    // Only Suining, which counts losses alone, can reverse the village order.
    for (const f of flips.examples) expect(level.scales[f.scaleIndex]?.id).toBe('suining');
    const rows = cityTable(level, run);
    const guo = rows.find((r) => r.villagerId === 'guo-bin')!;
    // Suining counts only losses: the litter costs Guo Bin there, his good deeds do not help.
    expect(guo.results[0]!.score).toBeLessThan(1000);
  });

  it('fail: a week cannot skip a deed, the board or the reveal', () => {
    const seed = 11;
    const { plan } = planRun(level, seed, 'short');
    const firstDay = plan[0]!;
    const skipOne = [...firstDay.slice(1).map(byTheReport), { type: 'closeDay' } as VillageAction];
    expect(replay(level, seed, 'short', skipOne)).toMatchObject({ ok: false, reason: 'day-unfinished' });
    const noBoard = [...firstDay.map(byTheReport), { type: 'closeDay' } as VillageAction, byTheReport(plan[1]![0]!)];
    expect(replay(level, seed, 'short', noBoard)).toMatchObject({ ok: false, reason: 'wrong-phase' });
    const all = [...firstDay.map(byTheReport), { type: 'closeDay' }, { type: 'nextDay' }, ...plan[1]!.map(byTheReport), { type: 'closeDay' }, { type: 'nextDay' }] as VillageAction[];
    expect(replay(level, seed, 'short', [...all, { type: 'toDebrief' }])).toMatchObject({ ok: false, reason: 'wrong-phase' });
  });

  it('golden transcript: a fixed seed and policy give the same week every time', () => {
    const run = playWeek('full', 42, byTheReport);
    const name = (t: LText) => t.en;
    const lines = run.plan.map((deeds, d) => {
      const board = boardAfterDay(level, run, d)
        .map((e) => `${name(e.villager.name)} ${e.points}${e.modelCitizen ? '*' : ''}`)
        .join(', ');
      return `day ${d + 1}: ${deeds.join(' ')} | ${board}`;
    });
    const cities = cityTable(level, run).map((r) => `${r.villagerId}: ${r.results.map((x) => `${x.score}${x.category ? ` ${x.category.en}` : ''}`).join(' / ')}`);
    expect([...lines, ...cities].join('\n')).toMatchSnapshot();
  });
});
