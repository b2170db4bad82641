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

export interface Swap {
  /** Ahead of `below` on the village board… */
  above: string;
  /** …but behind it under this scale. */
  below: string;
  scaleIndex: number;
}

/** Where a result stands under a scale: its category if the scale has them, else its score. Higher is better. */
function standing(r: ScaleResult): number {
  return r.categoryIndex >= 0 ? -r.categoryIndex : r.score;
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
        if (x.village > y.village && standing(rx) < standing(ry))
          found.push({ above: x.villagerId, below: y.villagerId, scaleIndex: si, gap: x.village - y.village });
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
