/**
 * Scenario files kept on this device, and playing one: the browser side of src/core/scenarios.ts.
 * Small and loaded at start-up, so a week saved on a loaded file continues after a reload.
 */
import { createStore } from 'zustand/vanilla';
import type { Storage } from '../../core/persist';
import { ROLES } from '../../core/registry';
import type { BaseLevel } from '../../core/role';
import { forget, keep, readKept, scenarioFor, writeKept, type KeptWrite, type Scenario } from '../../core/scenarios';
import type { AppStore } from '../../state/store';
import { loadLevel } from '../levels';

export interface Kept {
  list: Scenario[];
  /** Entries left out when the kept files were read (damaged, or no longer valid). */
  dropped: number;
  /** The last write's trouble, if any. */
  problem: KeptWrite | null;
}

export const kept = createStore<Kept>()(() => ({ list: [], dropped: 0, problem: null }));

let storage: Storage | null = null;

/**
 * At start-up: read the kept files and, for every role whose saved week was played on one, hand the
 * role that level, so the week continues instead of being refused on the shipped level.
 */
export function initScenarios(store: AppStore, s: Storage | null) {
  storage = s;
  if (!s) return;
  const read = readKept(ROLES, s);
  kept.setState({ list: read.scenarios, dropped: read.dropped });
  for (const [role, session] of Object.entries(store.getState().sessions)) {
    const levelId = session.saved?.levelId;
    const scenario = levelId ? scenarioFor(read.scenarios, levelId) : undefined;
    if (scenario && scenario.role === role) store.getState().levelLoaded(role, { ok: true, level: scenario.level });
  }
}

export type AddResult = { ok: true; replaced: boolean; write: KeptWrite } | { ok: false; reason: 'tooMany' };

/** Keep a checked scenario on the device (it plays either way; 'full' says it could not be kept). */
export function addScenario(scenario: Scenario): AddResult {
  const next = keep(kept.getState().list, scenario);
  if (!next.ok) return next;
  const write = storage ? writeKept(storage, next.scenarios) : 'denied';
  kept.setState({ list: write === 'ok' ? next.scenarios : kept.getState().list, problem: write === 'ok' ? null : write });
  return { ok: true, replaced: next.replaced, write };
}

export function removeScenario(key: string) {
  const list = forget(kept.getState().list, key);
  const write = storage ? writeKept(storage, list) : 'ok';
  kept.setState({ list, problem: write === 'ok' ? null : write });
}

/** The level a week was played on, wherever it is: open now, kept on the device, or shipped. */
export async function levelFor(store: AppStore, role: string, levelId: string): Promise<BaseLevel | null> {
  const open = store.getState().sessions[role]?.level;
  if (open?.id === levelId) return open;
  const scenario = scenarioFor(kept.getState().list, levelId);
  if (scenario) return scenario.level;
  const shipped = await loadLevel(role).catch(() => null);
  return shipped?.ok && shipped.level.id === levelId ? shipped.level : null;
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

/**
 * Open a role on another level (a loaded file, or the shipped one again) on a new week. The stage is
 * taken down first, so no scene ever draws a week of one level with another level's content.
 */
export async function openLevel(store: AppStore, role: string, level: BaseLevel, seed?: number) {
  store.getState().go({ name: 'roles' });
  await frame();
  store.getState().levelLoaded(role, { ok: true, level });
  store.getState().startNew(role, seed);
}

/** Back to the game's own level for a role. */
export async function openShipped(store: AppStore, role: string): Promise<boolean> {
  const shipped = await loadLevel(role).catch(() => null);
  if (!shipped?.ok) return false;
  await openLevel(store, role, shipped.level);
  return true;
}
