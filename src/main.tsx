/** Start-up: read the URL, restore saved data, render the HTML interface. Phaser loads later, only when a role needs it. */
// First, before anything else is evaluated: start fetching the visit's strings (see early.ts).
import './i18n/early';
import { render } from 'preact';
import './ui/fonts.css';
import './ui/styles.css';
import { parseParams, screenFromSearch, searchFor } from './core/params';
import { SAVE_KEY, type Storage } from './core/persist';
import { ROLES } from './core/registry';
import { seedFrom } from './core/rng';
import { LANGS } from './core/content';
import { browserLang, createI18n, HTML_LANG } from './i18n';
import { createAppStore, type AppState, type AppStore } from './state/store';
import { App, setKioskTimes } from './ui/App';
import { startOffline } from './offline';
import { Ctx } from './ui/hooks';
import { initScenarios } from './ui/workshop/device';

function browserStorage(): Storage {
  const ls = () => window.localStorage;
  return {
    get: (key) => ls().getItem(key),
    set: (key, value) => ls().setItem(key, value),
    remove: (key) => ls().removeItem(key),
    keys: () => Array.from({ length: ls().length }, (_, i) => ls().key(i)).filter((k): k is string => k !== null),
  };
}

export function boot(root: HTMLElement) {
  const params = parseParams(window.location.search, ROLES);
  for (const w of params.warnings) console.warn(`[Scored] ${w}`);
  const kiosk = params.mode === 'kiosk';
  setKioskTimes(params);
  // A kiosk keeps nothing of a visitor: nothing is ever written to storage.
  const storage = kiosk ? null : browserStorage();
  const { i18n, strings } = createI18n('en', {});
  const store = createAppStore({
    registry: ROLES,
    params,
    storage,
    defaultLang: browserLang(navigator.languages ?? [navigator.language]),
    randomSeed: () => seedFrom(Date.now() ^ Math.floor(Math.random() * 0xffffffff)),
    strings,
  });
  // A facilitator's own level files kept on this device: a week saved on one continues on it.
  initScenarios(store, storage);

  const reflect = (s: AppState) => {
    if (i18n.language !== s.lang) void i18n.changeLanguage(s.lang);
    document.documentElement.lang = HTML_LANG[s.lang];
    document.title = i18n.t('app.name', { lng: s.lang });
    const reduce = s.motion === 'on' || (s.motion === 'system' && matchMedia('(prefers-reduced-motion: reduce)').matches);
    document.documentElement.classList.toggle('reduce-motion', reduce);
    document.documentElement.classList.toggle('mode-kiosk', s.mode === 'kiosk');
    document.documentElement.classList.toggle('mode-workshop', s.mode === 'workshop');
  };

  // The live region lives outside Preact: it exists from the first paint and only its text changes.
  const live = document.getElementById('live');
  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang || s.motion !== prev.motion) reflect(s);
    if (s.announcement !== prev.announcement && live && s.announcement) live.textContent = i18n.t(s.announcement.key, { ...s.announcement.params, lng: s.lang });
  });

  if (kiosk) lockDown();
  else followHistory(store);

  // Anything unexpected shows the error screen (what was saved stays saved), never a frozen page.
  const benign = /ResizeObserver loop/;
  window.addEventListener('error', (e) => {
    if (!benign.test(e.message)) store.getState().crash(e.message || 'error');
  });
  window.addEventListener('unhandledrejection', (e) => store.getState().crash(String((e.reason as Error)?.message ?? e.reason)));
  // A kiosk never stays on an error: it starts again, at its attract loop, within seconds.
  if (kiosk) store.subscribe((s, prev) => s.crashed && !prev.crashed && window.setTimeout(() => window.location.reload(), 5000));

  // Another tab saved: take on its changes instead of writing an older copy over them.
  window.addEventListener('storage', (e) => {
    if (e.key === SAVE_KEY) store.getState().externalChange();
  });

  // For browser tests and support: the session's data as plain JSON (nothing here is private; a kiosk holds no visitor's data).
  Object.defineProperty(window, '__scoredState', { value: () => JSON.parse(JSON.stringify(store.getState())) });

  // The interface's strings come first: the visit's language (a kiosk offers every language on its
  // attract screen, so it takes them all), or English if that language cannot be fetched.
  const first = kiosk ? [...LANGS] : [store.getState().lang];
  void Promise.all(first.map((l) => strings.load(l)))
    .catch(() => strings.load('en'))
    .then(
      () => {
        reflect(store.getState());
        root.textContent = '';
        render(
          <Ctx.Provider value={{ store, i18n }}>
            <App />
          </Ctx.Provider>,
          root,
        );
      },
      () => {
        // Nothing to show the interface in: say so in both languages, as the page's noscript does.
        root.innerHTML = '';
        const p = document.createElement('p');
        p.className = 'loading';
        p.textContent = 'Scored could not load. Check the connection and reload the page. / Scored 无法加载，请检查网络后重新加载页面。';
        root.append(p);
      },
    )
    // Offline play is set up once the first screen (or the failure notice) is on screen: see offline.ts.
    .finally(() => {
      if (import.meta.env.PROD) startOffline(store);
    });
  return store;
}

/** History: each screen is an entry, so Back moves one screen; the address names the screen, so a reload lands on it. */
function followHistory(store: AppStore) {
  const keep = new URLSearchParams(window.location.search);
  window.history.replaceState({ scored: true }, '', searchFor(store.getState().screen, keep) || window.location.pathname);
  let fromHistory = false;
  store.subscribe((s, prev) => {
    if (s.screen === prev.screen || fromHistory) return;
    const next = searchFor(s.screen, keep);
    if (next !== window.location.search) window.history.pushState({ scored: true }, '', next || window.location.pathname);
  });
  window.addEventListener('popstate', () => {
    fromHistory = true;
    try {
      store.getState().go(screenFromSearch(window.location.search, ROLES));
    } finally {
      fromHistory = false;
    }
  });
}

/**
 * A kiosk is locked down: no context menu, no pinch or double-tap zoom, no text selection, no way
 * off the game by a link or by history.
 */
function lockDown() {
  const stop = (e: Event) => e.preventDefault();
  document.addEventListener('contextmenu', stop);
  document.addEventListener('selectstart', stop);
  document.addEventListener('dragstart', stop);
  document.addEventListener('gesturestart', stop);
  document.addEventListener('touchmove', (e) => e.touches.length > 1 && e.preventDefault(), { passive: false });
  document.addEventListener('wheel', (e) => e.ctrlKey && e.preventDefault(), { passive: false });
  document.addEventListener('keydown', (e) => {
    // Browser zoom and history shortcuts.
    if ((e.ctrlKey || e.metaKey) && ['+', '-', '=', '0'].includes(e.key)) e.preventDefault();
    if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) e.preventDefault();
  });
  document.addEventListener(
    'click',
    (e) => {
      const link = (e.target as Element | null)?.closest?.('a[href]');
      if (link && !(link as HTMLAnchorElement).href.startsWith(`${window.location.origin}${window.location.pathname}#`)) e.preventDefault();
    },
    true,
  );
  // Back and Forward go nowhere: the page keeps one history entry of its own to return to.
  window.history.pushState({ kiosk: true }, '', window.location.href);
  window.addEventListener('popstate', () => window.history.pushState({ kiosk: true }, '', window.location.href));
}

const root = document.getElementById('app');
if (root) boot(root);
