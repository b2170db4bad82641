/**
 * Unbreakable, and no progress lost, in a real browser: a seeded monkey in every mode, two tabs at
 * once, a lost WebGL context, and the error screen.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, stageReady, test } from './helpers';

/** Every mode the monkey plays in: one line per mode. */
const MONKEY_MODES = ['class', 'kiosk', 'workshop'] as const;
const STEPS = Number(process.env.MONKEY_STEPS ?? 2000);
const CHECK_EVERY = 100;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
  { width: 1080, height: 1920 },
] as const;
const KEYS = ['Tab', 'Tab', 'Shift+Tab', 'Enter', ' ', 'Escape', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const;
const SAVE_KEY = 'scored.save.v2';

/** A tiny seeded PRNG (mulberry32): the same seed, the same monkey. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T };
}

type Target = { x: number; y: number; w: number; h: number; kind: 'click' | 'select' | 'text' | 'none'; name: string };

/**
 * Choose a visible, enabled control (or a canvas) by the fraction `r`, bring it into view, and
 * say where it is. Links off the page's origin and file pickers are left alone (they leave the game).
 */
function chooseTarget([r, option]: [number, number]): Target {
  const none: Target = { x: 0, y: 0, w: 0, h: 0, kind: 'none', name: '' };
  const all = Array.from(
    document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, [role="button"], [role="radio"], [tabindex]:not([tabindex="-1"]), canvas'),
  ).filter((el) => {
    if (el.closest('[inert], [hidden]')) return false;
    if ((el as HTMLButtonElement).disabled) return false;
    if (el instanceof HTMLInputElement && el.type === 'file') return false;
    if (el instanceof HTMLAnchorElement && (new URL(el.href, location.href).origin !== location.origin || el.target === '_blank' || el.hasAttribute('download'))) return false;
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  });
  if (!all.length) return none;
  const el = all[Math.floor(r * all.length)] as HTMLElement;
  el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  const rect = el.getBoundingClientRect();
  const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.getAttribute('aria-label') ?? el.innerText ?? '').trim().slice(0, 30)}"`;
  if (el instanceof HTMLSelectElement) {
    // A tap on a menu, then a choice in it, as the browser's own popup would make it.
    el.selectedIndex = Math.floor(option * el.options.length);
    el.dispatchEvent(new Event('change', { bubbles: true }));
    return { ...none, kind: 'select', name };
  }
  const text = (el instanceof HTMLInputElement && ['text', 'search', 'number', ''].includes(el.type)) || el instanceof HTMLTextAreaElement;
  return { x: rect.left, y: rect.top, w: rect.width, h: rect.height, kind: text ? 'text' : 'click', name };
}

/** A usable screen: a heading, and at least one enabled button in view or a scroll away. */
function usable() {
  const seen = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[hidden], [inert]');
  };
  const heading = Array.from(document.querySelectorAll('h1, h2')).some(seen);
  const button = Array.from(document.querySelectorAll<HTMLButtonElement>('button')).some((b) => !b.disabled && seen(b));
  const state = (window as unknown as { __scoredState?: () => { crashed: unknown; notices: { key: string }[] } }).__scoredState?.();
  return { heading, button, crashed: state?.crashed ?? null, codeError: state?.notices.some((n) => n.key === 'codeError') ?? false };
}

/** Navigation in the middle of a step (a link, Back, a restart) is part of the game: wait for the new page. */
const settled = (page: Page) => page.waitForLoadState('domcontentloaded', { timeout: 15_000 }).catch(() => undefined);
const navigating = (e: unknown) => /Execution context was destroyed|navigation|Target closed|detached/i.test(String((e as Error)?.message ?? e));

for (const mode of MONKEY_MODES) {
  test(`monkey, mode ${mode}: ${STEPS} seeded random steps, no error, always a usable screen`, async ({ page, guard }) => {
    // About 3 minutes on an idle 2-core machine; room for a busy one.
    test.setTimeout(15 * 60_000);
    const rand = prng(0x5c0_4ed + mode.length);
    const log: string[] = [];
    const started = Date.now();
    const clock = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
    // The error screen may show and be restarted from between two checkpoints: every showing is noted.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const shown = document.querySelector('.error-screen');
        if (!shown || shown.hasAttribute('data-noted')) return;
        shown.setAttribute('data-noted', '');
        const said = shown.querySelector('code')?.textContent ?? '';
        sessionStorage.setItem('monkey-crashes', `${sessionStorage.getItem('monkey-crashes') ?? ''}${said}\n`);
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`./?mode=${mode}&lang=en`);

    const checkpoint = async (step: number) => {
      await settled(page);
      let last = { heading: false, button: false, crashed: null as unknown, codeError: false };
      await expect
        .poll(
          async () => {
            last = await page.evaluate(usable).catch(() => last);
            return last.heading && last.button;
          },
          { timeout: 20_000, message: `step ${step}: no usable screen (see test-results/monkey-${mode}.log); last steps:\n${log.slice(-15).join('\n')}` },
        )
        .toBe(true);
      expect(last.crashed, `step ${step}: the error screen showed; last steps:\n${log.slice(-15).join('\n')}`).toBeNull();
      const crashes = await page.evaluate(() => sessionStorage.getItem('monkey-crashes') ?? '').catch(() => '');
      expect(crashes, `by step ${step}: the error screen showed`).toBe('');
      expect(last.codeError, `step ${step}: part of the game did not load`).toBe(false);
      expect(guard.errors, `step ${step}: console errors; last steps:\n${log.slice(-15).join('\n')}`).toEqual([]);
    };

    // The whole walk is kept, to replay a failure by hand.
    mkdirSync('test-results', { recursive: true });
    page.on('pageerror', (e) => log.push(`   ^ page error: ${e.stack ?? e.message}`));
    page.on('console', (m) => m.type() === 'error' && log.push(`   ^ console error: ${m.text()}`));
    try {
      await walk();
    } finally {
      writeFileSync(`test-results/monkey-${mode}.log`, log.join('\n'));
    }
    console.log(`monkey ${mode}: ${STEPS} steps in ${Math.round((Date.now() - started) / 1000)} s`);

    async function walk() {
      for (let step = 1; step <= STEPS; step++) {
        const roll = rand.next();
        try {
          if (roll < 0.55) {
            const t = await page.evaluate(chooseTarget, [rand.next(), rand.next()] as [number, number]);
            const x = t.x + t.w * (0.2 + 0.6 * rand.next());
            const y = t.y + t.h * (0.2 + 0.6 * rand.next());
            log.push(`${step} ${clock()} tap ${t.kind} ${t.name}`);
            if (t.kind === 'click' || t.kind === 'text') await page.mouse.click(x, y);
            if (t.kind === 'text') await page.keyboard.type(rand.pick(['7K2M9Q', 'abc', '!!', '中文', '']), { delay: 0 });
          } else if (roll < 0.8) {
            const key = rand.pick(KEYS);
            log.push(`${step} ${clock()} key ${key}`);
            await page.keyboard.press(key);
          } else if (roll < 0.86) {
            const t = await page.evaluate(chooseTarget, [rand.next(), 0] as [number, number]);
            const vp = page.viewportSize() ?? SIZES[0];
            const from = t.kind === 'none' ? { x: rand.int(vp.width), y: rand.int(vp.height) } : { x: t.x + t.w / 2, y: t.y + t.h / 2 };
            log.push(`${step} ${clock()} drag from ${t.name || 'the page'}`);
            await page.mouse.move(from.x, from.y);
            await page.mouse.down();
            await page.mouse.move(from.x + rand.int(400) - 200, from.y + rand.int(400) - 200, { steps: 1 });
            await page.mouse.up();
          } else if (roll < 0.92) {
            const size = rand.pick(SIZES);
            log.push(`${step} ${clock()} resize ${size.width}x${size.height}`);
            await page.setViewportSize(size);
          } else if (roll < 0.98) {
            log.push(`${step} ${clock()} back`);
            await page.goBack({ waitUntil: 'commit', timeout: 10_000 }).catch(() => null);
          } else {
            log.push(`${step} ${clock()} reload`);
            await page.reload({ waitUntil: 'domcontentloaded' });
          }
        } catch (e) {
          if (!navigating(e)) throw e;
          await settled(page);
        }
        // Back may leave the game only if it was the first page: come back, as a player would.
        if (!page.url().includes('/scored/')) {
          log.push(`${step} ${clock()} (left the game: going back to it)`);
          await page.goto(`./?mode=${mode}&lang=en`);
        }
        if (step % CHECK_EVERY === 0) await checkpoint(step);
      }
    }
  });
}

/** Play `n` village decisions in the page (the deed cards' point buttons, else their choices). */
async function decide(page: Page, n: number) {
  for (let i = 0; i < n; i++) {
    const points = page.locator('.deed-card .point-btn');
    const choice = page.locator('.deed-card .choice-row .btn');
    await expect(points.or(choice).first()).toBeVisible();
    const before = await savedActions(page);
    await ((await points.count()) ? points.nth(i % 2) : choice.first()).click();
    await expect.poll(() => savedActions(page)).toBeGreaterThan(before);
  }
}
const saved = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as { roles?: Record<string, { run?: { actions: unknown[] } }>; settings?: { reducedMotion: string } } | null, SAVE_KEY);
const savedActions = async (page: Page) => (await saved(page))?.roles?.village?.run?.actions.length ?? 0;

/** A second page in the same browser context: the same storage, its own console checked too. */
async function secondTab(context: BrowserContext, errors: string[]) {
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(`tab B: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`tab B page error: ${e.message}`));
  return page;
}

test('two tabs: a stale tab changing a setting never writes over the other tab’s week, and then offers to continue it', async ({ page, context, guard }) => {
  const tabB = await secondTab(context, guard.errors);
  await tabB.goto('./?lang=en');
  await expect(tabB.getByRole('heading', { level: 1, name: 'Scored' })).toBeVisible();
  await expect(tabB.getByRole('button', { name: /^Continue:/ })).toHaveCount(0);

  const tabA = page;
  await tabA.goto('./?lang=en&route=short&role=village');
  await stageReady(tabA);
  await tabA.locator('.panel .next-bar button').click();
  await decide(tabA, 3);
  const played = await savedActions(tabA);

  await tabB.getByRole('radio', { name: 'Reduced' }).check();
  await expect.poll(async () => (await saved(tabB))?.settings?.reducedMotion).toBe('on');

  await tabA.reload();
  await stageReady(tabA);
  expect(await savedActions(tabA)).toBe(played);
  await expect(tabA.locator('.ledger-lines li')).toHaveCount(3);
  // Tab A took on B's setting too.
  await expect(tabA.locator('html')).toHaveClass(/reduce-motion/);

  // Tab B heard of A's week through the storage event and offers it, without a reload.
  await expect(tabB.getByRole('button', { name: /^Continue: The Village Ledger, day 1 of 2$/ })).toBeVisible();
  await tabB.getByRole('button', { name: /^Continue: The Village Ledger/ }).click();
  await stageReady(tabB);
  await expect(tabB.locator('.ledger-lines li')).toHaveCount(3);
});

/** The stage's pixels, as a PNG, and how far two such pictures differ (share of pixels off by more than a little). */
async function differ(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([x, y]) => {
      const load = (src: string) =>
        new Promise<HTMLImageElement>((resolve, reject) => {
          const img = new Image();
          img.onload = () => resolve(img);
          img.onerror = reject;
          img.src = src;
        });
      const [p, q] = await Promise.all([load(x), load(y)]);
      if (p.width !== q.width || p.height !== q.height) return 1;
      const pixels = (img: HTMLImageElement) => {
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const g = c.getContext('2d') as CanvasRenderingContext2D;
        g.drawImage(img, 0, 0);
        return g.getImageData(0, 0, c.width, c.height).data;
      };
      const [d, e] = [pixels(p), pixels(q)];
      let off = 0;
      for (let i = 0; i < d.length; i += 4) {
        const delta = Math.abs((d[i] as number) - (e[i] as number)) + Math.abs((d[i + 1] as number) - (e[i + 1] as number)) + Math.abs((d[i + 2] as number) - (e[i + 2] as number));
        if (delta > 24) off++;
      }
      return off / (d.length / 4);
    },
    [`data:image/png;base64,${a.toString('base64')}`, `data:image/png;base64,${b.toString('base64')}`] as [string, string],
  );
}

test('WebGL context loss: the stage comes back usable and drawn the same within 10 s, with no error', async ({ page, guard }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?lang=en&route=short&role=village&seed=000042');
  await stageReady(page);
  const stage = page.locator('.stage canvas');
  // Let the scene settle (reduced motion: nothing keeps moving), then take its picture.
  await page.waitForTimeout(1500);
  const before = await stage.screenshot();
  const lost = await page.evaluate(async () => {
    const canvas = document.querySelector('.stage canvas') as HTMLCanvasElement;
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    const ext = gl?.getExtension('WEBGL_lose_context');
    if (!gl || !ext) return 'no WEBGL_lose_context';
    const w = window as unknown as { __lose: WEBGL_lose_context; __events: string[] };
    w.__lose = ext;
    w.__events = [];
    canvas.addEventListener('webglcontextlost', () => w.__events.push('lost'));
    canvas.addEventListener('webglcontextrestored', () => w.__events.push('restored'));
    ext.loseContext();
    await new Promise((r) => setTimeout(r, 300));
    return gl.isContextLost() ? 'lost' : 'not lost';
  });
  expect(lost).toBe('lost');
  // While the context is gone the stage shows nothing of the scene: the comparison below can fail.
  expect(await differ(page, before, await stage.screenshot())).toBeGreaterThan(0.05);
  const back = await page.evaluate(async () => {
    const w = window as unknown as { __lose: WEBGL_lose_context; __events: string[] };
    w.__lose.restoreContext();
    await new Promise((r) => setTimeout(r, 300));
    return w.__events.join(',');
  });
  expect(back).toBe('lost,restored');
  const started = Date.now();
  let difference = 1;
  await expect
    .poll(
      async () => {
        difference = await differ(page, before, await stage.screenshot());
        return difference;
      },
      { timeout: 10_000, intervals: [250, 500, 1000] },
    )
    .toBeLessThan(0.01);
  console.log(`context restored and drawn again in ${Date.now() - started} ms (pixels off: ${(difference * 100).toFixed(2)}%)`);
  // Usable: the game still plays, and the stage is still there.
  await page.locator('.panel .next-bar button').click();
  await decide(page, 1);
  await expect(page.locator('.stage[data-ready="true"] canvas')).toHaveCount(1);
  await expect(page.locator('.error-screen')).toHaveCount(0);
  // Past the 8 s in which a context that never came back would show the error screen.
  await page.waitForTimeout(Math.max(0, 8500 - (Date.now() - started)));
  await expect(page.locator('.error-screen')).toHaveCount(0);
  void guard;
});

test('the error screen: an apology, the version, and a Restart that brings back the title with progress kept', async ({ page, guard }) => {
  await page.goto('./?lang=en&route=short&role=village');
  await stageReady(page);
  await page.locator('.panel .next-bar button').click();
  await decide(page, 2);
  const before = await saved(page);

  await page.evaluate(() => setTimeout(() => {
    throw new Error('boom (a test)');
  }));
  await expect(page.getByRole('heading', { level: 1, name: 'Sorry, something went wrong' })).toBeVisible();
  await expect(page.getByText('Your saved progress is safe')).toBeVisible();
  await expect(page.locator('.error-facts dd').first()).toHaveText(/^\d+\.\d+\.\d+/);
  await expect(page.locator('.error-facts')).toContainText('boom (a test)');
  // The week's code is there to report.
  await expect(page.locator('.error-facts')).toContainText(/The Village Ledger: [0-9A-Z]{6}/);
  // The one error this test caused, and no other.
  expect(guard.errors).toEqual(['page error: boom (a test)']);
  guard.errors.length = 0;

  await page.getByRole('button', { name: 'Restart the game' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scored' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Continue: The Village Ledger, day 1 of 2$/ })).toBeVisible();
  expect(await saved(page)).toEqual(before);
});
