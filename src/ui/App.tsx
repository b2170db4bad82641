/** The page around every screen: header, notices, the current screen. */
import { LANGS, type Lang } from '../core/content';
import { LANG_NAMES, HTML_LANG } from '../i18n';
import { useApp, useHeightVar, useStore, useT } from './hooks';
import { TitleScreen } from './TitleScreen';
import { RolesScreen } from './RolesScreen';
import { CreditsScreen } from './CreditsScreen';
import { RoleScreen } from './RoleScreen';
import { ErrorScreen } from './ErrorScreen';
import { useErrorBoundary } from 'preact/hooks';
import { AttractScreen } from './kiosk/AttractScreen';
import { KioskHome } from './kiosk/KioskHome';
import { IdlePrompt } from './kiosk/IdlePrompt';
import { lazy, Suspense } from 'preact/compat';
import { WorkshopChrome } from './workshop/WorkshopChrome';

// The facilitator's guide is words and tables only, loaded when it is opened.
const GuidePage = lazy(() => import('./workshop/GuidePage'));

/** Kiosk timings come from the URL (tests shorten them). */
let idle = 60;
let countdown = 20;
export function setKioskTimes(times: { idle: number; countdown: number }) {
  ({ idle, countdown } = times);
}

export function App() {
  const screen = useApp((s) => s.screen);
  const crashed = useApp((s) => s.crashed);
  const store = useStore();
  const { t } = useT();
  // A component that throws shows the error screen, never a blank page.
  useErrorBoundary((error: unknown) => store.getState().crash(error instanceof Error ? error.message : String(error)));
  if (crashed) {
    return (
      <main id="main" class="screen screen-error">
        <ErrorScreen />
      </main>
    );
  }
  const mode = useApp((s) => s.mode);
  const name = screen.name === 'role' ? `role role-${screen.role}` : screen.name;
  if (screen.name === 'attract') {
    return (
      <main id="main" class="screen screen-attract">
        <AttractScreen />
      </main>
    );
  }
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {mode === 'kiosk' ? <KioskHeader /> : mode === 'workshop' ? <WorkshopChrome /> : <Header />}
      <Notices />
      {/* "screen role": the role's layout fills the screen below the header (styles.css, .screen.role). */}
      <main id="main" class={`screen screen-${name}${screen.name === 'role' ? ' role' : ''}`}>
        {screen.name === 'title' && <TitleScreen />}
        {screen.name === 'roles' && <RolesScreen />}
        {screen.name === 'credits' && <CreditsScreen />}
        {screen.name === 'guide' && (
          <Suspense fallback={<p class="loading">{t('app.loading')}</p>}>
            <GuidePage />
          </Suspense>
        )}
        {screen.name === 'kiosk' && <KioskHome />}
        {screen.name === 'role' && <RoleScreen roleId={screen.role} key={screen.role} />}
      </main>
      {mode === 'kiosk' && <IdlePrompt idle={idle} countdown={countdown} />}
    </>
  );
}

/** A kiosk's header: the name, a way back to the choice, the languages, and "start over". Every target 64 px. */
/**
 * The header's real height as --topbar, so a role's layout fills exactly the rest of the screen
 * (the header grows with a larger font setting or a longer language name).
 */
function KioskHeader() {
  const { t, lang } = useT();
  const bar = useHeightVar<HTMLElement>('--topbar');
  const store = useStore();
  const screen = useApp((s) => s.screen);
  return (
    <header class="topbar kiosk-bar" ref={bar}>
      <span class="brand" aria-hidden="true">
        <span class="brand-mark">◆</span>
        {t('app.name')}
      </span>
      <nav class="topnav" aria-label={t('app.menu')}>
        {screen.name === 'role' && (
          <button type="button" class="btn btn-secondary" onClick={() => store.getState().go({ name: 'kiosk' })}>
            {t('kiosk.menu')}
          </button>
        )}
        {LANGS.filter((l) => l !== lang).map((l) => (
          <button type="button" class="btn btn-secondary" lang={HTML_LANG[l]} key={l} onClick={() => store.getState().setLang(l)}>
            {LANG_NAMES[l]}
          </button>
        ))}
        <button type="button" class="btn btn-secondary" onClick={() => store.getState().resetAll()}>
          {t('kiosk.startOver')}
        </button>
      </nav>
    </header>
  );
}

function Header() {
  const { t, lang } = useT();
  const bar = useHeightVar<HTMLElement>('--topbar');
  const store = useStore();
  const screen = useApp((s) => s.screen);
  return (
    <header class="topbar" ref={bar}>
      {/* The accessible name starts with the visible text, so voice control finds it (WCAG 2.5.3). */}
      <button type="button" class="brand" onClick={() => store.getState().go({ name: 'title' })} aria-label={t('app.homeLabel')}>
        <span aria-hidden="true" class="brand-mark">
          ◆
        </span>
        {t('app.name')}
      </button>
      <nav class="topnav" aria-label={t('app.menu')}>
        {screen.name !== 'title' && screen.name !== 'roles' && (
          <button type="button" class="btn btn-quiet" onClick={() => store.getState().go({ name: 'roles' })}>
            {t('app.roles')}
          </button>
        )}
        <label class="lang-picker">
          <span>{t('app.language')}</span>
          <select value={lang} onChange={(e) => store.getState().setLang((e.currentTarget as HTMLSelectElement).value as Lang)}>
            {LANGS.map((l) => (
              <option value={l} lang={HTML_LANG[l]} key={l}>
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
