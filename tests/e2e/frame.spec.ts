/** The frame every role plugs into: title, role choice, history, saving, bad input, settings. */
import { audit, expect, keyTo, shot, shotAll, stageReady, test } from './helpers';

test('title, credits and role choice: keyboard, audits and screenshots at every size', async ({ page, guard }) => {
  await page.goto('./?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Scored' })).toBeFocused();
  // The brand button's name starts with its visible text (WCAG 2.5.3).
  await expect(page.getByRole('button', { name: /^Scored/ })).toBeVisible();
  await audit(page, 'title');
  await shotAll(page, 'title');
  await keyTo(page, /^Credits and sources$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Credits and sources' })).toBeFocused();
  await audit(page, 'credits');
  await shotAll(page, 'credits');
  await keyTo(page, /^Back$/);
  await keyTo(page, /^Start$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a role' })).toBeFocused();
  await expect(page.getByText('Coming soon')).toHaveCount(0);
  await audit(page, 'roles');
  await shotAll(page, 'roles');
  void guard;
});

test('Back moves one screen back and never leaves the game; a reload lands on the same screen', async ({ page, guard }) => {
  await page.goto('./?lang=en&route=short');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/page=roles/);
  await page.getByRole('button', { name: 'Play' }).first().click();
  await expect(page).toHaveURL(/role=village/);
  await stageReady(page);
  await page.reload();
  await stageReady(page);
  await expect(page).toHaveURL(/role=village/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a role' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Scored' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/scored/');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a role' })).toBeVisible();
  await page.goForward();
  await stageReady(page);
  await expect(page.locator('canvas')).toHaveCount(1);
  void guard;
});

test('"Continue" and "New week" are separate choices, and both work after a reload', async ({ page, guard }) => {
  await page.goto('./?lang=en&route=short&role=village');
  await page.locator('.panel .next-bar button').click();
  await page.locator('.deed-card .point-btn').first().click();
  await page.reload();
  await page.getByRole('button', { name: 'Scored: back to the title screen' }).click();
  const resume = page.getByRole('button', { name: /^Continue: The Village Ledger, day 1 of 2$/ });
  await expect(resume).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'Continue (day 1 of 2)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New week' })).toBeVisible();
  await shot(page, 'roles-continue');
  await page.reload();
  await page.getByRole('button', { name: 'Continue (day 1 of 2)' }).click();
  await expect(page.locator('.ledger-lines li')).toHaveCount(1);
  await page.getByRole('button', { name: 'Roles' }).click();
  await page.getByRole('button', { name: 'New week' }).click();
  await expect(page.locator('.panel .next-bar button')).toBeVisible();
  await page.reload();
  await expect(page.locator('.panel .next-bar button')).toBeVisible();
  void guard;
});

test('a typed week code starts that week; a bad code is refused in place and starts nothing', async ({ page, guard }) => {
  await page.goto('./?lang=en&page=roles');
  const field = page.getByLabel('Week code (optional)');
  await field.fill('7K2-M9U');
  await page.getByRole('button', { name: 'Play' }).first().click();
  await expect(page.getByRole('alert')).toContainText('only digits and the letters A to Z');
  await expect(field).toBeFocused();
  await expect(page).toHaveURL(/page=roles/);
  await shot(page, 'roles-bad-code');
  await field.fill('7k2m9q');
  await page.getByRole('button', { name: 'Play' }).first().click();
  await expect(page).toHaveURL(/role=village/);
  await stageReady(page);
  const seed = await page.evaluate(() => JSON.parse(localStorage.getItem('scored.save.v2') ?? '{}').roles?.village?.run?.seed);
  expect(seed).toBe(parseInt('7K2M9Q'.replace(/./g, (c) => '0123456789ABCDEFGHJKMNPQRSTVWXYZ'.indexOf(c).toString(32)), 32));
  void guard;
});

test('corrupt saved data: starts clean and says so once', async ({ page, guard }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('scored.save.v2', '{"version":2,"roles":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('./?lang=en');
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await shot(page, 'notice-corrupt');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Scored' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  void guard;
});

test('a v1 save from the previous version continues its week', async ({ page, guard }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('scored.save.v1', JSON.stringify({ version: 1, lang: 'en', settings: { reducedMotion: 'on' }, progress: { village: { completed: 2, run: { levelId: 'village', seed: 42, route: 'short', actions: [] } } } }));
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('./');
  await expect(page.getByRole('button', { name: /^Continue: The Village Ledger, day 1 of 2$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText('Played 2 times')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Reduced' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Scored: back to the title screen' }).click();
  await expect(page.getByRole('radio', { name: 'Reduced' })).toBeChecked();
  void guard;
});

test('unknown and repeated URL parameters: defaults, a console warning each, no error', async ({ page, guard }) => {
  await page.goto('./?lang=fr&seed=a!c&mode=arcade&role=lottery&colour=red&route=short&route=full');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(guard.warnings.filter((w) => w.startsWith('[Scored]'))).toHaveLength(6);
  await expect(page.getByRole('button', { name: /Start|开始/ })).toBeVisible();
});

test('the motion setting is kept and applied', async ({ page, guard }) => {
  await page.goto('./?lang=en');
  await expect(page.locator('html')).not.toHaveClass(/reduce-motion/);
  await page.getByRole('radio', { name: 'Reduced' }).check();
  await expect(page.locator('html')).toHaveClass(/reduce-motion/);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Reduced' })).toBeChecked();
  await expect(page.locator('html')).toHaveClass(/reduce-motion/);
  void guard;
});

test.describe('with the device asking for less motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('"As my device" follows it', async ({ page, guard }) => {
    await page.goto('./?lang=en');
    await expect(page.getByRole('radio', { name: 'As my device' })).toBeChecked();
    await expect(page.locator('html')).toHaveClass(/reduce-motion/);
    void guard;
  });
});

test('a broken level never half-loads: the role shows what is wrong instead', async ({ page, guard }) => {
  await page.route(/\/assets\/village-[^/]*\.json$/, (route) =>
    route.fulfill({ contentType: 'application/json', body: '{ "format": 1, "id": "village", "role": "village", "deeds": "none" }' }),
  );
  await page.goto('./?role=village&lang=en');
  await expect(page.getByRole('heading', { name: 'This level could not be loaded' })).toBeVisible();
  await expect(page.locator('.level-error .notice-detail')).toContainText('levels/village.json: ');
  await expect(page.locator('.stage')).toHaveCount(0);
  await shot(page, 'level-error');
  void guard;
});

test('entering and leaving a role again and again leaves one healthy canvas', async ({ page, guard }) => {
  await page.goto('./?lang=en');
  await page.getByRole('button', { name: 'Start' }).click();
  for (let i = 0; i < 6; i++) {
    await page.getByRole('button', { name: /^(Play|Continue \(day)/ }).first().click();
    await stageReady(page);
    await expect(page.locator('canvas')).toHaveCount(1);
    await page.getByRole('button', { name: 'Roles' }).click();
  }
  await expect(page.locator('canvas')).toHaveCount(0);
  void guard;
});
