import { Button, FocusHeading } from './common';
import { useStore, useT } from './hooks';

export function CreditsScreen() {
  const { t } = useT();
  const store = useStore();
  return (
    <article class="credits-screen prose">
      <FocusHeading level={1}>{t('credits.heading')}</FocusHeading>
      <p>{t('credits.report')}</p>
      <p>{t('credits.invented')}</p>
      <p>{t('credits.perspective')}</p>
      <p>{t('credits.code')}</p>
      <p>{t('credits.fonts')}</p>
      <p>{t('credits.privacy')}</p>
      <Button kind="secondary" onClick={() => store.getState().go('title')}>
        {t('credits.back')}
      </Button>
    </article>
  );
}
