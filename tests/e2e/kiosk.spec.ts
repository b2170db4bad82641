/** Museum kiosk: attract loop, a visit by touch, idle reset, nothing kept, lockdown, big targets, offline. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Locator, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { expect, shot, stageReady, test } from './helpers';

const KIOSK = { width: 1920, height: 1080 };
const PORTRAIT = { width: 1080, height: 1920 };

/** The store's data (no functions), as the page holds it. */
const state = (page: Page) => page.evaluate(() => (window as unknown as { __scoredState: () => unknown }).__scoredState());

/** Every visible control measures at least 64 x 64 CSS px. */
async function expectBigTargets(page: Page, where: string) {
  const small = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('button, a[href], input, select, [role="button"]'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[aria-hidden="true"]');
      })
      .map((el) => ({ name: (el.getAttribute('aria-label') ?? el.innerText).trim().slice(0, 30), w: Math.round(el.getBoundingClientRect().width), h: Math.round(el.getBoundingClientRect().height) }))
      .filter((b) => b.w < 64 || b.h < 64),
  );
  expect(small, `${where}: controls smaller than 64x64`).toEqual([]);
}

/** The quiz's statements, to know the report's verdict on the card shown. */
const myths = JSON.parse(readFileSync(new URL('../../levels/myths.json', import.meta.url), 'utf8')) as { statements: { claim: { en: string }; verdict: 'myth' | 'reality' }[] };
async function verdictShown(page: Page): Promise<'myth' | 'reality'> {
  const claim = (await page.locator('.myths-claim-card h2').innerText()).trim();
  const s = myths.statements.find((x) => x.claim.en === claim);
  if (!s) throw new Error(`no statement reads "${claim}"`);
  return s.verdict;
}

/** A finger drawn across an element, as a touch screen sends it (touch events, and pointer events from them). */
async function swipe(page: Page, target: Locator, dx: number) {
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to swipe');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 10, y: y + i }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Two quick touches at the same spot, as an impatient visitor gives them. */
async function doubleTap(page: Page, target: Locator) {
  await expect(target).toBeEnabled();
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to tap');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.touchscreen.tap(x, y);
  await page.waitForTimeout(80);
  await page.touchscreen.tap(x, y);
}

/** The view fits the screen: the panel does not scroll, and neither does the page. */
async function expectOneScreen(page: Page, where: string) {
  const { panel, doc, vh } = await page.evaluate(() => {
    const p = document.querySelector('.panel');
    return { panel: p ? p.scrollHeight - p.clientHeight : 0, doc: document.documentElement.scrollHeight, vh: window.innerHeight };
  });
  expect(panel, `${where}: the panel scrolls by this much`).toBeLessThanOrEqual(1);
  expect(doc, `${where}: the page scrolls`).toBeLessThanOrEqual(vh + 2);
}

/** Screenshots of the screen as it is, in landscape and portrait, each checked (targets, fit). */
async function bothWays(page: Page, name: string, check?: (where: string) => Promise<void>) {
  for (const size of [KIOSK, PORTRAIT]) {
    await page.setViewportSize(size);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const where = `${name} at ${size.width}x${size.height}`;
    await expectBigTargets(page, where);
    if (check) await check(where);
    await shot(page, name, false);
  }
  await page.setViewportSize(KIOSK);
}

test.describe('kiosk mode', () => {
  test.use({ viewport: KIOSK, hasTouch: true });

  test('attract loop, a visit by touch, then the idle prompt and a reset that leaves nothing behind', async ({ page, guard }) => {
    await page.goto('./?mode=kiosk&idle=3&countdown=2');
    const fresh = await state(page);
    await expect(page.locator('.attract')).toBeVisible();
    await expect(page.getByRole('button', { name: /English/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /中文/ })).toBeVisible();
    await expectBigTargets(page, 'attract');
    await shot(page, 'kiosk-attract', false);
    await page.setViewportSize(PORTRAIT);
    await shot(page, 'kiosk-attract', false);
    await page.setViewportSize(KIOSK);

    // The context menu is refused.
    const prevented = await page.evaluate(() => {
      const e = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      document.body.dispatchEvent(e);
      return e.defaultPrevented;
    });
    expect(prevented).toBe(true);

    await page.getByRole('button', { name: /中文/ }).tap();
    await expect(page.getByRole('heading', { level: 1, name: '选择一项' })).toBeVisible();
    await expect(page.getByText('即将推出')).toHaveCount(0);
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expectBigTargets(page, 'menu');
    await shot(page, 'kiosk-menu', false);

    // Left alone: the prompt, its countdown, then the attract loop again.
    await expect(page.getByRole('alertdialog', { name: '你还在吗？' })).toBeVisible({ timeout: 6000 });
    await shot(page, 'kiosk-idle', false);
    await page.setViewportSize(PORTRAIT);
    await shot(page, 'kiosk-idle', false);
    await page.setViewportSize(KIOSK);
    await expect(page.locator('.attract')).toBeVisible({ timeout: 6000 });
    expect(await state(page)).toEqual(fresh);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    void guard;
  });

  test('any touch cancels the idle prompt', async ({ page, guard }) => {
    await page.goto('./?mode=kiosk&idle=2&countdown=3');
    await page.getByRole('button', { name: /English/ }).tap();
    await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 5000 });
    await page.mouse.click(10, 300);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Choose one' })).toBeVisible();
    void guard;
  });

  test('many touches at once, and touches during the reset, never break the state', async ({ page, guard }) => {
    await page.goto('./?mode=kiosk&idle=2&countdown=1');
    await page.getByRole('button', { name: /English/ }).tap();
    const first = page.locator('.kiosk-role').first();
    // The first touch wins; the others may find their card already gone.
    await Promise.all([first.tap(), first.tap({ timeout: 1500 }).catch(() => undefined), page.locator('.kiosk-role').last().tap({ timeout: 1500 }).catch(() => undefined)]);
    await expect(page.locator('.screen').first()).toBeVisible();
    // Touch while the reset happens.
    await page.waitForTimeout(2600);
    for (let i = 0; i < 5; i++) await page.mouse.click(900, 500).catch(() => undefined);
    await expect(page.locator('.attract, .screen-kiosk, .screen.role').first()).toBeVisible();
    void guard;
  });

  test('a visit plays "Myth or reality?" by touch to its result, and back to the attract loop', async ({ page, guard }) => {
    await page.goto('./?mode=kiosk');
    await page.getByRole('button', { name: /English/ }).tap();
    await page.getByRole('button', { name: /^Myth or reality\?/ }).tap();
    await stageReady(page);
    await expect(page.locator('.myths-claim-card h2')).toBeFocused();
    await bothWays(page, 'kiosk-myths-statement');
    // The first by a swipe, the right way (left: myth, right: reality); the rest by a tap, one of them wrong.
    let right = 0;
    for (let i = 0; i < 6; i++) {
      const verdict = await verdictShown(page);
      const answer = i === 2 ? (verdict === 'myth' ? 'reality' : 'myth') : verdict;
      const button = page.getByRole('button', { name: answer === 'myth' ? 'Myth' : 'Reality', exact: true });
      if (i === 0) await swipe(page, page.locator('.myths-claim-card'), verdict === 'myth' ? -300 : 300);
      else if (i === 3) await doubleTap(page, button);
      else await button.tap();
      if (answer === verdict) right++;
      await expect(page.getByRole('heading', { level: 2, name: answer === verdict ? 'Right' : 'Not quite' })).toBeVisible();
      if (i === 0 || i === 2) {
        await page.waitForTimeout(2700);
        await bothWays(page, i === 0 ? 'kiosk-myths-answer' : 'kiosk-myths-answer-wrong', (where) => expectOneScreen(page, where));
      }
      // A double tap answers once and moves on once: the second touch never lands on the next view's buttons.
      if (i === 3) await doubleTap(page, page.locator('.next-bar button'));
      else await page.locator('.next-bar button').tap();
      await expect(page.locator('.myths-dot.dot-ok, .myths-dot.dot-no')).toHaveCount(i + 1);
      if (i < 5) await expect(page.locator('.myths-claim-card h2')).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 2, name: `You got ${right} of 6 right` })).toBeVisible();
    await bothWays(page, 'kiosk-myths-result', (where) => expectOneScreen(page, where));
    await page.getByRole('button', { name: 'Finish' }).tap();
    await expect(page.locator('.attract')).toBeVisible();
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    void guard;
  });

  test("another role's short route in kiosk layout", async ({ page, guard }) => {
    await page.goto('./?mode=kiosk');
    await page.getByRole('button', { name: /English/ }).tap();
    const names = (await page.locator('.kiosk-role .kiosk-role-name').allInnerTexts()).filter((n) => n !== 'Myth or reality?');
    test.skip(names.length === 0, 'no other role has a screen yet');
    const name = names[0] as string;
    await page.getByRole('button', { name: new RegExp(`^${name.replace(/[?.()]/g, '\\$&')}`) }).tap();
    await stageReady(page);
    const slug = name.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
    await bothWays(page, `kiosk-${slug}-start`);
    // Its first step on, if its first screen has one.
    const next = page.locator('.panel .next-bar button');
    if ((await next.count()) > 0) {
      await next.first().tap();
      await page.waitForTimeout(800);
      await bothWays(page, `kiosk-${slug}-next`);
    }
    void guard;
  });

  test('after one visit it plays offline: the quiz, and every role to its first screen, with no request failing', async ({ page, context, guard }) => {
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText ?? ''}`));
    await page.goto('./?mode=kiosk');
    await expect(page.locator('.attract')).toBeVisible();
    // The service worker installs (precaching everything), then controls the page after a reload.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // The attract screen draws once every language's strings have arrived: going offline before that
    // would abort those requests (a race in the test, not a failure of the game).
    await expect(page.locator('.attract')).toBeVisible();
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('.attract')).toBeVisible();
    await page.getByRole('button', { name: /English/ }).tap();
    const roles = await page.locator('.kiosk-role .kiosk-role-name').allInnerTexts();
    expect(roles).toContain('Myth or reality?');
    await page.getByRole('button', { name: /^Myth or reality\?/ }).tap();
    await stageReady(page);
    for (let i = 0; i < 6; i++) {
      await page.locator('.myths-answer').first().tap();
      await page.locator('.next-bar button').tap();
    }
    await expect(page.getByRole('heading', { level: 2, name: /^You got \d of 6 right$/ })).toBeVisible();
    await page.getByRole('button', { name: 'Try another' }).tap();
    for (const name of roles.filter((r) => r !== 'Myth or reality?')) {
      await page.getByRole('button', { name: new RegExp(`^${name.replace(/[?.()]/g, '\\$&')}`) }).tap();
      await stageReady(page);
      await expect(page.locator('.panel :is(h1, h2)').first()).toBeVisible();
      await page.getByRole('button', { name: 'Choose again' }).tap();
    }
    expect(failed).toEqual([]);
    // And the network really was off all along: a file the service worker does not keep cannot be
    // fetched. (Asked directly, newer Chromium reports navigator.onLine as true under Playwright's
    // offline emulation, so the page's own fetch is the proof.)
    const probe = await page.evaluate(() => fetch(`./offline-probe-${Date.now()}.txt`, { cache: 'no-store' }).then((r) => `reached (${r.status})`, () => 'unreachable'));
    expect(probe).toBe('unreachable');
    // The probe's own failure is the one console error expected here.
    const probeError = guard.errors.findIndex((e) => e.includes('ERR_INTERNET_DISCONNECTED'));
    if (probeError >= 0) guard.errors.splice(probeError, 1);
    await context.setOffline(false);
  });

  test("the README's recipe: with a profile of its own, the kiosk plays offline after Chromium restarts", async ({ baseURL }) => {
    // The README tells museum staff to run Chromium with --user-data-dir (not --incognito), so the
    // stored game outlives a restart while the server or the network is down. Two launches of the
    // browser on one profile folder, the second one offline from its first request.
    const profile = mkdtempSync(join(tmpdir(), 'scored-kiosk-profile-'));
    const launch = () =>
      chromium.launchPersistentContext(profile, { executablePath: findChromium().path, args: CHROMIUM_ARGS, viewport: KIOSK, hasTouch: true, serviceWorkers: 'allow' });
    const url = `${baseURL}?mode=kiosk`;
    try {
      const first = await launch();
      const page = first.pages()[0] ?? (await first.newPage());
      await page.goto(url);
      await expect(page.locator('.attract')).toBeVisible();
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await first.close();

      const second = await launch();
      const errors: string[] = [];
      await second.setOffline(true);
      const again = second.pages()[0] ?? (await second.newPage());
      again.on('pageerror', (e) => errors.push(e.message));
      again.on('requestfailed', (r) => errors.push(`${r.url()}: ${r.failure()?.errorText ?? ''}`));
      await again.goto(url);
      await expect(again.locator('.attract')).toBeVisible();
      await again.getByRole('button', { name: /English/ }).tap();
      await again.getByRole('button', { name: /^Myth or reality\?/ }).tap();
      await stageReady(again);
      await expect(again.locator('.myths-claim-card h2')).toBeVisible();
      expect(errors).toEqual([]);
      await second.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
