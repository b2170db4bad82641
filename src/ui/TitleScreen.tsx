import { useMemo } from 'preact/hooks';
import { TITLE_ART } from '../art';
import { ROLES } from '../core/registry';
import { resumable, type MotionSetting } from '../state/store';
import { Button, FocusHeading } from './common';
import { useApp, useStore, useT } from './hooks';
import { progressText, useSummaries } from './progress';

export function TitleScreen() {
  const { t } = useT();
  const store = useStore();
  const sessions = useApp((s) => s.sessions);
  const week = useMemo(() => resumable({ sessions }, ROLES).find((w) => w.which === 'current') ?? null, [sessions]);
  const motion = useApp((s) => s.motion);
  useSummaries(sessions);
  return (
    <div class="title-screen">
      <div class="title-text">
        <FocusHeading level={1}>{t('title.heading')}</FocusHeading>
        <p class="lead">{t('title.lead')}</p>
        <div class="actions">
          {week && (
            <Button onClick={() => store.getState().continueRun(week.role)}>
              {t('title.continue', { role: t(`${week.role}.card.name`), progress: progressText(t, week.progress) })}
            </Button>
          )}
          <Button kind={week ? 'secondary' : 'primary'} onClick={() => store.getState().go({ name: 'roles' })}>
            {t('title.start')}
          </Button>
          <Button kind="quiet" onClick={() => store.getState().go({ name: 'credits' })}>
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
