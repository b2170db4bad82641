/** Start-up: read the URL, restore saved data, render the HTML interface. Phaser loads later, only when a role needs it. */
import { render } from 'preact';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import './ui/fonts.css';
import './ui/styles.css';
import { parseParams } from './core/params';
import { seedFrom } from './core/rng';
import { browserLang, createI18n, HTML_LANG } from './i18n';
import { createAppStore, type AppState, type Storage } from './state/store';
import { App } from './ui/App';
import { Ctx } from './ui/hooks';
import { tr } from './core/schema';

function browserStorage(): Storage {
  return {
    get: (key) => window.localStorage.getItem(key),
    set: (key, value) => window.localStorage.setItem(key, value),
  };
}

export function boot(root: HTMLElement) {
  const params = parseParams(window.location.search);
  for (const w of params.warnings) console.warn(`[Scored] ${w}`);
  const store = createAppStore({
    params,
    storage: browserStorage(),
    defaultLang: browserLang(navigator.languages ?? [navigator.language]),
    randomSeed: () => seedFrom(Date.now() ^ Math.floor(Math.random() * 0xffffffff)),
  });
  const i18n = createI18n(store.getState().lang);

  const reflect = (s: AppState) => {
    if (i18n.language !== s.lang) void i18n.changeLanguage(s.lang);
    document.documentElement.lang = HTML_LANG[s.lang];
    document.title = i18n.t('app.name', { lng: s.lang });
    const reduce = s.motion === 'on' || (s.motion === 'system' && matchMedia('(prefers-reduced-motion: reduce)').matches);
    document.documentElement.classList.toggle('reduce-motion', reduce);
  };
  reflect(store.getState());

  // The live region lives outside Preact: it exists from the first paint and only its text changes.
  const live = document.getElementById('live');
  const announce = (s: AppState) => {
    const a = s.announcement;
    if (!live || !a) return;
    const params: Record<string, string | number> = { ...a.params };
    if (typeof params.villager === 'string') {
      const v = s.village.level?.villagers.find((x) => x.id === params.villager);
      params.name = v ? tr(v.name, s.lang) : params.villager;
    }
    live.textContent = i18n.t(a.key, { ...params, lng: s.lang });
  };
  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang || s.motion !== prev.motion) reflect(s);
    if (s.announcement !== prev.announcement) announce(s);
  });

  root.textContent = '';
  render(
    <Ctx.Provider value={{ store, i18n }}>
      <App />
    </Ctx.Provider>,
    root,
  );
  return store;
}

const root = document.getElementById('app');
if (root) boot(root);
