/** Re-scoring the village week under the city schemes the report names. */
import type { LText, Scale, VillageLevel } from '../schema';
import { decidedDeeds, pointsOf, type VillageRun } from './rules';

export interface ScaleResult {
  score: number;
  /** Index into scale.categories, or -1 when the scale has none. */
  categoryIndex: number;
  category: LText | null;
}

/** Convert one villager's gains and losses into a scale's score and category. */
export function convert(scale: Scale, gains: number, losses: number): ScaleResult {
  const { base, factor, min, max, counts } = scale.rule;
  const counted = counts === 'deductions' ? -Math.abs(losses) : gains - Math.abs(losses);
  const score = Math.min(max, Math.max(min, Math.round(base + factor * counted)));
  const categoryIndex = scale.categories.length ? categoryOf(scale, score) : -1;
  return { score, categoryIndex, category: categoryIndex >= 0 ? (scale.categories[categoryIndex]?.label ?? null) : null };
}

export function categoryOf(scale: Scale, score: number): number {
  const idx = scale.categories.findIndex((c) => score >= c.min);
  return idx === -1 ? scale.categories.length - 1 : idx;
}

export interface VillagerLedger {
  gains: number;
  losses: number;
}

/** Each villager's gains and (positive) losses over the whole run. */
export function ledgers(level: VillageLevel, run: VillageRun): Map<string, VillagerLedger> {
  const out = new Map(level.villagers.map((v) => [v.id, { gains: 0, losses: 0 }]));
  const byId = new Map(level.deeds.map((d) => [d.id, d]));
  for (const id of decidedDeeds(run, run.plan.length - 1)) {
    const deed = byId.get(id);
    const entry = deed && out.get(deed.villager);
    if (!entry) continue;
    const p = pointsOf(run.choices[id]);
    if (p > 0) entry.gains += p;
    else entry.losses += -p;
  }
  return out;
}

export interface CityRow {
  villagerId: string;
  village: number;
  results: ScaleResult[];
}

export function cityTable(level: VillageLevel, run: VillageRun): CityRow[] {
  const books = ledgers(level, run);
  return level.villagers.map((v) => {
    const b = books.get(v.id) ?? { gains: 0, losses: 0 };
    return { villagerId: v.id, village: b.gains - b.losses, results: level.scales.map((s) => convert(s, b.gains, b.losses)) };
  });
}

export interface Standing {
  villagerId: string;
  /** A model citizen on the village board. */
  villageTop: boolean;
  /** Per scale: in its highest category (null for a scale with no categories). */
  scaleTop: (boolean | null)[];
  categories: (LText | null)[];
}

/**
 * Villagers the systems judge differently: a model citizen who is not in some scale's top category,
 * or someone at the top of one scale but not of another. Model citizens come first.
 */
export function categoryShifts(level: VillageLevel, run: VillageRun, modelCitizens: Set<string>): Standing[] {
  const standings = cityTable(level, run).map((row) => ({
    villagerId: row.villagerId,
    villageTop: modelCitizens.has(row.villagerId),
    scaleTop: row.results.map((r) => (r.categoryIndex === -1 ? null : r.categoryIndex === 0)),
    categories: row.results.map((r) => r.category),
  }));
  const tops = (s: Standing) => s.scaleTop.filter((x): x is boolean => x !== null);
  const modelNotTop = standings.filter((s) => s.villageTop && tops(s).some((x) => !x));
  const scalesDisagree = standings.filter((s) => !modelNotTop.includes(s) && tops(s).some(Boolean) && tops(s).some((x) => !x));
  return [...modelNotTop, ...scalesDisagree];
}
