/**
 * `npm start` is one of the README's two commands: the dev server must play the game as the build
 * does (styled, the stage drawn with the game's own Phaser, no error), in each language.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';

const PORT = Number(process.env.E2E_DEV_PORT ?? 5391);
const URL = `http://127.0.0.1:${PORT}/`;
let server: ChildProcess | null = null;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', String(PORT), '--strictPort'], {
    cwd: new globalThis.URL('../..', import.meta.url).pathname,
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 120; i++) {
    if (await fetch(URL).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the dev server did not start');
});

test.afterAll(() => {
  server?.kill();
});

test('npm start: the dev server plays a role, styled and drawn, in English and Chinese, with no error', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  for (const [lang, begin] of [
    ['en', 'Begin day 1'],
    ['zh', '开始第1天'],
  ] as const) {
    await page.goto(`${URL}?role=village&lang=${lang}&seed=000042&route=short`);
    // Styled: the page's own stylesheet reached the page (the dev server's inline styles pass its CSP).
    await expect(page.getByRole('button', { name: begin })).toBeVisible({ timeout: 60_000 });
    expect(await page.locator('header.topbar').evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    await expect(page.locator('.stage[data-ready="true"] canvas')).toBeVisible({ timeout: 60_000 });
    // Drawn: the stage shows the village (many colours), not a black or empty canvas.
    await page.waitForTimeout(1000);
    const png = (await page.locator('.stage canvas').screenshot()).toString('base64');
    const colours = await page.evaluate(async (data) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
      const c = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = c.getContext('2d') as OffscreenCanvasRenderingContext2D;
      g.drawImage(bitmap, 0, 0);
      const px = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < px.length; i += 4 * 97) seen.add(((px[i] as number) << 16) | ((px[i + 1] as number) << 8) | (px[i + 2] as number));
      return seen.size;
    }, png);
    expect(colours, 'distinct colours on the stage').toBeGreaterThan(12);
  }
  expect(errors).toEqual([]);
});
