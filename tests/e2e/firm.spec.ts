/**
 * A firm under audit in a real browser: the short route by keyboard alone, decisions in view at
 * every size, the cascade caught mid-way on the map, every beat under 250 words, a debrief quoting
 * the player's own quarters; the canvas at device pixel ratio 2; a careless week in Chinese on the
 * same seed with reduced motion (every step at once; other events, another ending).
 */
import type { Page } from '@playwright/test';
import { audit, expect, expectInView, keyTo, shot, shotAll, stageReady, test } from './helpers';

const START = './?role=firm&route=short&seed=000042&lang=en';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const choicesInView = (page: Page, where: string) => expectInView(page, page.locator('.fm-card .fm-choice'), where);
const nextInView = (page: Page, where: string) => expectInView(page, page.locator('.panel .next-bar button'), where);

/** A card's own words: its text and its options (about 40 at most). */
async function cardWords(page: Page): Promise<number> {
  const parts = await page.locator('.fm-card .fm-card-text, .fm-card .fm-cost, .fm-card .fm-choice-label').allInnerTexts();
  return words(parts.join(' '));
}

test('the short route by keyboard alone: decisions in view at every size, the cascade on the map, a debrief that quotes the quarters', async ({ page, guard }) => {
  await page.goto(START);
  await stageReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'A Firm Under Audit' })).toBeFocused();
  await expect(page.getByText('Week 000042')).toBeVisible();
  const before = await page.locator('.fm-intro .statement p, .fm-intro .legend').allInnerTexts();
  expect(words(before.join(' ')), 'words before the first decision').toBeLessThanOrEqual(60);
  await audit(page, 'intro');
  await shotAll(page, 'firm-intro', (s) => expectInView(page, page.locator('.fm-profile'), `firms at ${s.width}`));
  await keyTo(page, /^Mingtu Pumps/);

  // Quarter 1: a split of one's own with the steppers, by keyboard.
  await expect(page.getByRole('heading', { name: 'Split your budget: 10 units' })).toBeFocused();
  await expect(page.locator('#live')).toContainText('You run Mingtu Pumps');
  await audit(page, 'budget');
  await shotAll(page, 'firm-budget', async (s) => {
    await expectInView(page, page.locator('.fm-preset'), `presets at ${s.width}`);
    if (s.width > 820) await expectInView(page, page.locator('.fm-step, .fm-use'), `steppers at ${s.width}`);
    else await expectInView(page, page.locator('.fm-adjust'), `adjust at ${s.width}`);
  });
  await keyTo(page, /^One unit less for Compliance$/);
  await expect(page.locator('.fm-total')).toContainText('9 of 10 units given');
  await keyTo(page, /^One unit more for Answering inspectors$/);
  await expect(page.locator('#live')).toContainText('10 of 10 units given');
  await keyTo(page, /^Use this split$/);
  await expect(page.locator('#live')).toContainText('Budget set: Compliance 2, Paperwork 3, Staff training 2, Answering inspectors 3, Appeals 0');

  // Its card: an inspection, the data arriving as it happens.
  await expect(page.getByRole('heading', { name: 'Quality of products and services' })).toBeFocused();
  await expect(page.locator('.fm-card .fm-channel')).toContainText('Data: Inspections');
  expect(await cardWords(page), 'card words').toBeLessThanOrEqual(40);
  await audit(page, 'event');
  await shotAll(page, 'firm-event', (s) => choicesInView(page, `event at ${s.width}`));
  await keyTo(page, /^Receive them/);
  await expect(page.locator('#live')).toContainText('The data goes to Market regulator, by Inspections: score +2');
  await expect(page.locator('.fm-records')).toContainText('“Receive them”');
  await page.waitForTimeout(350);
  await shot(page, 'firm-record-travels', false);
  await keyTo(page, /^Close quarter 1$/);

  // The wrong record lands: the cascade plays on the map, and the list lights in step.
  await expect(page.getByRole('heading', { name: 'Quarter 1 is closed' })).toBeFocused();
  await expect(page.locator('.fm-box-error h3')).toContainText('A record you did not earn: Tax office');
  await expect(page.locator('#live')).toContainText('9 institutions list your firm, one after another');
  await page.waitForTimeout(2000);
  const waiting = await page.locator('.fm-steps li.waiting').count();
  expect(waiting, 'steps still to come, mid-way').toBeGreaterThan(2);
  await shot(page, 'firm-cascade-mid', false);
  await shotAll(page, 'firm-cascade-midway', (s) => nextInView(page, `cascade at ${s.width}`));
  await expect(page.locator('.fm-steps li.waiting')).toHaveCount(0, { timeout: 12_000 });
  await expect(page.locator('.fm-steps li')).toHaveCount(9);
  await audit(page, 'cascade');
  await shot(page, 'firm-cascade-end', false);
  // The rest of the week with reduced motion (quicker on a slow machine); the replay turns it back on.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await keyTo(page, /^Start quarter 2$/);

  // Quarter 2: fund the appeal, contest the record, pay the fine.
  await expect(page.locator('.fm-note-appeal')).toContainText('It needs 3 appeal units, over 2 quarters');
  await keyTo(page, /^Fund an appeal/);
  await expect(page.getByRole('heading', { name: 'The wrong record: Tax office' })).toBeFocused();
  expect(await cardWords(page), 'appeal card words').toBeLessThanOrEqual(40);
  await audit(page, 'appeal');
  await shotAll(page, 'firm-appeal', (s) => choicesInView(page, `appeal at ${s.width}`));
  await keyTo(page, /^Contest the record$/);
  await expect(page.getByRole('heading', { name: 'Tax and customs' })).toBeFocused();
  await choicesInView(page, 'fine');
  await keyTo(page, /^Pay the fine/);
  await keyTo(page, /^Close quarter 2$/);
  await expect(page.getByRole('heading', { name: 'Quarter 2 is closed' })).toBeFocused();
  await nextInView(page, 'quarter 2');
  await keyTo(page, /^Start quarter 3$/);

  // Quarter 3: the appeal has its units and its time; the lists clear.
  await keyTo(page, /^Fund an appeal/);
  await choicesInView(page, 'complaint');
  await keyTo(page, /^Refund and fix it/);
  await keyTo(page, /^Close quarter 3$/);
  await expect(page.getByRole('heading', { name: 'Quarter 3 is closed' })).toBeFocused();
  await expect(page.locator('.fm-box-lifted h3')).toContainText('Your appeal worked');
  await nextInView(page, 'restored');
  await shot(page, 'firm-restored', false);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await keyTo(page, /^See what happened$/);

  const beats = ['One wrong record', 'What each institution took', 'What the appeal gave back', "Your legal representative's travel", 'Least controversial, most consequential'];
  for (const [i, name] of beats.entries()) {
    await expect(page.getByRole('heading', { name })).toBeFocused();
    const count = words(await page.locator('.fm-reveal').innerText());
    expect(count, `beat ${i + 1} words`).toBeLessThanOrEqual(250);
    if (i === 0) {
      await expect(page.locator('.fm-truth')).toContainText('You filed on time');
      await audit(page, 'reveal');
      await page.waitForTimeout(1500);
      await shot(page, 'firm-replay-mid', false);
      await page.emulateMedia({ reducedMotion: 'reduce' });
    }
    if (i === 1) await expect(page.locator('.fm-lead')).toContainText('8 institutions took something. Orders lost: ¥780,000.');
    if (i === 2) await expect(page.locator('.fm-summary')).toContainText('You filed in quarter 2 and won in quarter 3');
    await shotAll(page, `firm-beat${i + 1}`, (s) => nextInView(page, `beat ${i + 1} at ${s.width}`));
    await keyTo(page, i < 4 ? /^Next$/ : /^Debrief$/);
  }

  await expect(page.getByRole('heading', { name: 'Debrief' })).toBeFocused();
  await expect(page.locator('.fm-moment').first()).toContainText('You ran Mingtu Pumps.');
  await expect(page.locator('.fm-moment-error')).toContainText('Your appeal cleared it in quarter 3.');
  await expect(page.locator('.fm-moments').first()).toContainText('“Receive them”');
  await expect(page.locator('.questions li')).toHaveCount(4);
  await expect(page.getByText('Week code 000042')).toBeVisible();
  await audit(page, 'debrief');
  await shotAll(page, 'firm-debrief');
  void guard;
});

test.describe('at device pixel ratio 2', () => {
  test.use({ deviceScaleFactor: 2, viewport: { width: 1280, height: 720 } });
  test('the canvas draws at the device’s resolution, mid-cascade', async ({ page, guard }) => {
    // Reduced motion on the way (quicker at this resolution on a slow machine), full motion for the cascade.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(START);
    await stageReady(page);
    const canvas = await page.locator('.stage canvas').evaluate((c: HTMLCanvasElement) => ({ w: c.width, css: c.getBoundingClientRect().width }));
    expect(canvas.w).toBeGreaterThanOrEqual(Math.floor(canvas.css * 2) - 2);
    await page.locator('.fm-profile').first().click();
    await page.locator('.fm-preset').first().click();
    await page.locator('.fm-choice').first().click();
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.locator('.fm-ready .btn').click();
    await page.waitForTimeout(2000);
    await shot(page, 'firm-dpr2-cascade', false);
    void guard;
  });
});

test('a careless week in Chinese on the same seed, with reduced motion: every step at once, other events, a court order, another ending', async ({ page, guard }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?role=firm&route=short&seed=000042&lang=zh');
  await page.locator('.fm-profile').first().click();
  const met: string[] = [];
  for (let q = 1; q <= 3; q++) {
    await page.getByRole('button', { name: /^文书优先/ }).click();
    while ((await page.locator('.fm-card').count()) > 0) {
      met.push(await page.locator('.fm-card h2').innerText());
      if (q === 1 && met.length === 1) await shot(page, 'firm-zh-event');
      if ((await page.locator('.fm-card-appeal').count()) > 0) await page.getByRole('button', { name: '暂时不' }).click();
      else await page.locator('.fm-card .fm-choice').last().click();
    }
    await page.locator('.fm-ready .btn').click();
    if (q === 1) {
      // Reduced motion: every step of the cascade is there at once, numbered on the map, listed here.
      await expect(page.locator('.fm-steps li')).toHaveCount(9);
      await expect(page.locator('.fm-steps li.waiting')).toHaveCount(0);
      await shot(page, 'firm-zh-reduced-motion-cascade', false);
    }
    if (q === 3) {
      await expect(page.locator('.fm-box-court')).toContainText('法院命令');
      await shot(page, 'firm-zh-court');
    }
    await page.locator('.fm-quarter .next-bar button').click();
  }
  // The postponed inspection came back, and the fine went to court: neither happens to the careful firm.
  expect(met).toContain('错误记录：税务局');
  for (let b = 0; b < 5; b++) {
    if (b === 3) await expect(page.locator('.fm-lead')).toContainText('方慧琴');
    await page.locator('.fm-reveal .next-bar button').click();
  }
  await expect(page.getByRole('heading', { name: '复盘' })).toBeFocused();
  await expect(page.locator('.fm-moment-error')).toContainText('游戏结束时，它还在每一份名单上。');
  await shot(page, 'firm-zh-debrief');
  void guard;
});
