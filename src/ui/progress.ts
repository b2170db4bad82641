/** "day 2 of 5", "quarter 3 of 6": a run's progress in words. */
import type { TFunction } from 'i18next';
import { useEffect } from 'preact/hooks';
import type { Progress } from '../core/role';
import type { AppState } from '../state/store';
import { useStore } from './hooks';
import { loadLevel } from './levels';

export function progressText(t: TFunction, p: Progress | null): string {
  return p ? t(`progress.${p.unit}`, { index: p.index, total: p.total }) : t('progress.unknown');
}

/** A saved week without a progress summary (saved by an older version): load its level so the rules can tell. */
export function useSummaries(sessions: AppState['sessions']) {
  const store = useStore();
  useEffect(() => {
    for (const [id, s] of Object.entries(sessions)) {
      const missing = [s.saved, ...s.shelved].some((w) => w && !w.progress);
      if (missing && !s.level && !s.levelErrors) void loadLevel(id).then((r) => store.getState().levelLoaded(id, r), () => undefined);
    }
  }, [sessions, store]);
}
