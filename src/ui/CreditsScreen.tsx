import { Button, FocusHeading } from './common';
import { useStore, useT } from './hooks';

/** Where everything comes from; shown as a screen, or in place (a kiosk's dialog). */
export function CreditsBody({ headingId }: { headingId?: string }) {
  const { t } = useT();
  return (
    <>
      {headingId ? <h1 id={headingId}>{t('credits.heading')}</h1> : <FocusHeading level={1}>{t('credits.heading')}</FocusHeading>}
      <p>{t('credits.report')}</p>
      <p>{t('credits.invented')}</p>
      <p>{t('credits.perspective')}</p>
      <p>{t('credits.code')}</p>
      <p>{t('credits.fonts')}</p>
      <p>{t('credits.privacy')}</p>
    </>
  );
}

export function CreditsScreen() {
  const { t } = useT();
  const store = useStore();
  return (
    <article class="credits-screen prose">
      <CreditsBody />
      <Button kind="secondary" onClick={() => store.getState().go({ name: 'title' })}>
        {t('credits.back')}
      </Button>
    </article>
  );
}
