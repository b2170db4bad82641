/** How components reach the store and the translations. */
import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useRef } from 'preact/hooks';
import { useSyncExternalStore } from 'preact/compat';
import type { i18n as I18n } from 'i18next';
import type { AppState, AppStore } from '../state/store';
import { tr, type LText } from '../core/content';
import { signed } from '../core/format';

export interface AppContext {
  store: AppStore;
  i18n: I18n;
}

export const Ctx = createContext<AppContext | null>(null);

function useCtx(): AppContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('the app context is missing');
  return ctx;
}

export function useStore(): AppStore {
  return useCtx().store;
}

export function useI18n(): I18n {
  return useCtx().i18n;
}

/** Subscribe to one slice of the state; re-renders only when it changes. */
export function useApp<T>(select: (s: AppState) => T): T {
  const { store } = useCtx();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

/** A translator bound to the current language (re-renders on a language change). */
export function useT() {
  const { i18n } = useCtx();
  const lang = useApp((s) => s.lang);
  return useMemo(() => {
    const t = i18n.getFixedT(lang);
    const text = (value: LText) => tr(value, lang);
    return { t, lang, text };
  }, [i18n, lang]);
}

export { signed };

/**
 * Keep a CSS variable on the page equal to an element's height (a header's, say), so layouts below
 * it fill exactly the rest of the screen, whatever the language, font size or zoom.
 */
export function useHeightVar<E extends HTMLElement>(name: string) {
  const ref = useRef<E>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const set = () => document.documentElement.style.setProperty(name, `${Math.ceil(el.getBoundingClientRect().height)}px`);
    set();
    const ro = new ResizeObserver(set);
    ro.observe(el);
    return () => ro.disconnect();
  }, [name]);
  return ref;
}
