/** What the week shows once it is over: the report's own values, the pressures, who was never seen. */
import type { Comparison, Deed, VillageLevel, Villager } from '../schema';
import { decidedDeeds, pointsOf, type Choice, type VillageRun } from './rules';

export interface ReportedValue {
  deed: Deed;
  reportPoints: number;
  choice: Choice;
}

/** Deeds the report gives points for, set against the player's choice (only deeds played in this run). */
export function reportedValues(level: VillageLevel, run: VillageRun): ReportedValue[] {
  const played = new Set(decidedDeeds(run, run.plan.length - 1));
  return level.deeds
    .filter((d) => d.reportPoints !== undefined && played.has(d.id))
    .map((d) => ({ deed: d, reportPoints: d.reportPoints as number, choice: run.choices[d.id] as Choice }));
}

export interface ComparisonResult {
  comparison: Comparison;
  /** Report's ratio a/b, when both deeds have report points. */
  reportRatio: number | null;
  /** The player's ratio a/b; null when either was declined or valued at zero or below. */
  playerRatio: number | null;
  playerA: Choice | undefined;
  playerB: Choice | undefined;
}

function ratio(a: number, b: number): number | null {
  return a > 0 && b > 0 ? a / b : null;
}

export function comparisons(level: VillageLevel, run: VillageRun): ComparisonResult[] {
  const byId = new Map(level.deeds.map((d) => [d.id, d]));
  const played = new Set(decidedDeeds(run, run.plan.length - 1));
  return level.comparisons
    .filter((c) => played.has(c.a) && played.has(c.b))
    .map((c) => {
      const a = byId.get(c.a);
      const b = byId.get(c.b);
      const pa = run.choices[c.a];
      const pb = run.choices[c.b];
      return {
        comparison: c,
        reportRatio: a?.reportPoints !== undefined && b?.reportPoints !== undefined ? ratio(a.reportPoints, b.reportPoints) : null,
        playerRatio: pa?.kind === 'points' && pb?.kind === 'points' ? ratio(pa.points, pb.points) : null,
        playerA: pa,
        playerB: pb,
      };
    });
}

export interface PressureOutcome {
  deed: Deed;
  asked: number;
  choice: Choice;
  /** The scorer recorded exactly what was asked. */
  followed: boolean;
}

export function pressureOutcomes(level: VillageLevel, run: VillageRun): PressureOutcome[] {
  const played = new Set(decidedDeeds(run, run.plan.length - 1));
  return level.deeds
    .filter((d) => d.pressure && played.has(d.id))
    .map((d) => {
      const choice = run.choices[d.id] as Choice;
      const asked = d.pressure?.asks ?? 0;
      return { deed: d, asked, choice, followed: choice.kind === 'points' && choice.points === asked };
    });
}

export interface EvidenceSummary {
  hearsayScored: number;
  hearsayDeclined: number;
}

export function evidenceSummary(level: VillageLevel, run: VillageRun): EvidenceSummary {
  const played = new Set(decidedDeeds(run, run.plan.length - 1));
  let hearsayScored = 0;
  let hearsayDeclined = 0;
  for (const d of level.deeds) {
    if (d.evidence !== 'hearsay' || !played.has(d.id)) continue;
    if (run.choices[d.id]?.kind === 'decline') hearsayDeclined++;
    else hearsayScored++;
  }
  return { hearsayScored, hearsayDeclined };
}

/** People who never appear in the ledger at all. */
export function unseenVillagers(level: VillageLevel): Villager[] {
  return level.villagers.filter((v) => !v.seen);
}

/** Total points the player gave to people close to them (relatives and cadres). */
export function pointsToConnected(level: VillageLevel, run: VillageRun): number {
  const connected = new Set(level.villagers.filter((v) => v.relation).map((v) => v.id));
  return level.deeds
    .filter((d) => connected.has(d.villager))
    .reduce((sum, d) => sum + pointsOf(run.choices[d.id]), 0);
}
