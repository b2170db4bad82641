/**
 * A kiosk left alone: after `idle` seconds without a touch, "Are you still there?" counts down
 * `countdown` seconds (any touch cancels it), then everything resets for the next visitor.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp, useStore, useT } from '../hooks';

const INPUTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function IdlePrompt({ idle, countdown }: { idle: number; countdown: number }) {
  const { t } = useT();
  const store = useStore();
  const screen = useApp((s) => s.screen);
  const last = useRef(Date.now());
  const [left, setLeft] = useState<number | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const touched = () => {
      last.current = Date.now();
      setLeft(null);
    };
    for (const e of INPUTS) window.addEventListener(e, touched, { capture: true, passive: true });
    const tick = window.setInterval(() => {
      const quiet = (Date.now() - last.current) / 1000;
      if (quiet < idle) return;
      const remaining = Math.ceil(idle + countdown - quiet);
      if (remaining <= 0) {
        window.clearInterval(tick);
        store.getState().resetAll();
      } else setLeft(remaining);
    }, 250);
    return () => {
      window.clearInterval(tick);
      for (const e of INPUTS) window.removeEventListener(e, touched, { capture: true });
    };
    // A new screen is a new stretch of attention.
  }, [idle, countdown, store, screen]);

  useEffect(() => {
    if (left !== null) button.current?.focus();
  }, [left !== null]);

  if (left === null) return null;
  return (
    <div class="idle-backdrop">
      <div class="idle-prompt" role="alertdialog" aria-modal="true" aria-labelledby="idle-h" aria-describedby="idle-p">
        <h2 id="idle-h">{t('kiosk.stillThere')}</h2>
        <p id="idle-p" aria-live="off">
          {t('kiosk.resetIn', { count: left })}
        </p>
        <button type="button" class="btn btn-primary" ref={button} onClick={() => setLeft(null)}>
          {t('kiosk.imHere')}
        </button>
      </div>
    </div>
  );
}
