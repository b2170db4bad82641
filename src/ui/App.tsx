/** The page around every screen: header, notices, the current screen. */
import { lazy, Suspense } from 'preact/compat';
import { LANGS, type Lang } from '../core/schema';
import { LANG_NAMES } from '../i18n';
import { useApp, useStore, useT } from './hooks';
import { TitleScreen } from './TitleScreen';
import { RolesScreen } from './RolesScreen';
import { CreditsScreen } from './CreditsScreen';

// The village role (and Phaser behind it) loads only when it is needed.
const VillageScreen = lazy(() => import('./village/VillageScreen').then((m) => ({ default: m.VillageScreen })));

export function App() {
  const screen = useApp((s) => s.screen);
  const { t } = useT();
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <Notices />
      <main id="main" class={`screen screen-${screen}`}>
        {screen === 'title' && <TitleScreen />}
        {screen === 'roles' && <RolesScreen />}
        {screen === 'credits' && <CreditsScreen />}
        {screen === 'village' && (
          <Suspense fallback={<p class="loading">{t('app.loadingVillage')}</p>}>
            <VillageScreen />
          </Suspense>
        )}
      </main>
    </>
  );
}

function Header() {
  const { t, lang } = useT();
  const store = useStore();
  const screen = useApp((s) => s.screen);
  return (
    <header class="topbar">
      <button type="button" class="brand" onClick={() => store.getState().go('title')} aria-label={t('app.home')}>
        <span aria-hidden="true" class="brand-mark">
          ◆
        </span>
        {t('app.name')}
      </button>
      <nav class="topnav" aria-label={t('app.menu')}>
        {screen !== 'title' && screen !== 'roles' && (
          <button type="button" class="btn btn-quiet" onClick={() => store.getState().go('roles')}>
            {t('app.roles')}
          </button>
        )}
        <label class="lang-picker">
          <span>{t('app.language')}</span>
          <select value={lang} onChange={(e) => store.getState().setLang((e.currentTarget as HTMLSelectElement).value as Lang)}>
            {LANGS.map((l) => (
              <option value={l} lang={l === 'zh' ? 'zh-Hans' : l} key={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </nav>
    </header>
  );
}

function Notices() {
  const notices = useApp((s) => s.notices);
  const store = useStore();
  const { t } = useT();
  if (!notices.length) return null;
  return (
    <section class="notices" aria-label={t('app.warning')}>
      {notices.map((n) => (
        <div class="notice" role="alert" key={n.id}>
          <p>{t(`notice.${n.key}`)}</p>
          {n.detail && (
            <ul class="notice-detail">
              {n.detail.slice(0, 8).map((d) => (
                <li key={d}>
                  <code>{d}</code>
                </li>
              ))}
            </ul>
          )}
          <button type="button" class="btn btn-quiet" onClick={() => store.getState().dismissNotice(n.id)}>
            {t('app.dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}
