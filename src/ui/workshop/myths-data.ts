/**
 * The "Myth or reality?" statements, for the before-and-after check and the guide's answer key:
 * the shipped level, fetched as data and checked with the same validator as every level (the
 * role's own loader, so a visit fetches it once whichever screen asks first).
 */
import { useEffect, useState } from 'preact/hooks';
import type { MythsLevel } from '../../core/myths/schema';
import { loadLevel } from '../levels';

/** undefined while loading; null when the level could not be loaded or is invalid. */
export type MythsData = MythsLevel | null | undefined;

let known: MythsData;
let pending: Promise<MythsLevel | null> | undefined;

export function loadMythsLevel(): Promise<MythsLevel | null> {
  pending ??= loadLevel('myths').then(
    (r) => (known = r.ok ? (r.level as MythsLevel) : null),
    () => (known = null),
  );
  return pending;
}

/** The shipped statements for a component: re-renders once they arrive. */
export function useMythsLevel(): MythsData {
  const [level, setLevel] = useState<MythsData>(known);
  useEffect(() => {
    if (level !== undefined) return;
    let live = true;
    void loadMythsLevel().then((l) => live && setLevel(l));
    return () => {
      live = false;
    };
  }, [level]);
  return level;
}
