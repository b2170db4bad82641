/** The Village Ledger in a real browser: keyboard alone, decisions in view at every size, every screen looked at. */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { audit, expect, expectInView, keyTo, shot, shotAll, stageReady, test } from './helpers';

const START = './?role=village&route=short&seed=000042&lang=en';

const inView = (page: Page, where: string) => expectInView(page, page.locator('.deed-card .point-btn, .deed-card .choice-row .btn'), where);

test('the short route by keyboard alone, decisions in view at every size, to a debrief that quotes the week', async ({ page, guard }) => {
  await page.goto(START);
  await stageReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'The Village Ledger' })).toBeFocused();
  await expect(page.getByText('Week 000042')).toBeVisible();
  // Words before the first decision: the intro only.
  const introWords = (await page.locator('.intro .statement p, .intro .legend').allInnerTexts()).join(' ').split(/\s+/).length;
  expect(introWords).toBeLessThanOrEqual(60);
  await audit(page, 'intro');
  await shotAll(page, 'village-intro');
  await keyTo(page, /^Begin day 1$/);

  let decisions = 0;
  let sawFavour = false;
  for (let day = 1; day <= 2; day++) {
    for (;;) {
      const card = page.locator('.deed-card');
      if ((await card.count()) === 0) break;
      await expect(card.getByRole('heading', { level: 2 })).toBeFocused();
      const favour = (await card.locator('.favour').count()) > 0;
      if (decisions === 0) {
        await audit(page, 'deed');
        await shotAll(page, 'village-deed', (s) => inView(page, `first card at ${s.width}`));
      } else if (favour && !sawFavour) {
        sawFavour = true;
        await audit(page, 'favour');
        await shotAll(page, 'village-favour', (s) => inView(page, `favour card at ${s.width}`));
      } else {
        await inView(page, `card ${decisions + 1}`);
      }
      // A scorer with a rule: hearsay declined, favours refused, report deeds +10, others +2.
      if ((await card.locator('.evidence-hearsay').count()) > 0) await keyTo(page, /^Decline: not enough evidence$/);
      else if ((await card.locator('.prov-source').count()) > 0) await keyTo(page, /^Give \+10 points$/);
      else await keyTo(page, /^Give \+2 points$/);
      decisions++;
      await expect(page.locator('#live')).toContainText(/recorded|declined/);
      if (decisions === 1) {
        await expect(page.locator('.vl-aftermath')).toContainText(/pleased|hurt|angry|grateful/);
        await page.waitForTimeout(300);
        await shot(page, 'village-reaction');
      }
    }
    await keyTo(page, /^Close the day: update the board$/);
    await expect(page.getByRole('heading', { name: `The board after day ${day}` })).toBeFocused();
    await expect(page.locator('.model-line')).toContainText('Model citizens');
    if (day === 1) {
      await audit(page, 'board');
      await page.waitForTimeout(900);
      await shotAll(page, 'village-board');
      await keyTo(page, /^Start day 2$/);
    } else {
      await keyTo(page, /^End the week$/);
    }
  }
  expect(decisions).toBeGreaterThanOrEqual(6);
  expect(sawFavour).toBe(true);

  const beats = ['The media account\'s values', 'The board under those values', 'Who would be a model citizen', 'Favours, gossip and the one never seen'];
  for (const [i, name] of beats.entries()) {
    await expect(page.getByRole('heading', { name })).toBeFocused();
    const words = (await page.locator('.vl-reveal').innerText()).split(/\s+/).length;
    expect(words, `beat ${i + 1} words`).toBeLessThanOrEqual(250);
    if (i === 0) {
      await expect(page.locator('.compare-report').first()).toContainText('3 times as much as');
      await audit(page, 'reveal');
    }
    await page.waitForTimeout(700);
    await shotAll(page, `village-beat${i + 1}`);
    await keyTo(page, i < 3 ? /^Next$/ : /Same week, other cities$/);
  }

  await expect(page.getByRole('heading', { name: 'Same week, other cities' })).toBeFocused();
  await expect(page.locator('.city-step')).toHaveCount(3);
  await audit(page, 'cities');
  await page.locator('.vl-cities details summary').click();
  await shotAll(page, 'village-cities');
  await keyTo(page, /^Debrief$/);

  await expect(page.getByRole('heading', { name: 'Debrief' })).toBeFocused();
  await expect(page.locator('.moment').first()).toBeVisible();
  await expect(page.locator('.questions li')).toHaveCount(5);
  await expect(page.locator('.caveat')).toContainText('surveillance');
  await expect(page.getByText('Week code 000042')).toBeVisible();
  await audit(page, 'debrief');
  await shotAll(page, 'village-debrief');
  // The debrief prints as clean pages: no canvas, no buttons.
  mkdirSync('test-results/print', { recursive: true });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.stage')).toBeHidden();
  await expect(page.locator('.debrief .actions')).toBeHidden();
  await shot(page, 'village-debrief-print');
  await page.emulateMedia({ media: 'screen' });
  await page.pdf({ path: 'test-results/print/village-debrief.pdf', format: 'A4' });
  await keyTo(page, /^Choose another role$/);
  await expect(page.getByText('Played once')).toBeVisible();
  void guard;
});

test.describe('at device pixel ratio 2', () => {
  test.use({ deviceScaleFactor: 2, viewport: { width: 1280, height: 720 } });
  test('the canvas draws at the device’s resolution', async ({ page, guard }) => {
    await page.goto(START);
    await stageReady(page);
    const canvas = await page.locator('.stage canvas').evaluate((c: HTMLCanvasElement) => ({ w: c.width, css: c.getBoundingClientRect().width }));
    expect(canvas.w).toBeGreaterThanOrEqual(Math.floor(canvas.css * 2) - 2);
    await page.locator('.next-bar button').click();
    await page.locator('.point-btn').nth(1).click();
    await page.waitForTimeout(400);
    await shot(page, 'village-dpr2-reaction', false);
    void guard;
  });
});

test('the whole week in Chinese, following every favour and scoring every rumour', async ({ page, guard }) => {
  await page.goto('./?role=village&route=short&seed=000042&lang=zh');
  await page.locator('.intro .next-bar button').click();
  for (let day = 0; day < 2; day++) {
    while ((await page.locator('.deed-card').count()) > 0) {
      const asked = page.locator('.deed-card .btn.asked');
      if ((await asked.count()) > 0) await asked.click();
      else await page.locator('.deed-card .point-btn').last().click();
    }
    await page.locator('.day-done .next-bar button').click();
    await page.locator('.vl-board .next-bar button').click();
  }
  for (let b = 0; b < 4; b++) {
    if (b === 0) await shot(page, 'village-zh-beat1');
    await page.locator('.vl-reveal .next-bar button').click();
  }
  await shot(page, 'village-zh-cities');
  await page.locator('.vl-cities .next-bar button').click();
  await expect(page.getByRole('heading', { name: '复盘' })).toBeVisible();
  await expect(page.locator('.moment-favourFollowed')).toContainText('照');
  await shot(page, 'village-zh-debrief');
  void guard;
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('every state still shows, without the movement', async ({ page, guard }) => {
    await page.goto(START);
    await stageReady(page);
    await page.locator('.next-bar button').click();
    await page.locator('.point-btn').nth(2).click();
    // The reaction is there at once.
    await expect(page.locator('.vl-aftermath')).toBeVisible();
    await shot(page, 'village-reduced-motion', false);
    void guard;
  });
});
