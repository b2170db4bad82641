/** "Myth or reality?" in a real browser: keyboard alone to the result, every screen at every size, DPR 2, Chinese, reduced motion. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { audit, expect, expectInView, keyTo, shot, shotAll, stageReady, test } from './helpers';

const START = './?role=myths&route=short&seed=000042';

interface LevelStatement {
  id: string;
  claim: { en: string; zh: string };
  verdict: 'myth' | 'reality';
  nuance?: string;
  explanation: { en: string };
  learned: { en: string };
}
const level = JSON.parse(readFileSync(new URL('../../levels/myths.json', import.meta.url), 'utf8')) as { intro: { text: { en: string } }; statements: LevelStatement[] };

/** The statement on the card now, found in the level by its words. */
async function current(page: Page, lang: 'en' | 'zh' = 'en'): Promise<LevelStatement> {
  const claim = (await page.locator('.myths-claim-card h2').innerText()).trim();
  const s = level.statements.find((x) => x.claim[lang] === claim);
  if (!s) throw new Error(`no statement reads "${claim}"`);
  return s;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const other = (v: 'myth' | 'reality') => (v === 'myth' ? 'reality' : 'myth');
const answersInView = (page: Page, where: string) => expectInView(page, page.locator('.myths-answer'), where);
const nextInView = (page: Page, where: string) => expectInView(page, page.locator('.next-bar button'), where);

test('a short round by keyboard alone, every screen looked at, to a result that says what the player now knows', async ({ page, guard }) => {
  await page.goto(`${START}&lang=en`);
  await stageReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Myth or reality?' })).toBeVisible();
  // Before the first decision: the level's intro line and the first statement, nothing else to read.
  const first = await current(page);
  await expect(page.locator('.myths-claim-card h2')).toBeFocused();
  const prose = await page.locator('.panel').evaluate((panel) => {
    const clone = panel.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.myths-answers, .prov, .sr-only, h1, .myths-progress').forEach((el) => el.remove());
    const walk = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    while (walk.nextNode()) parts.push(walk.currentNode.textContent ?? '');
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  });
  expect(prose).toBe(`${level.intro.text.en} ${first.claim.en}`);
  expect(words(prose), 'words before the first decision').toBeLessThanOrEqual(40);
  // The shortcuts are in the answers' descriptions.
  await expect(page.getByRole('button', { name: 'Myth', exact: true })).toHaveAccessibleDescription(/M or the left arrow key/);
  await expect(page.getByRole('button', { name: 'Myth', exact: true })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Reality', exact: true })).toHaveAccessibleDescription(/R or the right arrow key/);
  await audit(page, 'statement');
  await shotAll(page, 'myths-statement', (s) => answersInView(page, `statement at ${s.width}`));

  let right = 0;
  let slipClaim = '';
  for (let i = 0; i < 6; i++) {
    const s = await current(page);
    await expect(page.locator('.myths-claim-card h2')).toBeFocused();
    if (i > 0) await answersInView(page, `statement ${i + 1}`);
    // The careful player, but for one slip on the second statement; each way of answering once.
    const answer = i === 1 ? other(s.verdict) : s.verdict;
    if (i === 0) await keyTo(page, answer === 'myth' ? /^Myth$/ : /^Reality$/);
    else if (i === 2) await page.keyboard.press(answer === 'myth' ? 'ArrowLeft' : 'ArrowRight');
    else await page.keyboard.press(answer === 'myth' ? 'm' : 'r');
    const ok = answer === s.verdict;
    if (ok) right++;
    else slipClaim = s.claim.en;
    await expect(page.locator('#live')).toHaveText(`${ok ? 'Right' : 'Not quite'}. The report says: ${s.verdict === 'myth' ? 'Myth' : 'Reality'}.`);
    // The answer: right or wrong by shape and word, the verdict, the hedge, why, and the source.
    await expect(page.getByRole('heading', { level: 2, name: ok ? 'Right' : 'Not quite' })).toBeFocused();
    await expect(page.locator('.myths-mark-shape')).toHaveText(ok ? '✓' : '✗');
    await expect(page.locator('.myths-verdict')).toHaveText(`The report says: ${s.verdict}.`);
    await expect(page.locator('.myths-explanation')).toHaveText(s.explanation.en);
    expect(words(s.explanation.en)).toBeLessThanOrEqual(40);
    await expect(page.locator('.myths-nuance')).toHaveCount(s.nuance ? 1 : 0);
    await expect(page.locator('.myths-verdict-card .prov-source')).toBeVisible();
    await expect(page.locator('.myths-dot.dot-ok')).toHaveCount(right);
    await nextInView(page, `answer ${i + 1}`);
    if (i === 0 || i === 1) {
      if (i === 0) await audit(page, 'answer');
      // The clipping stamped (and corrected), then on its pile.
      await page.waitForTimeout(ok ? 2000 : 2600);
      if (ok) await shotAll(page, 'myths-answer', (sz) => nextInView(page, `answer at ${sz.width}`));
      else await shot(page, 'myths-answer-wrong');
    }
    // Its buttons wait a moment after it appears, so a double tap cannot skip it.
    await expect(page.locator('.next-bar button')).toBeEnabled();
    await keyTo(page, i < 5 ? new RegExp(`^Next statement \\(${i + 2} of 6\\)$`) : /^See your result$/);
  }

  await expect(page.getByRole('heading', { level: 2, name: `You got ${right} of 6 right` })).toBeFocused();
  await expect(page.locator('#live')).toHaveText(`You got ${right} of 6 right.`);
  const known = page.locator('.myths-known li');
  expect(await known.count()).toBeLessThanOrEqual(4);
  // The slip comes first in what the player now knows.
  await expect(known.first()).toContainText(level.statements.find((x) => x.claim.en === slipClaim)?.learned.en ?? '');
  await expect(page.locator('.myths-invite .statement p')).not.toBeEmpty();
  await expect(page.locator('.myths-caveat')).toContainText('do not underestimate');
  await keyTo(page, /^From the report, §/, 'Enter');
  await expect(page.locator('.myths-known blockquote')).toBeVisible();
  await audit(page, 'result');
  await shotAll(page, 'myths-result');
  await expect(page.getByRole('button', { name: 'Play another round' })).toBeEnabled();
  await keyTo(page, /^Play another round$/);
  await expect(page.locator('.myths-claim-card h2')).toBeFocused();
  void guard;
});

test.describe('at device pixel ratio 2', () => {
  test.use({ deviceScaleFactor: 2 });
  test('the desk is drawn sharp, mid-play', async ({ page, guard }) => {
    await page.goto(`${START}&lang=en`);
    await stageReady(page);
    const s = await current(page);
    await page.keyboard.press(s.verdict === 'myth' ? 'r' : 'm');
    // The stamp has landed and the correction is on; the clipping has not slid yet.
    await page.waitForTimeout(1300);
    const canvas = page.locator('.stage canvas');
    const size = await canvas.evaluate((c: HTMLCanvasElement) => ({ w: c.width, css: c.getBoundingClientRect().width }));
    expect(size.w).toBe(Math.round(size.css) * 2);
    await canvas.screenshot({ path: 'test-results/screens/1280x720@2x-myths-canvas.png' });
    void guard;
  });
});

test('in Chinese to the result', async ({ page, guard }) => {
  await page.goto(`${START}&lang=zh`);
  await stageReady(page);
  await expect(page.getByRole('heading', { level: 1, name: '是误传，还是事实？' })).toBeVisible();
  for (let i = 0; i < 6; i++) {
    const s = await current(page, 'zh');
    await page.getByRole('button', { name: s.verdict === 'myth' ? '误传' : '事实', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: '答对了' })).toBeFocused();
    await expect(page.locator('.myths-verdict')).toHaveText(s.verdict === 'myth' ? '报告的结论：误传。' : '报告的结论：事实。');
    if (i === 0) await shot(page, 'myths-zh-answer');
    await page.locator('.next-bar button').click();
  }
  await expect(page.getByRole('heading', { level: 2, name: '6条中你答对了6条' })).toBeFocused();
  await expect(page.locator('.myths-caveat h3')).toHaveText('报告自己的提醒');
  await shotAll(page, 'myths-zh-result');
  void guard;
});

test('with reduced motion every state still shows, without movement; a swipe answers too', async ({ page, guard }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${START}&lang=en`);
  await stageReady(page);
  await expect(page.locator('html')).toHaveClass(/reduce-motion/);
  const canvas = page.locator('.stage canvas');
  const before = await canvas.screenshot();
  // Drag the card to the left: a myth.
  const s = await current(page);
  const box = (await page.locator('.myths-claim-card').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let dx = 20; dx <= 200; dx += 30) await page.mouse.move(box.x + box.width / 2 - dx, box.y + box.height / 2 + 4);
  await page.mouse.up();
  await expect(page.getByRole('heading', { level: 2, name: s.verdict === 'myth' ? 'Right' : 'Not quite' })).toBeFocused();
  await expect(page.locator('.myths-yousaid')).toHaveCount(s.verdict === 'myth' ? 0 : 1);
  // The stamped clipping and the pile it joins are both there at once, and nothing moves after.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const stamped = await canvas.screenshot();
  await page.waitForTimeout(2500);
  const later = await canvas.screenshot();
  expect(stamped.equals(before), 'the desk shows the answer').toBe(false);
  expect(later.equals(stamped), 'nothing moved').toBe(true);
  await shot(page, 'myths-reduced-answer');
  void guard;
});
