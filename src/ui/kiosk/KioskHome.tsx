/** A kiosk visit's menu: the quick quiz or the short route of any role, each about three minutes. Sources open in place. */
import { useRef } from 'preact/hooks';
import { ROLES } from '../../core/registry';
import { CreditsBody } from '../CreditsScreen';
import { Button, FocusHeading, Icon } from '../common';
import { useStore, useT } from '../hooks';
import { roleView } from '../roleViews';

export function KioskHome() {
  const { t } = useT();
  const store = useStore();
  const dialog = useRef<HTMLDialogElement>(null);
  // Only roles whose screen ships (a kiosk never shows a card that leads nowhere); the quick quiz first: it suits a short visit best.
  const roles = ROLES.filter((r) => roleView(r.id)).sort((a, b) => Number(b.id === 'myths') - Number(a.id === 'myths'));
  return (
    <div class="kiosk-home">
      <FocusHeading level={1}>{t('kiosk.choose')}</FocusHeading>
      <ul class="kiosk-roles">
        {roles.map((r) => (
          <li key={r.id}>
            <button type="button" class="kiosk-role" data-role={r.id} onClick={() => store.getState().startNew(r.id)}>
              <Icon name={r.icon} size={72} />
              <span class="kiosk-role-text">
                <span class="kiosk-role-name">{t(`${r.id}.card.name`)}</span>
                <span class="kiosk-role-desc">{t(`${r.id}.card.desc`)}</span>
                <span class="kiosk-role-time">{t('kiosk.minutes')}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div class="actions">
        <Button kind="secondary" onClick={() => dialog.current?.showModal()}>
          {t('title.credits')}
        </Button>
        <Button kind="quiet" onClick={() => store.getState().resetAll()}>
          {t('kiosk.otherLanguage')}
        </Button>
      </div>
      <dialog ref={dialog} class="kiosk-dialog" aria-labelledby="kiosk-credits-h">
        <CreditsBody headingId="kiosk-credits-h" />
        <Button onClick={() => dialog.current?.close()}>{t('kiosk.close')}</Button>
      </dialog>
    </div>
  );
}
