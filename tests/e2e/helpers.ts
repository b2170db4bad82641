/** Shared checks for the browser tests: no console errors, no request off the page's origin, screenshots. */
import { expect, test as base, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';

export const SCREENS_DIR = 'test-results/screens';

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
      if (m.type() === 'warning') guard.warnings.push(m.text());
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

export async function shot(page: Page, name: string) {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const vp = page.viewportSize();
  await page.screenshot({ path: `${SCREENS_DIR}/${vp?.width}x${vp?.height}-${name}.png`, fullPage: true });
}

/** Serious accessibility problems on the current screen fail the test. */
export async function audit(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).exclude('.stage').analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${where}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`),
  ).toEqual([]);
}

/** The accessible name (roughly) of the focused element. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    return (el.getAttribute('aria-label') ?? el.innerText ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
  });
}

/** Keyboard only: Tab (or Shift+Tab) until a control whose name matches has focus, then press Enter. */
export async function keyTo(page: Page, name: RegExp, key: 'Enter' | 'Space' | null = 'Enter') {
  for (let i = 0; i < 60; i++) {
    const current = await focusedName(page);
    const tag = await page.evaluate(() => document.activeElement?.tagName ?? '');
    if (name.test(current) && ['BUTTON', 'A', 'SELECT', 'INPUT'].includes(tag)) {
      if (key) await page.keyboard.press(key === 'Space' ? ' ' : key);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`no focusable control named ${name} reached by Tab (last focused: "${await focusedName(page)}")`);
}

export async function stageReady(page: Page) {
  await expect(page.locator('.stage[data-ready="true"] canvas')).toBeVisible({ timeout: 30_000 });
}
