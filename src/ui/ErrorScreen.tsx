/** Anything unexpected: an apology, a way to restart, and what to put in a report. What was saved stays saved. */
import { ROLES } from '../core/registry';
import { seedCode } from '../core/seed';
import { VERSION } from '../version';
import { Button, FocusHeading } from './common';
import { useApp, useT } from './hooks';

export function ErrorScreen() {
  const { t } = useT();
  const crashed = useApp((s) => s.crashed);
  const screen = useApp((s) => s.screen);
  const run = useApp((s) => (s.screen.name === 'role' ? (s.sessions[s.screen.role]?.run ?? null) : null));
  const role = screen.name === 'role' ? ROLES.find((r) => r.id === screen.role)?.id : undefined;
  const restart = () => {
    // Back to the title of the same mode; progress already saved is read again from storage.
    const q = new URLSearchParams(window.location.search);
    const keep = new URLSearchParams();
    for (const name of ['mode', 'lang'] as const) if (q.get(name)) keep.set(name, q.get(name) as string);
    window.location.assign(`${window.location.pathname}${keep.toString() ? `?${keep}` : ''}`);
  };
  return (
    <div class="error-screen prose" role="alert">
      <FocusHeading level={1}>{t('errors.crashHeading')}</FocusHeading>
      <p>{t('errors.crashLead')}</p>
      <Button onClick={restart}>{t('errors.restart')}</Button>
      <h2>{t('errors.reportHeading')}</h2>
      <dl class="error-facts">
        <dt>{t('errors.version')}</dt>
        <dd>{VERSION}</dd>
        {role && run && (
          <>
            <dt>{t('errors.week')}</dt>
            <dd>
              {t(`${role}.card.name`)}: {seedCode(run.seed)}
            </dd>
          </>
        )}
        <dt>{t('errors.what')}</dt>
        <dd>
          <code>{crashed?.message}</code>
        </dd>
      </dl>
    </div>
  );
}
