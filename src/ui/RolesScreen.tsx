import { Button, FocusHeading, Icon } from './common';
import { useApp, useStore, useT } from './hooks';

const ROLE_CARDS = [
  { id: 'village', icon: 'role-village', ready: true },
  { id: 'sesame', icon: 'role-sesame', ready: false },
  { id: 'firm', icon: 'role-firm', ready: false },
  { id: 'myth', icon: 'source', ready: false },
] as const;

export function RolesScreen() {
  const { t } = useT();
  const store = useStore();
  const completed = useApp((s) => s.village.completed);
  return (
    <div class="roles-screen">
      <FocusHeading level={1}>{t('roles.heading')}</FocusHeading>
      <p class="lead">{t('roles.lead')}</p>
      <ul class="role-list">
        {ROLE_CARDS.map((r) => (
          <li key={r.id} class={`role-card${r.ready ? '' : ' role-coming'}`}>
            <Icon name={r.icon} size={56} />
            <div class="role-body">
              <h2 id={`role-${r.id}`}>{t(`roles.${r.id}.name`)}</h2>
              <p class="role-kind">{t(`roles.${r.id}.kind`)}</p>
              <p>{t(`roles.${r.id}.desc`)}</p>
              {r.ready ? (
                <div class="role-foot">
                  <Button onClick={() => store.getState().openVillage()} aria-describedby={`role-${r.id}`}>
                    {t('roles.play')}
                  </Button>
                  {completed > 0 && <span class="role-done">{t('roles.completed', { count: completed })}</span>}
                </div>
              ) : (
                <p class="coming-tag">{t('roles.coming')}</p>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
