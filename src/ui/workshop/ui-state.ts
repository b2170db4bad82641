/**
 * The facilitator's controls as they stand on this screen: which panel is open, whether the stage
 * is paused or the screen blanked, the discussion timer. Nothing here is saved, and nothing runs on
 * a timer unless the facilitator starts one.
 */
import { createStore } from 'zustand/vanilla';

export const PANELS = ['help', 'vote', 'notes', 'groups', 'check', 'scenarios', 'timer'] as const;
export type Panel = (typeof PANELS)[number];

export interface Timer {
  /** Seconds the facilitator asked for. */
  total: number;
  /** Seconds left. */
  left: number;
  running: boolean;
}

export interface WorkshopUi {
  panel: Panel | null;
  /** Where the check panel opens: before a role, after its debrief, or the change between them. */
  checkStage: 'before' | 'after' | 'change';
  paused: boolean;
  blank: boolean;
  /** Secondary text (hints, how-to boxes, legends) hidden for the projector. */
  shortText: boolean;
  timer: Timer | null;
}

export const workshopUi = createStore<WorkshopUi>()(() => ({
  panel: null,
  checkStage: 'before',
  paused: false,
  blank: false,
  shortText: true,
  timer: null,
}));

/** Same event name as src/game/start.ts listens for (the interface must not load Phaser to name it). */
export const STAGE_PAUSE_EVENT = 'scored:stagepause';

export function openPanel(panel: Panel | null, checkStage?: WorkshopUi['checkStage']) {
  workshopUi.setState((s) => ({ panel, checkStage: checkStage ?? s.checkStage }));
}

/** Freeze (or free) the stage's motion and the discussion timer together. */
export function setPaused(paused: boolean) {
  workshopUi.setState((s) => ({ paused, timer: s.timer && s.timer.left > 0 ? { ...s.timer, running: !paused } : s.timer }));
  document.dispatchEvent(new CustomEvent(STAGE_PAUSE_EVENT, { detail: paused }));
}

let tick: number | undefined;

function runTimer() {
  window.clearInterval(tick);
  tick = undefined;
  const t = workshopUi.getState().timer;
  if (!t?.running) return;
  tick = window.setInterval(() => {
    const now = workshopUi.getState().timer;
    if (!now?.running) {
      window.clearInterval(tick);
      tick = undefined;
      return;
    }
    const left = Math.max(0, now.left - 1);
    workshopUi.setState({ timer: { ...now, left, running: left > 0 } });
  }, 1000);
}

workshopUi.subscribe((s, prev) => {
  if (s.timer?.running !== prev.timer?.running) runTimer();
});

export function startTimer(seconds: number) {
  workshopUi.setState({ timer: { total: seconds, left: seconds, running: !workshopUi.getState().paused }, panel: null });
}

export function stopTimer() {
  workshopUi.setState({ timer: null });
}

/** mm:ss */
export function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
