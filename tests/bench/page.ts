/**
 * What the bench runs inside the page, as plain JavaScript source (not functions: tsx would add
 * helpers to a serialised function that do not exist in the page).
 *
 * INIT runs before any of the page's own scripts:
 * - counts WebGL textures (createTexture/deleteTexture wrapped) per context, contexts held weakly,
 *   so after a garbage collection the live contexts and their undeleted textures can be counted;
 * - marks `stageReady` (the first `.stage[data-ready="true"] canvas`) and `firstFrame` (the next
 *   animation frame after it, when that frame has been drawn), and `panelReady` (the first enabled
 *   button in the role's panel, for roles without a canvas);
 * - when asked (`title`), clicks the title's first action (Start) as soon as it exists and marks
 *   `usable` the moment its click handler has run (the address changes: the app pushes a history
 *   entry synchronously in the click).
 * All marks are performance.now() values, i.e. milliseconds since navigation start.
 */

/** What the page writes on its console when it sets a mark: the prefix, then the mark's name. */
export const MARK_PREFIX = '__bench:mark ';

export const INIT = String.raw`
(() => {
  const opts = __BENCH_OPTS__;
  const B = (window.__bench = { marks: {}, tex: { created: 0, deleted: 0 }, contexts: [], frames: null, longtasks: [], errors: [] });
  // Errors as the page sees them, for runs that do not listen to the console (cdp.ts).
  addEventListener('error', (e) => B.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => B.errors.push(String(e.reason && e.reason.message ? e.reason.message : e.reason)));
  const consoleError = console.error;
  console.error = function (...args) {
    B.errors.push(args.map(String).join(' '));
    return consoleError.apply(this, args);
  };
  const perCtx = new WeakMap();
  const wrap = (C) => {
    if (!C) return;
    const create = C.prototype.createTexture;
    const del = C.prototype.deleteTexture;
    C.prototype.createTexture = function () {
      const t = create.call(this);
      if (t) {
        B.tex.created++;
        let c = perCtx.get(this);
        if (!c) {
          c = { live: 0 };
          perCtx.set(this, c);
          B.contexts.push(new WeakRef(this));
        }
        c.live++;
      }
      return t;
    };
    C.prototype.deleteTexture = function (t) {
      if (t) {
        B.tex.deleted++;
        const c = perCtx.get(this);
        if (c) c.live--;
      }
      return del.call(this, t);
    };
  };
  wrap(window.WebGLRenderingContext);
  wrap(window.WebGL2RenderingContext);
  B.textures = () => {
    let liveContexts = 0, liveTextures = 0, onPage = 0, onPageTextures = 0;
    for (const ref of B.contexts) {
      const gl = ref.deref();
      if (!gl) continue;
      liveContexts++;
      const n = perCtx.get(gl).live;
      liveTextures += n;
      if (gl.canvas && gl.canvas.isConnected) {
        onPage++;
        onPageTextures += n;
      }
    }
    return { created: B.tex.created, deleted: B.tex.deleted, contextsEver: B.contexts.length, liveContexts, liveTextures, onPage, onPageTextures };
  };

  try {
    // Kept only while frames are being recorded, so the bench itself holds nothing that grows.
    new PerformanceObserver((list) => {
      if (B.frames) for (const e of list.getEntries()) B.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
  } catch {}

  const mark = (name) => {
    if (B.marks[name] !== undefined) return;
    B.marks[name] = performance.now();
    // Playwright runs listen for these on the console rather than asking the page (cdp.ts polls).
    console.debug(__MARK_PREFIX__ + name);
  };
  const check = () => {
    if (B.marks.stageReady === undefined && document.querySelector('.stage[data-ready="true"] canvas')) {
      mark('stageReady');
      // The frame after the scene's create(): drawn when the next frame callback runs.
      requestAnimationFrame(() => requestAnimationFrame(() => mark('firstFrame')));
    }
    if (B.marks.panelReady === undefined && document.querySelector('.panel button:not([disabled])')) mark('panelReady');
    if (B.marks.levelError === undefined && document.querySelector('.level-error')) mark('levelError');
    if (opts.title && B.marks.usable === undefined) {
      const start = document.querySelector('.title-screen .actions button');
      if (start) {
        mark('startFound');
        const before = location.href;
        start.click();
        if (location.href !== before) mark('usable');
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready', 'disabled'] });

  // Frame times: animation-frame intervals, recorded between start and stop.
  B.recordFrames = () => {
    B.longtasks = [];
    const f = (B.frames = { t: [], on: true });
    const tick = (t) => {
      if (!f.on) return;
      f.t.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  B.stopFrames = () => {
    const f = B.frames;
    if (!f) return [];
    f.on = false;
    B.frames = null;
    return f.t;
  };
})();
`;

/** What every driver below shares: the game's own navigation (as Back/Forward use it: push an address, let the app follow it), waiting, and finding the stage, the panel and the next decision. */
const GO = String.raw`
  const go = (search) => {
    history.pushState({ scored: true }, '', search || location.pathname);
    dispatchEvent(new PopStateEvent('popstate', { state: { scored: true } }));
  };
  const until = (test, ms) => new Promise((resolve, reject) => {
    const t0 = performance.now();
    const poll = () => {
      const v = test();
      if (v) return resolve(v);
      if (performance.now() - t0 > ms) return reject(new Error('timed out after ' + ms + ' ms'));
      setTimeout(poll, 10);
    };
    poll();
  });
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  // The role's drawn stage; its panel ready (or the level's error); the decision a visitor would take
  // (a role's [data-bench-action] hook, else the first enabled button of its panel that is not a link).
  const canvas = () => document.querySelector('.stage[data-ready="true"] canvas');
  const panel = () => document.querySelector('.panel button:not([disabled]), .level-error');
  const pick = () =>
    document.querySelector('[data-bench-action]:not([disabled])') ||
    document.querySelector('.panel button:not([disabled]):not(.link-button)');
`;

/**
 * Enter the role and leave it to the title `n` times, as a visitor would (the same screens, the same
 * history entries), each time waiting for the stage's first frame (or, for a role without a stage,
 * its panel). Ends inside the role. Resolves to how many entries reached a drawn stage, or throws
 * naming the entry that hung.
 */
export const CYCLE = String.raw`
async ({ role, n }) => {
  ${GO}
  // Does this role draw a stage here? The first entry waits for one; every entry after must reach it.
  let wantCanvas = window.__benchWantCanvas;
  let canvases = 0;
  for (let i = 0; i < n; i++) {
    go('?role=' + role);
    const fail = (what) => (e) => { throw new Error(what + ' ' + (i + 1) + ' of ' + role + ': ' + e.message); };
    if (wantCanvas === undefined) {
      await until(panel, 30000).catch(fail('entry'));
      wantCanvas = await until(canvas, 15000).then(() => true, () => false);
      window.__benchWantCanvas = wantCanvas;
    } else await until(wantCanvas ? canvas : panel, 30000).catch(fail('entry'));
    if (canvas()) canvases++;
    await frame();
    go('');
    await until(() => document.querySelector('.title-screen') && !document.querySelector('.stage canvas'), 30000).catch(fail('leaving'));
  }
  go('?role=' + role);
  await until(wantCanvas ? canvas : panel, 30000);
  await frame();
  return canvases;
}
`;

/**
 * `n` kiosk visitor cycles, from the attract loop and back to it: a touch on a language (each in
 * turn), a touch on a role's card (each of `roles` in turn), its stage's first frame, the visitor's
 * first decision, then "Start over", which runs the same reset as the idle countdown. Ends on the
 * attract loop. Resolves to how many visits reached a drawn stage, or throws naming the one that hung.
 */
export const KIOSK_CYCLE = String.raw`
async ({ roles, n, start }) => {
  ${GO}
  let canvases = 0;
  for (let i = start; i < start + n; i++) {
    const role = roles[i % roles.length];
    const fail = (what) => (e) => { throw new Error(what + ' of visit ' + (i + 1) + ' (' + role + '): ' + e.message); };
    const langs = await until(() => { const b = document.querySelectorAll('.attract .kiosk-lang'); return b.length ? b : null; }, 30000).catch(fail('the attract loop'));
    langs[Math.floor(i / roles.length) % langs.length].click();
    (await until(() => document.querySelector('.kiosk-role[data-role="' + role + '"]'), 30000).catch(fail('the menu'))).click();
    await until(panel, 30000).catch(fail('the role'));
    if (document.querySelector('.stage')) await until(canvas, 30000).catch(fail('the stage'));
    if (canvas()) canvases++;
    await frame();
    const btn = pick();
    if (btn) {
      btn.click();
      await frame();
    }
    // "Start over" is the kiosk header's last button (src/ui/App.tsx, KioskHeader).
    const buttons = document.querySelectorAll('.kiosk-bar .topnav button');
    buttons[buttons.length - 1].click();
    await until(() => document.querySelector('.attract') && !document.querySelector('.stage canvas'), 30000).catch(fail('the reset'));
  }
  return canvases;
}
`;

/**
 * Drive `decisions` decisions through the page's own buttons (a `[data-bench-action]` hook if the
 * role has one, else the first enabled button of its panel that is not a disclosure link) and record
 * frame intervals for `windowMs` after each click. Returns the windows' frame intervals and the long
 * tasks that started inside them.
 */
export const DRIVE = String.raw`
async ({ decisions, windowMs }) => {
  ${GO}
  const B = window.__bench;
  const windows = [];
  for (let i = 0; i < decisions; i++) {
    const btn = pick();
    if (!btn) break;
    const label = (btn.innerText || btn.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    B.recordFrames();
    const t0 = performance.now();
    btn.click();
    await new Promise((r) => setTimeout(r, windowMs));
    const t = B.stopFrames();
    const dt = [];
    for (let k = 1; k < t.length; k++) dt.push(t[k] - t[k - 1]);
    const long = B.longtasks.filter(([s]) => s >= t0 && s < t0 + windowMs).map(([, d]) => d);
    windows.push({ label, dt, long });
  }
  return windows;
}
`;

/** Frame intervals of whatever the page animates by itself (the bare game's tween), for `ms`. */
export const IDLE_FRAMES = String.raw`
async ({ ms }) => {
  const B = window.__bench;
  B.recordFrames();
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, ms));
  const t = B.stopFrames();
  const dt = [];
  for (let k = 1; k < t.length; k++) dt.push(t[k] - t[k - 1]);
  const long = B.longtasks.filter(([s]) => s >= t0).map(([, d]) => d);
  return [{ label: 'idle', dt, long }];
}
`;

/** Every resource the page fetched so far (and the page itself): address, bytes on the wire, start. */
export const RESOURCES = String.raw`
(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const out = nav ? [{ name: nav.name, bytes: nav.transferSize, body: nav.encodedBodySize, start: 0, end: nav.responseEnd, kind: 'navigation' }] : [];
  for (const e of performance.getEntriesByType('resource'))
    out.push({ name: e.name, bytes: e.transferSize, body: e.encodedBodySize, start: e.startTime, end: e.responseEnd, kind: e.initiatorType });
  return out;
})()
`;
