/** Shared checks for the browser tests: no console errors, no request off the page's origin, screenshots, audits, keyboard. */
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';

export const SCREENS_DIR = 'test-results/screens';

/** The sizes every screen is looked at: a school laptop, a projector or big monitor, a phone. */
export const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
] as const;

interface Guard {
  errors: string[];
  offOrigin: string[];
  warnings: string[];
}

export const test = base.extend<{ guard: Guard }>({
  guard: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const guard: Guard = { errors: [], offOrigin: [], warnings: [] };
    page.on('console', (m) => {
      if (m.type() === 'error') guard.errors.push(m.text());
      if (m.type() === 'warning' && !m.text().includes('GL Driver Message')) guard.warnings.push(m.text());
    });
    page.on('pageerror', (e) => guard.errors.push(`page error: ${e.message}`));
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
      guard.offOrigin.push(url);
      return route.abort();
    });
    await use(guard);
    expect(guard.offOrigin, 'requests that left the page origin').toEqual([]);
    expect(guard.errors, 'console errors').toEqual([]);
    expect(await page.context().cookies(), 'cookies').toEqual([]);
  },
});

export { expect };

async function settle(page: Page) {
  // Two frames: layout, then the canvas's resize.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** A screenshot of the page as it is now, named by size (and pixel ratio). */
export async function shot(page: Page, name: string, fullPage = true) {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const vp = page.viewportSize();
  const dpr = await page.evaluate(() => window.devicePixelRatio);
  await page.screenshot({ path: `${SCREENS_DIR}/${vp?.width}x${vp?.height}${dpr > 1 ? `@${dpr}x` : ''}-${name}.png`, fullPage });
}

/**
 * Screenshots of the current screen at every size, in the same pass (the page is resized, not
 * replayed); `check` runs at each size, e.g. that the decision is in view. Ends at the first size.
 */
export async function shotAll(page: Page, name: string, check?: (size: (typeof SIZES)[number]) => Promise<void>) {
  const start = page.viewportSize();
  const sizes = [...SIZES].sort((a) => (start && a.width === start.width && a.height === start.height ? -1 : 0));
  for (const size of sizes) {
    await page.setViewportSize(size);
    await settle(page);
    if (check) await check(size);
    await shot(page, name);
  }
  if (start) {
    await page.setViewportSize(start);
    await settle(page);
  }
}

/** Serious or critical accessibility problems on the current screen (WCAG 2.0, 2.1, 2.2 A and AA) fail the test. */
export async function audit(page: Page, where: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
    .exclude('.stage')
    .analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${where}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
}

/**
 * Keyboard only: Tab to the control whose accessible name matches, then press Enter. One round
 * trip finds how many Tab presses it takes (in the page, in tab order), then they are pressed and
 * the landing is checked once: cheap enough for a slow, loaded machine.
 */
export async function keyTo(page: Page, name: RegExp, key: 'Enter' | 'Space' | null = 'Enter') {
  // Let a new view render and move focus to its heading first.
  await settle(page);
  const plan = await page.evaluate(
    ({ source, flags }) => {
      const re = new RegExp(source, flags);
      const focusable = Array.from(
        document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea, summary, [tabindex]:not([tabindex="-1"])'),
      ).filter((el) => {
        if (el.closest('[inert], [hidden]')) return false;
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return (r.width > 0 || r.height > 0) && style.visibility !== 'hidden';
      });
      // Radio groups take one Tab stop: the checked one (or the first).
      const stops = focusable.filter((el) => {
        if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
        const group = focusable.filter((o) => o instanceof HTMLInputElement && o.type === 'radio' && o.name === el.name) as HTMLInputElement[];
        return (group.find((o) => o.checked) ?? group[0]) === el;
      });
      const nameOf = (el: HTMLElement) => {
        const labelled = el.getAttribute('aria-labelledby');
        const text = labelled
          ? labelled
              .split(' ')
              .map((id) => document.getElementById(id)?.innerText ?? '')
              .join(' ')
          : (el.getAttribute('aria-label') ?? (el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? (el.labels?.[0]?.innerText ?? '') : el.innerText));
        return text.trim().replace(/\s+/g, ' ');
      };
      const target = stops.findIndex((el) => re.test(nameOf(el)));
      if (target < 0) return { presses: -1, names: stops.map(nameOf).slice(0, 40) };
      const active = document.activeElement as HTMLElement | null;
      let from = active ? stops.indexOf(active) : -1;
      if (from < 0 && active && active !== document.body) {
        // Focus is on something not in tab order (a heading): the next stop is the first one after it.
        from = stops.findIndex((el) => active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) - 1;
        if (from < -1) from = stops.length - 1;
      }
      const presses = (target - from + stops.length) % stops.length;
      return { presses, names: [] };
    },
    { source: name.source, flags: name.flags },
  );
  if (plan.presses < 0) throw new Error(`no focusable control named ${name}; there are: ${plan.names.join(' | ')}`);
  for (let i = 0; i < plan.presses; i++) await page.keyboard.press('Tab');
  const landed = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? (el.getAttribute('aria-label') ?? el.innerText ?? '').trim().replace(/\s+/g, ' ') : '';
  });
  expect(landed, `Tab reached the wrong control on the way to ${name}`).toMatch(name);
  if (key) await page.keyboard.press(key === 'Space' ? ' ' : key);
}

export async function stageReady(page: Page) {
  await expect(page.locator('.stage[data-ready="true"] canvas')).toBeVisible({ timeout: 30_000 });
}

/** Every matching control lies wholly inside the viewport, without scrolling. */
export async function expectInView(page: Page, controls: Locator, where: string) {
  const vp = page.viewportSize();
  if (!vp) return;
  const boxes = await controls.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { name: (el as HTMLElement).innerText.trim().slice(0, 30), top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    }),
  );
  expect(boxes.length, `${where}: no decision controls found`).toBeGreaterThan(0);
  const out = boxes.filter((b) => b.top < 0 || b.left < 0 || b.bottom > vp.height + 0.5 || b.right > vp.width + 0.5);
  expect(out, `${where} at ${vp.width}x${vp.height}: decision controls outside the viewport`).toEqual([]);
}
