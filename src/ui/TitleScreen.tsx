import { TITLE_ART } from './assets';
import { Button, FocusHeading } from './common';
import { useApp, useStore, useT } from './hooks';
import type { MotionSetting } from '../state/store';

export function TitleScreen() {
  const { t } = useT();
  const store = useStore();
  const pending = useApp((s) => s.pendingRun);
  const liveRun = useApp((s) => (s.village.run && s.village.run.phase !== 'debrief' ? s.village.run : null));
  const motion = useApp((s) => s.motion);
  // A run can be continued from this session or from a saved one.
  const continueDay = liveRun ? liveRun.dayIndex + 1 : pending ? countDays(pending.actions) : null;
  return (
    <div class="title-screen">
      <div class="title-text">
        <FocusHeading level={1}>{t('title.heading')}</FocusHeading>
        <p class="lead">{t('title.lead')}</p>
        <div class="actions">
          {continueDay !== null && (
            <Button onClick={() => store.getState().openVillage()}>{t('title.continue', { day: continueDay })}</Button>
          )}
          <Button kind={continueDay !== null ? 'secondary' : 'primary'} onClick={() => store.getState().go('roles')}>
            {t('title.start')}
          </Button>
          <Button kind="quiet" onClick={() => store.getState().go('credits')}>
            {t('title.credits')}
          </Button>
        </div>
        <fieldset class="settings">
          <legend>{t('title.reducedMotion')}</legend>
          {(['system', 'on', 'off'] as MotionSetting[]).map((m) => (
            <label key={m} class="radio">
              <input type="radio" name="motion" value={m} checked={motion === m} onChange={() => store.getState().setMotion(m)} />
              {t(m === 'system' ? 'title.motionSystem' : m === 'on' ? 'title.motionOn' : 'title.motionOff')}
            </label>
          ))}
        </fieldset>
      </div>
      <img class="title-art" src={TITLE_ART} alt="" aria-hidden="true" />
    </div>
  );
}

/** Day number (1-based) a saved list of actions has reached. */
function countDays(actions: readonly { type: string }[]): number {
  return 1 + actions.filter((a) => a.type === 'nextDay').length;
}
