/** "A Sesame Credit user" in a real browser: keyboard alone, decisions in view at every size, every kind of screen looked at. */
import type { Page } from '@playwright/test';
import { audit, expect, expectInView, keyTo, shot, shotAll, stageReady, test } from './helpers';

const START = './?role=sesame&route=short&seed=000042&lang=en';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const decisionControls = (page: Page) => page.locator('.sesame-card .sesame-option, .sesame-card .sesame-leave');
const inView = (page: Page, where: string) => expectInView(page, decisionControls(page), where);
const nextInView = (page: Page, where: string) => expectInView(page, page.locator('.panel .next-bar .btn'), where);

/** The choices of someone chasing the number: late bill, a friend dropped, a gadget, the court ignored, then the refusal and the rating moment. */
const CHASER = [
  /^Pay it next week$/,
  /^Remove Pan Jun$/,
  /^Buy the smartwatch$/,
  /^Ignore the letter$/,
  /^Share my score$/,
  /^Tell him why$/,
  /^Buy the jade bracelet/,
  /^Look for a way to rate the app$/,
  /^Pay what you owe$/,
];

async function optionNames(page: Page): Promise<string[]> {
  return (await page.locator('.sesame-card .sesame-option .sesame-option-label').allInnerTexts()).map((s) => s.trim());
}

test('the short route by keyboard alone, decisions in view at every size, to a debrief that quotes the week', async ({ page, guard }) => {
  await page.goto(START);
  await stageReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'A Score in Your Phone' })).toBeFocused();
  await expect(page.getByText('Week 000042')).toBeVisible();
  // Words before the first decision: the intro only (the rest is behind "more").
  const intro = (await page.locator('.sesame-intro .statement p, .sesame-intro .legend').allInnerTexts()).join(' ');
  expect(words(intro)).toBeLessThanOrEqual(60);
  await audit(page, 'intro');
  await shotAll(page, 'sesame-intro', (s) => nextInView(page, `intro at ${s.width}`));
  await keyTo(page, /^Open Kumquat Pay$/);
  await expect(page.locator('#live')).toContainText('Your score is 600');

  const seen = new Set<string>();
  let decisions = 0;
  for (let day = 1; day <= 3; day++) {
    for (;;) {
      const card = page.locator('.sesame-card');
      if ((await card.count()) === 0) break;
      await expect(card.getByRole('heading', { level: 2 })).toBeFocused();
      // A card, its choices and leaving: about 40 words at most.
      const cardWords = words((await card.locator('h2').innerText()) + ' ' + (await decisionControls(page).allInnerTexts()).join(' '));
      expect(cardWords, `card ${decisions + 1} words`).toBeLessThanOrEqual(40);
      const blocked = (await card.locator('.sesame-option.is-blocked').count()) > 0;
      const followed = page.locator('.sesame-followed');
      if (decisions === 0) {
        await audit(page, 'card');
        await shotAll(page, 'sesame-card', (s) => inView(page, `first card at ${s.width}`));
      } else if (blocked && !seen.has('blocked-card')) {
        seen.add('blocked-card');
        await inView(page, 'a card with a purchase the court list blocks');
      } else if ((await followed.locator('.sesame-refusal').count()) > 0 && !seen.has('refused')) {
        seen.add('refused');
        await audit(page, 'refused');
        await shotAll(page, 'sesame-refused', (s) => inView(page, `after the refusal at ${s.width}`));
      } else if ((await followed.locator('.sesame-rating').count()) > 0 && !seen.has('rating')) {
        seen.add('rating');
        await audit(page, 'rating');
        await shotAll(page, 'sesame-rating', (s) => inView(page, `after the rating moment at ${s.width}`));
      } else {
        await inView(page, `card ${decisions + 1}`);
      }
      const names = await optionNames(page);
      const pick = CHASER.find((re) => names.some((n) => re.test(n))) ?? new RegExp(`^${escape(names[0] ?? '')}`);
      await keyTo(page, pick);
      decisions++;
      await expect(page.locator('#live')).toContainText(/You chose|You tried/);
      if (decisions === 1) {
        // The answer back: what followed, with the score's move, at once.
        await expect(page.locator('.sesame-followed')).toContainText('You pay a week late');
        await page.waitForTimeout(500);
        await shot(page, 'sesame-followed', false);
      }
    }
    await expect(page.getByRole('heading', { name: `Day ${day} is over` })).toBeFocused();
    if (day === 1) await shotAll(page, 'sesame-day-done', (s) => nextInView(page, `day done at ${s.width}`));
    await keyTo(page, new RegExp(`^End day ${day}$`));
    await expect(page.getByRole('heading', { name: `Evening of day ${day}` })).toBeFocused();
    await expect(page.locator('#live')).toContainText(`Evening of day ${day}`);
    if (day === 1) {
      await audit(page, 'evening');
      await page.waitForTimeout(900);
      await shotAll(page, 'sesame-evening', (s) => nextInView(page, `evening at ${s.width}`));
    }
    if (day === 2) {
      // The court, not the app: cited, and said to be the state's list.
      await expect(page.locator('.sesame-court')).toContainText('A court decided this, not the app');
      await expect(page.locator('.sesame-court .prov-source')).toHaveCount(4);
      await page.waitForTimeout(900);
      await shotAll(page, 'sesame-evening-court', (s) => nextInView(page, `court evening at ${s.width}`));
    }
    await keyTo(page, day < 3 ? new RegExp(`^Start day ${day + 1} of 3$`) : /See what the app knew$/);
  }
  expect(decisions).toBe(9);
  expect([...seen].sort()).toEqual(['blocked-card', 'rating', 'refused']);

  const beats = ['The hidden weights', 'What each choice did', 'Choices made for the number', 'The same week, read another way', 'Myth and reality'];
  for (const [i, name] of beats.entries()) {
    await expect(page.getByRole('heading', { name })).toBeFocused();
    const beatWords = words(await page.locator('.sesame-reveal').innerText());
    // The prose alone (without the provenance badges and buttons), for the report.
    const prose = words((await page.locator('.sesame-reveal .statement p, .sesame-reveal h2, .sesame-reveal h3, .sesame-reveal li:not(.statement), .sesame-reveal > p').allInnerTexts()).join(' '));
    console.log(`beat ${i + 1}: ${prose} words of prose, ${beatWords} on screen`);
    expect(beatWords, `beat ${i + 1} words`).toBeLessThanOrEqual(250);
    if (i === 0) {
      await expect(page.locator('.sesame-weights li')).toHaveCount(5);
      await audit(page, 'reveal');
    }
    if (i === 1) {
      // The per-choice moves add up to the score's whole move; the table is there on request.
      await expect(page.locator('.sesame-reveal .sesame-moves li')).toHaveCount(6);
      await keyTo(page, /^Show all 9 choices in a table$/);
      await expect(page.locator('.sesame-table tbody tr')).toHaveCount(9);
      await page.keyboard.press('Enter');
      await expect(page.locator('.sesame-table')).toHaveCount(0);
    }
    if (i === 2) await expect(page.locator('.sesame-big')).toContainText('of your 9 choices were only to move the score');
    await page.waitForTimeout(900);
    await shotAll(page, `sesame-beat${i + 1}`, (s) => nextInView(page, `beat ${i + 1} at ${s.width}`));
    await keyTo(page, i < 4 ? /^Next$/ : /^Debrief$/);
  }

  await expect(page.getByRole('heading', { name: 'Debrief' })).toBeFocused();
  // The debrief quotes the player's own choices, with the report beside them.
  await expect(page.locator('.moment-scoreOnly').first()).toContainText('you chose “Remove Pan Jun”');
  await expect(page.locator('.moment-blocked')).toContainText('Buy the jade bracelet');
  await expect(page.locator('.moment-triedRate .prov-source')).toBeVisible();
  await expect(page.locator('.questions li')).toHaveCount(5);
  await expect(page.getByText('Week code 000042')).toBeVisible();
  await audit(page, 'debrief');
  await shotAll(page, 'sesame-debrief');
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
    await page.getByRole('button', { name: 'Pay it on time' }).click();
    await page.getByRole('button', { name: 'Remove Pan Jun' }).click();
    await page.waitForTimeout(500);
    await shot(page, 'sesame-dpr2-midplay', false);
    void guard;
  });
});

test('the whole week in Chinese, paying on time, keeping friends, and leaving on day 2', async ({ page, guard }) => {
  await page.goto('./?role=sesame&route=short&seed=000042&lang=zh');
  await stageReady(page);
  await page.locator('.sesame-intro .next-bar button').click();
  let left = false;
  for (let day = 1; day <= 3; day++) {
    while ((await page.locator('.sesame-card').count()) > 0) {
      if (day === 2 && !left) {
        left = true;
        await page.locator('.sesame-leave').click();
        await expect(page.locator('.sesame-followed.is-left')).toContainText('自愿');
        await expect(page.locator('.sesame-leave')).toHaveCount(0);
        await shot(page, 'sesame-zh-left');
        continue;
      }
      const labels = await optionNames(page);
      // The honest choice: pay, keep, help, the practical thing; never the one offered only for the score.
      const honest = ['按时付款', '保留这位好友', '帮他搬家', '教她', '围巾', '付清欠款', '给对方打星'].map((w) => labels.findIndex((l) => l.includes(w))).find((i) => i >= 0);
      await page.locator('.sesame-card .sesame-option').nth(honest ?? labels.length - 1).click();
    }
    await page.locator('.sesame-day-done .next-bar button').click();
    if (day === 2) await expect(page.locator('.sesame-evening')).toContainText('应用不再给你打分');
    await page.locator('.sesame-evening .next-bar button').click();
  }
  for (let b = 0; b < 5; b++) {
    if (b === 3) await shot(page, 'sesame-zh-beat4');
    await page.locator('.sesame-reveal .next-bar button').click();
  }
  await expect(page.getByRole('heading', { name: '复盘' })).toBeVisible();
  await expect(page.locator('.moment-left')).toContainText('退出');
  await shot(page, 'sesame-zh-debrief');
  void guard;
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('every state still shows, without the movement', async ({ page, guard }) => {
    await page.goto(START);
    await stageReady(page);
    await page.locator('.next-bar button').click();
    await page.getByRole('button', { name: 'Pay it on time' }).click();
    // What followed is there at once, and the evening's notifications are listed in the panel.
    await expect(page.locator('.sesame-followed')).toContainText('Paid on time');
    await shot(page, 'sesame-reduced-day', false);
    await page.getByRole('button', { name: 'Keep your friend' }).click();
    await page.locator('.sesame-card .sesame-option').last().click();
    await page.locator('.sesame-day-done .next-bar button').click();
    await expect(page.locator('.sesame-notes li').first()).toBeVisible();
    await page.waitForTimeout(300);
    await shot(page, 'sesame-reduced-evening', false);
    void guard;
  });
});
