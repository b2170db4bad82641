/**
 * Offline play: the service worker (built by vite-plugin-pwa/Workbox) precaches the whole game.
 * A new version waits; it takes over only at a safe moment — a kiosk's return to its attract loop,
 * or a class's fresh start on the title — never in the middle of a visit.
 */
import type { AppStore } from './state/store';

/** Call once the interface has been rendered. */
export function startOffline(store: AppStore) {
  if (!('serviceWorker' in navigator)) return;
  let registration: ServiceWorkerRegistration | null = null;
  let applying = false;
  const safeNow = () => {
    const s = store.getState();
    return s.mode === 'kiosk' ? s.screen.name === 'attract' : s.screen.name === 'title' && !startedPlaying;
  };
  const apply = () => {
    const waiting = registration?.waiting;
    if (!waiting || applying || !safeNow()) return;
    applying = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
  // A class "starts" once: after the first move past the title, an update waits for the next visit.
  let startedPlaying = false;
  store.subscribe((s, prev) => {
    if (prev.screen.name === 'title' && s.screen.name !== 'title') startedPlaying = true;
    if (s.screen !== prev.screen) apply();
  });
  // Registered once the interface is on screen and the page has loaded and gone idle: installing
  // downloads and stores the whole game (about 2 MB), which must not compete with the title's
  // first paint on a slow machine. The page's load event alone comes too early for that: the
  // strings and the title are fetched and drawn by script, after it.
  const register = () =>
    navigator.serviceWorker
      .register('./sw.js', { scope: './' })
      .then((reg) => {
        registration = reg;
        const watch = (worker: ServiceWorker | null) =>
          worker?.addEventListener('statechange', () => {
            if (worker.state === 'installed') apply();
          });
        watch(reg.installing);
        reg.addEventListener('updatefound', () => watch(reg.installing));
        apply();
      })
      .catch(() => undefined);
  const whenIdle = () => {
    // Safari has no requestIdleCallback: half a second after load stands in for it.
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => void register(), { timeout: 2000 });
    else setTimeout(() => void register(), 500);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
