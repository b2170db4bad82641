import { audit, expect, keyTo, shot, stageReady, test } from './helpers';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];

for (const size of SIZES) {
  test.describe(`at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test('plays the short route by keyboard alone, from title to debrief', async ({ page, guard }) => {
      await page.goto('./?route=short&seed=42&lang=en');
      await expect(page.getByRole('heading', { level: 1, name: 'Scored' })).toBeVisible();
      await audit(page, 'title');
      await shot(page, 'title');

      await keyTo(page, /^Credits and sources$/);
      await expect(page.getByRole('heading', { name: 'Credits and sources' })).toBeVisible();
      await audit(page, 'credits');
      await shot(page, 'credits');
      await keyTo(page, /^Back$/);

      await keyTo(page, /^Start$/);
      await expect(page.getByRole('heading', { name: 'Choose a role' })).toBeVisible();
      await expect(page.getByText('Coming soon')).toHaveCount(3);
      await audit(page, 'roles');
      await shot(page, 'roles');
      await keyTo(page, /^Play$/);

      await expect(page.getByRole('heading', { level: 1, name: 'The Village Ledger' })).toBeFocused();
      await stageReady(page);
      await audit(page, 'intro');
      await shot(page, 'intro');
      await keyTo(page, /^Begin day 1$/);

      let sawPressure = false;
      for (let day = 1; day <= 2; day++) {
        await expect(page.getByText(`Day ${day} of 2`)).toBeVisible();
        for (let i = 0; i < 4; i++) {
          const card = page.locator('.deed-card');
          if ((await card.count()) === 0) break;
          await expect(card.getByRole('heading', { level: 2 })).toBeFocused();
          const pressured = (await card.locator('.pressure').count()) > 0;
          if (pressured && !sawPressure) {
            sawPressure = true;
            await audit(page, 'pressure');
            await shot(page, 'deed-pressure');
          } else if (day === 1 && i === 0) {
            await shot(page, 'deed');
          }
          const text = (await card.locator('.deed-text').innerText()).toLowerCase();
          // A scorer with a rule: hearsay is declined, favours are refused, good deeds get +5, bad ones −5.
          if ((await card.locator('.evidence-hearsay').count()) > 0) await keyTo(page, /^Decline: not enough evidence$/);
          else if (/litter|wrapper|drops/.test(text)) await keyTo(page, /^Give −5 points$/);
          else await keyTo(page, /^Give \+5 points$/);
          await expect(page.locator('#live')).toContainText(/recorded|declined/);
        }
        await expect(page.getByRole('heading', { name: "Today's ledger" }).first()).toBeFocused();
        await keyTo(page, /^Close the day and update the board$/);
        await expect(page.getByRole('heading', { name: `The village board after day ${day}` })).toBeFocused();
        await expect(page.getByRole('table')).toContainText('Lin Hao');
        if (day === 1) {
          await audit(page, 'board');
          await shot(page, 'board');
          await keyTo(page, /^Start day 2$/);
        } else {
          await keyTo(page, /^End the week$/);
        }
      }
      expect(sawPressure).toBe(true);

      await expect(page.getByRole('heading', { name: 'Your week against the report' })).toBeFocused();
      const reveal = page.locator('.reveal-table');
      await expect(reveal).toContainText('+30');
      await expect(reveal).toContainText('+10');
      await expect(page.getByText('In the report, one donation counted three times as much as a tour of army service.')).toBeVisible();
      // This scorer gave everything +5, so the donation and army service weigh the same.
      await expect(page.locator('.comparison').first()).toContainText('Your values: the donation +5, army service +5. You counted them the same.');
      await audit(page, 'reveal');
      await shot(page, 'reveal');

      // A quote can be opened from the keyboard.
      await keyTo(page, /^Show the quote$/);
      await expect(page.locator('.prov-quote').first()).toBeVisible();

      await keyTo(page, /^Same village, other cities$/);
      await expect(page.getByRole('heading', { name: 'Same village, other cities' }).first()).toBeFocused();
      await expect(page.locator('.cities-table')).toContainText('Suzhou');
      await audit(page, 'cities');
      await shot(page, 'cities');
      await keyTo(page, /^Debrief$/);

      await expect(page.getByRole('heading', { name: 'Debrief' })).toBeFocused();
      await expect(page.locator('.questions li')).toHaveCount(5);
      await expect(page.getByText('Seed 42')).toBeVisible();
      await audit(page, 'debrief');
      await shot(page, 'debrief');
      await keyTo(page, /^Choose another role$/);
      await expect(page.getByText('Played once')).toBeVisible();
      void guard;
    });
  });
}

test('switching language mid-game keeps the week, and a reload can continue it', async ({ page, guard }) => {
  await page.goto('./?role=village&route=short&seed=7&lang=en');
  await page.getByRole('button', { name: 'Begin day 1' }).click();
  await stageReady(page);
  await page.getByRole('button', { name: 'Give +2 points' }).click();
  await page.getByRole('button', { name: 'Decline: not enough evidence' }).click();
  await expect(page.locator('.ledger-lines li')).toHaveCount(2);

  await page.getByLabel('Language').selectOption('zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('.ledger-lines li')).toHaveCount(2);
  await expect(page.locator('.ledger-lines')).toContainText('+2');
  await expect(page.getByText('第1天（共2天）')).toBeVisible();
  await shot(page, 'zh-day');
  await page.locator('.deed-card .point-btn').first().click();
  await expect(page.locator('.ledger-lines li')).toHaveCount(3);

  await page.getByLabel('语言').selectOption('en');
  await expect(page.locator('.ledger-lines li')).toHaveCount(3);

  await page.goto('./');
  await page.getByRole('button', { name: 'Continue your week (day 1)' }).click();
  await expect(page.locator('.ledger-lines li')).toHaveCount(3);
  void guard;
});

test('the whole week in Chinese reaches a debrief in Chinese', async ({ page, guard }) => {
  await page.goto('./?role=village&route=short&seed=3&lang=zh');
  await page.locator('.intro button.btn-primary').click();
  for (let day = 0; day < 2; day++) {
    while ((await page.locator('.deed-card').count()) > 0) await page.locator('.deed-card .point-btn.gain').first().click();
    await page.locator('.day-done button').click();
    await page.locator('.board button.btn-primary').click();
  }
  await shot(page, 'zh-reveal');
  await page.locator('.reveal button.btn-primary').click();
  await shot(page, 'zh-cities');
  await page.locator('.cities button.btn-primary').click();
  await expect(page.locator('.debrief h2').first()).not.toHaveText('Debrief');
  await shot(page, 'zh-debrief');
  void guard;
});

test('corrupt saved data: starts clean and says so once', async ({ page, guard }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('scored.save.v1', '{"version":1,"progress":');
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

test('unknown URL parameters: defaults, a console warning, no error', async ({ page, guard }) => {
  await page.goto('./?lang=fr&seed=abc&mode=kiosk&role=firm&colour=red');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(guard.warnings.filter((w) => w.startsWith('[Scored]'))).toHaveLength(5);
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
  // Serve a damaged copy of the level in place of the bundled one.
  await page.route(/\/assets\/village-[^/]*\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'export default { "format": 1, "id": "village", "role": "village", "deeds": "none" };' }),
  );
  await page.goto('./?role=village&lang=en');
  await expect(page.getByRole('heading', { name: 'This level could not be loaded' })).toBeVisible();
  await expect(page.locator('.level-error .notice-detail')).toContainText('levels/village.json: deeds: ');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.deed-card, .intro')).toHaveCount(0);
  await expect(page.locator('.stage')).toHaveCount(0);
  await shot(page, 'level-error');
  void guard;
});

test('entering and leaving the village again and again leaves one healthy canvas', async ({ page, guard }) => {
  await page.goto('./?lang=en&seed=9');
  for (let i = 0; i < 6; i++) {
    await page.getByRole('button', { name: i === 0 ? 'Start' : 'Roles' }).click();
    await page.getByRole('button', { name: 'Play' }).click();
    await stageReady(page);
    await expect(page.locator('canvas')).toHaveCount(1);
  }
  await page.getByRole('button', { name: 'Roles' }).click();
  await expect(page.locator('canvas')).toHaveCount(0);
  void guard;
});
