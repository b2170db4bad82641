/**
 * Re-scoring the village week under the city schemes the report names: Suining (1000 to start,
 * deductions only, A to D), Suqian (Xichu Points, 1000 to start, AAA to D) and Suzhou (Osmanthus
 * Points, 0 to 200). The conversions, cut-offs and any start the report does not give are
 * illustrative in the level; what a standing meant there is cited where the report says it.
 */
import type { LText, Statement } from '../content';
import type { Scale, VillageLevel } from './schema';
import { deedOf, standings, type VillageRun } from './rules';

export type Band = 'high' | 'middle' | 'low';

export interface ScaleResult {
  score: number;
  /** Index into scale.grades, or -1 when the scale has none. */
  gradeIndex: number;
  grade: LText | null;
  /** Whether the grade's name comes from the report; null without grades. */
  gradeFrom: 'report' | 'illustrative' | null;
  band: Band;
}

export function gradeOf(scale: Scale, score: number): number {
  if (!scale.grades.length) return -1;
  const idx = scale.rule.cutoffs.findIndex((c) => score >= c);
  return idx === -1 ? scale.grades.length - 1 : idx;
}

/** Convert one villager's gains and (positive) losses into a scale's score, grade and band. */
export function convert(scale: Scale, gains: number, losses: number): ScaleResult {
  const { factor, min, max, counts } = scale.rule;
  const counted = counts === 'deductions' ? -Math.abs(losses) : gains - Math.abs(losses);
  const score = Math.min(max, Math.max(min, Math.round(scale.start.value + factor * counted)));
  const gradeIndex = gradeOf(scale, score);
  const g = gradeIndex >= 0 ? scale.grades[gradeIndex] : undefined;
  let band: Band;
  if (g) band = gradeIndex === 0 ? 'high' : gradeIndex === scale.grades.length - 1 ? 'low' : 'middle';
  else band = score > scale.start.value ? 'high' : score < scale.start.value ? 'low' : 'middle';
  return { score, gradeIndex, grade: g?.label ?? null, gradeFrom: g ? (g.source ? 'report' : 'illustrative') : null, band };
}

export interface VillagerLedger {
  gains: number;
  losses: number;
}

/** Each villager's gains and (positive) losses over the whole run. */
export function ledgers(level: VillageLevel, run: VillageRun): Map<string, VillagerLedger> {
  const out = new Map(level.villagers.map((v) => [v.id, { gains: 0, losses: 0 }]));
  for (const c of run.choices) {
    const entry = out.get(deedOf(level, c.deedId).villager);
    if (!entry) continue;
    if (c.points > 0) entry.gains += c.points;
    else entry.losses -= c.points;
  }
  return out;
}

export interface CityRow {
  villagerId: string;
  village: number;
  results: ScaleResult[];
}

/** The full table: every villager under every scale. */
export function cityTable(level: VillageLevel, run: VillageRun): CityRow[] {
  const books = ledgers(level, run);
  return level.villagers.map((v) => {
    const b = books.get(v.id) ?? { gains: 0, losses: 0 };
    return { villagerId: v.id, village: b.gains - b.losses, results: level.scales.map((s) => convert(s, b.gains, b.losses)) };
  });
}

export interface Swap {
  /** Ahead of `below` on the village board… */
  above: string;
  /** …but behind it under this scale. */
  below: string;
  scaleIndex: number;
}

/** Where a result stands under a scale: its grade if the scale has them, else its score. Higher is better. */
function rankValue(r: ScaleResult): number {
  return r.gradeIndex >= 0 ? -r.gradeIndex : r.score;
}

/**
 * Pairs of villagers whose order flips between the village board and a city scale: ahead in the
 * village, behind in the city. `count` counts every flipped pair; `examples` takes the largest
 * village gaps first, naming each villager at most once.
 */
export function swaps(level: VillageLevel, run: VillageRun): { count: number; examples: Swap[] } {
  const rows = cityTable(level, run);
  const found: (Swap & { gap: number })[] = [];
  level.scales.forEach((_, si) => {
    for (const x of rows)
      for (const y of rows) {
        const rx = x.results[si] as ScaleResult;
        const ry = y.results[si] as ScaleResult;
        if (x.village > y.village && rankValue(rx) < rankValue(ry)) found.push({ above: x.villagerId, below: y.villagerId, scaleIndex: si, gap: x.village - y.village });
      }
  });
  found.sort((a, b) => b.gap - a.gap || a.scaleIndex - b.scaleIndex);
  const named = new Set<string>();
  const examples: Swap[] = [];
  for (const f of found) {
    if (named.has(f.above) || named.has(f.below)) continue;
    named.add(f.above).add(f.below);
    examples.push({ above: f.above, below: f.below, scaleIndex: f.scaleIndex });
  }
  return { count: found.length, examples };
}

export interface CityStanding extends ScaleResult {
  scaleId: string;
  city: LText;
  start: number;
  /** The start value is the game's own (e.g. Suzhou's 100), not the report's. */
  startIllustrative: boolean;
  /** What that standing meant there: cited where the report says it, illustrative where not. */
  stake: Statement;
}

export interface CityFace {
  villagerId: string;
  village: { points: number; place: number; modelCitizen: boolean };
  cities: CityStanding[];
  /** How far apart this villager's best and worst standing are (0 to 1): why they were chosen. */
  spread: number;
}

/** Where a villager stands, from 0 (bottom) to 1 (top), on the village board and under each scale. */
function positions(level: VillageLevel, place: number, results: ScaleResult[]): number[] {
  const n = level.villagers.length;
  const village = n > 1 ? 1 - (place - 1) / (n - 1) : 1;
  return [
    village,
    ...results.map((r, i) => {
      const s = level.scales[i] as Scale;
      if (r.gradeIndex >= 0) return s.grades.length > 1 ? 1 - r.gradeIndex / (s.grades.length - 1) : 1;
      return s.rule.max > s.rule.min ? (r.score - s.rule.min) / (s.rule.max - s.rule.min) : 1;
    }),
  ];
}

/**
 * One villager from the player's week followed through every city: the one whose standing changes
 * most between the village board and the cities (ties: more points moved in the ledger, then the
 * level's order). Only villagers the scorer decided something about are candidates.
 */
export function cityFace(level: VillageLevel, run: VillageRun): CityFace | null {
  const board = new Map(standings(level, run).map((e) => [e.villager.id, e]));
  const books = ledgers(level, run);
  let best: CityFace | null = null;
  let bestMoved = 0;
  for (const v of level.villagers) {
    const b = books.get(v.id) as VillagerLedger;
    const moved = b.gains + b.losses;
    const e = board.get(v.id);
    if (!v.seen || moved === 0 || !e) continue;
    const results = level.scales.map((s) => convert(s, b.gains, b.losses));
    const pos = positions(level, e.place, results);
    const spread = Math.round((Math.max(...pos) - Math.min(...pos)) * 1000) / 1000;
    if (best && (spread < best.spread || (spread === best.spread && moved <= bestMoved))) continue;
    bestMoved = moved;
    best = {
      villagerId: v.id,
      village: { points: e.points, place: e.place, modelCitizen: e.modelCitizen },
      cities: results.map((r, i) => {
        const s = level.scales[i] as Scale;
        return { ...r, scaleId: s.id, city: s.city, start: s.start.value, startIllustrative: s.start.illustrative === true, stake: s.stakes[r.band] };
      }),
      spread,
    };
  }
  return best;
}
