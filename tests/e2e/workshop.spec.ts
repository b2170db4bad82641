/**
 * Facilitator mode in a real browser: a role played by keyboard shortcuts with room votes, two
 * groups compared, the before-and-after check exported as counts only, scenario files good and
 * bad, and the guide printed. Screenshots of the presenter view at 1920x1080 and 1024x768.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { audit, expect, shot, stageReady, test } from './helpers';

const PROJECTOR = { width: 1920, height: 1080 };
const FOUR_THREE = { width: 1024, height: 768 };
const WEEK = './?mode=workshop&role=village&route=short&seed=000042&lang=en';
const EXAMPLES = 'src/ui/workshop/examples';
const example = (role: string) => readFileSync(`${EXAMPLES}/${role}.json`, 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const parsed = (role: string): any => JSON.parse(example(role));

/** The store's data (no functions), as the page holds it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const state = (page: Page): Promise<any> => page.evaluate(() => (window as unknown as { __scoredState: () => unknown }).__scoredState());

async function saved(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

const inDebrief = (page: Page) => page.locator('.ws-debrief').count().then((n) => n > 0);

/**
 * Play the week to its debrief from the keyboard: N moves on; at each decision V opens the vote,
 * the hands are counted (option `pick` gets most), and the room's choice is played.
 */
async function playByKeys(page: Page, pick: (options: number) => number, firstVote?: () => Promise<void>) {
  let decisions = 0;
  for (let step = 0; step < 80 && !(await inDebrief(page)); step++) {
    const vote = page.getByRole('button', { name: /^Vote/ });
    if (await vote.isEnabled()) {
      await page.keyboard.press('v');
      const dialog = page.getByRole('dialog', { name: 'Room vote' });
      await expect(dialog).toBeVisible();
      const rows = dialog.locator('tbody tr');
      const n = await rows.count();
      const chosen = pick(n);
      // The room's hands: the chosen option most, one other a little.
      await rows.nth(chosen).locator('input').fill(String(7 + decisions));
      await rows.nth((chosen + 1) % n).locator('input').fill('3');
      await expect(dialog.locator('caption')).toHaveText(`${10 + decisions} hands so far`);
      if (decisions === 0 && firstVote) await firstVote();
      await dialog.getByRole('button', { name: /^Play the room’s choice: / }).press('Enter');
      await expect(dialog).toBeHidden();
      await expect(page.locator('#live')).toContainText('The room chose');
      decisions++;
    } else {
      await page.keyboard.press('n');
    }
  }
  await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
  return decisions;
}

test.describe('facilitator mode on a projector', () => {
  // Two weeks played in full: reduced motion spares a loaded two-core machine the tweens (every state still shows).
  test.use({ viewport: PROJECTOR, reducedMotion: 'reduce' });
  test.setTimeout(240_000);

  test('a week by keyboard shortcuts with room votes, the facilitator debrief, and two groups compared', async ({ page, guard }) => {
    await page.goto(WEEK);
    await stageReady(page);
    await expect(page.locator('html')).toHaveClass(/mode-workshop/);
    await expect(page.getByRole('navigation', { name: 'Facilitator tools' })).toBeVisible();
    await shot(page, 'workshop-presenter', false);
    await page.setViewportSize(FOUR_THREE);
    await page.waitForTimeout(300);
    await shot(page, 'workshop-presenter', false);
    await page.setViewportSize(PROJECTOR);
    await audit(page, 'presenter');

    // Help, pause, blank: each a key, each undone by its key.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help.locator('tbody tr')).toHaveCount(13);
    await audit(page, 'help');
    await shot(page, 'workshop-help', false);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await page.keyboard.press('p');
    await expect(page.getByRole('status')).toContainText('Paused');
    await expect(page.getByRole('button', { name: /^Resume/ })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('p');
    await expect(page.getByRole('button', { name: /^Pause/ })).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('b');
    await expect(page.getByRole('dialog', { name: 'Screen blanked' })).toBeVisible();
    await shot(page, 'workshop-blank', false);
    await page.keyboard.press('b');
    await expect(page.getByRole('dialog', { name: 'Screen blanked' })).toBeHidden();
    // Nothing runs on a timer that the facilitator did not start; one they start, pause freezes.
    await expect(page.locator('.ws-clock')).toHaveCount(0);
    await page.keyboard.press('t');
    const timer = page.getByRole('dialog', { name: 'Discussion timer' });
    await timer.getByRole('button', { name: '1 minute' }).click();
    await expect(timer).toBeHidden();
    await expect(page.locator('.ws-clock')).toContainText(/0:5\d|1:00/);
    await page.keyboard.press('p');
    const frozen = await page.locator('.ws-clock').innerText();
    await page.waitForTimeout(1300);
    expect(await page.locator('.ws-clock').innerText()).toBe(frozen);
    await page.keyboard.press('p');
    await page.keyboard.press('t');
    await timer.getByRole('button', { name: 'Stop the timer' }).click();
    await expect(page.locator('.ws-clock')).toHaveCount(0);
    // The facilitator's notes, at any point of the week.
    await page.keyboard.press('f');
    const notes = page.getByRole('dialog', { name: 'Facilitator notes' });
    await expect(notes.getByRole('heading', { name: 'Questions for the room' })).toBeVisible();
    await shot(page, 'workshop-notes', false);
    await page.keyboard.press('Escape');
    await expect(notes).toBeHidden();

    // The weeks are played on the 4:3 screen (a smaller canvas to draw on a slow machine); screenshots at both sizes.
    await page.setViewportSize(FOUR_THREE);
    // Group A: the room's choice is the first option each time.
    const votes = await playByKeys(
      page,
      () => 0,
      async () => {
        const dialog = page.getByRole('dialog', { name: 'Room vote' });
        // The chart: a real table with each option's hands and share, the leader marked in words.
        await expect(dialog.locator('tbody tr').first()).toContainText('most hands');
        await expect(dialog.locator('tbody tr').first()).toContainText('70%');
        await expect(dialog.locator('tbody tr').nth(1)).toContainText('30%');
        await expect(dialog.getByRole('button', { name: /^Play the room’s choice/ })).toBeInViewport();
        await shot(page, 'workshop-vote', false);
        await page.setViewportSize(PROJECTOR);
        await audit(page, 'vote');
        await shot(page, 'workshop-vote', false);
        await page.setViewportSize(FOUR_THREE);
      },
    );
    expect(votes).toBeGreaterThanOrEqual(5);

    // The facilitator's debrief: questions with notes, myths to watch for, passages to quote.
    await page.setViewportSize(PROJECTOR);
    await expect(page.getByRole('heading', { name: 'Questions for the room' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Myths to watch for' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Passages to quote' })).toBeVisible();
    await expect(page.locator('.ws-quote').first()).toContainText('From the report');
    await audit(page, 'facilitator debrief');
    await shot(page, 'workshop-debrief');
    await page.getByLabel('Group name (no names of people)').fill('Table A');
    await page.getByRole('button', { name: 'Save as this group' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved as “Table A”.' })).toBeVisible();

    // Group B plays the same week and picks differently.
    await page.getByRole('button', { name: /^Next group: the same week \(000042\)$/ }).click();
    await expect(page.locator('.ws-debrief')).toHaveCount(0);
    await page.setViewportSize(FOUR_THREE);
    await playByKeys(page, (n) => n - 1);
    await page.setViewportSize(PROJECTOR);
    await page.getByLabel('Group name (no names of people)').fill('Table B');
    await page.getByRole('button', { name: 'Save as this group' }).click();
    // Its result file, as another device would export it.
    const exported = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export a result file' }).click();
    const resultText = await saved(await exported);
    expect(JSON.parse(resultText)).toMatchObject({ format: 'scored-result', version: 1, group: 'Table B', role: 'village', route: 'short', seed: 130 });

    // The board: decision by decision, the differences marked.
    await page.keyboard.press('g');
    const board = page.getByRole('dialog', { name: 'Groups' });
    await expect(board.locator('.ws-board thead th')).toHaveCount(3);
    // Every decision either group met (choices carry forward, so a group may meet one the other did not).
    const rows = await board.locator('.ws-board tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(votes);
    const differing = await board.locator('tr.ws-differs').count();
    expect(differing).toBeGreaterThanOrEqual(1);
    await expect(board.locator('.ws-board-summary')).toContainText(`The groups chose differently at ${differing} of ${rows} decisions.`);
    await expect(board.locator('tr.ws-differs').first()).toContainText('≠');
    await audit(page, 'board');
    await shot(page, 'workshop-board', false);
    await page.setViewportSize(FOUR_THREE);
    await shot(page, 'workshop-board', false);
    await page.setViewportSize(PROJECTOR);

    // Remove Table B, then load its result file back, as from another device.
    await board.getByRole('button', { name: 'Remove Table B' }).click();
    await expect(board.locator('.ws-board thead th')).toHaveCount(2);
    await board.getByLabel('Load result files').setInputFiles([
      { name: 'table-b.json', mimeType: 'application/json', buffer: Buffer.from(resultText) },
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "scored-result"') },
    ]);
    await expect(board.getByText('1 group added.')).toBeVisible();
    await expect(board.getByRole('alert')).toContainText('broken.json: not valid JSON');
    await expect(board.locator('.ws-board thead th')).toHaveCount(3);
    const groups = (await state(page)).workshop.groups;
    expect(groups.map((g: { name: string }) => g.name)).toEqual(['Table A', 'Table B']);
    await page.keyboard.press('Escape');
    await expect(board).toBeHidden();
    await page.keyboard.press('r');
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a role' })).toBeVisible();
    void guard;
  });
});

test('any role: "Myth or reality?" played by room votes and N to its result, through the same contract', async ({ page, guard }) => {
  await page.setViewportSize(FOUR_THREE);
  await page.goto('./?mode=workshop&role=myths&route=short&seed=000042&lang=en');
  let votes = 0;
  for (let step = 0; step < 40; step++) {
    const phase = (await state(page)).sessions.myths.run?.phase;
    if (phase === 'result') break;
    if (await page.getByRole('button', { name: /^Vote/ }).isEnabled()) {
      await page.keyboard.press('v');
      const dialog = page.getByRole('dialog', { name: 'Room vote' });
      // Two options, Myth and Reality, from the role's own labels; a tie waits for the facilitator.
      await expect(dialog.locator('tbody tr')).toHaveCount(2);
      await dialog.locator('tbody tr').nth(0).locator('input').fill('4');
      await dialog.locator('tbody tr').nth(1).locator('input').fill('4');
      await expect(dialog.getByRole('status')).toHaveText('A tie: choose one of the tied options with “Play this”.');
      await dialog.getByRole('button', { name: 'Play this' }).nth(votes % 2).click();
      votes++;
    } else {
      await page.keyboard.press('n');
    }
  }
  expect(votes).toBe(6);
  expect((await state(page)).sessions.myths.run.answers).toEqual(['myth', 'reality', 'myth', 'reality', 'myth', 'reality']);
  void guard;
});

test('the before-and-after check: typed counts and taps, the change, exports that hold counts only', async ({ page, guard }) => {
  await page.setViewportSize(PROJECTOR);
  await page.goto('./?mode=workshop&lang=en');
  // The interface draws once its strings have arrived; keys before that have nothing to reach.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('c');
  const check = page.getByRole('dialog', { name: 'Before-and-after check' });
  await check.getByRole('button', { name: 'Start with 6 statements' }).click();
  const rows = check.locator('tbody tr');
  await expect(rows).toHaveCount(6);
  for (let i = 0; i < 6; i++) {
    await rows.nth(i).getByRole('spinbutton', { name: `Myth answers, statement ${i + 1}` }).fill(String(10 + i));
    await rows.nth(i).getByRole('spinbutton', { name: `Reality answers, statement ${i + 1}` }).fill(String(14 - i));
  }
  await audit(page, 'check before');
  await shot(page, 'workshop-check-before', false);
  // After the debrief: one person taps through, then the room's counts.
  await check.getByRole('button', { name: 'After' }).click();
  await check.getByRole('button', { name: 'One person at a time' }).click();
  for (let i = 0; i < 6; i++) await check.getByRole('button', { name: i % 2 ? 'Reality' : 'Myth' }).click();
  await expect(check.getByText('Thank you. Pass the device to the next person.')).toBeVisible();
  await shot(page, 'workshop-check-tap', false);
  await check.getByRole('button', { name: 'Type the room’s counts' }).click();
  await expect(rows.first().getByRole('spinbutton', { name: 'Myth answers, statement 1' })).toHaveValue('1');
  for (let i = 0; i < 6; i++) await rows.nth(i).getByRole('spinbutton', { name: `Reality answers, statement ${i + 1}` }).fill(String(20 + i));
  await check.getByRole('button', { name: 'The change' }).click();
  await expect(check.locator('.ws-change-summary')).toContainText(/Right answers: \d+% before, \d+% after\./);
  await expect(check.locator('tbody tr')).toHaveCount(6);
  await audit(page, 'check change');
  await shot(page, 'workshop-check-change', false);

  const csvDownload = page.waitForEvent('download');
  await check.getByRole('button', { name: 'Export CSV' }).click();
  const csv = (await saved(await csvDownload)).trim().split('\n');
  expect(csv[0]).toMatch(/^# Scored: before-and-after check\. Counts of answers only: no names, no free text, nothing that identifies a person\.$/);
  expect(csv[1]).toBe('statement,answer_is,before_myth,before_reality,after_myth,after_reality');
  expect(csv).toHaveLength(8);
  // Counts only: an id, the answer, and four whole numbers per line.
  for (const line of csv.slice(2)) expect(line).toMatch(/^[a-z0-9-]+,(myth|reality),\d+,\d+,\d+,\d+$/);
  const jsonDownload = page.waitForEvent('download');
  await check.getByRole('button', { name: 'Export JSON' }).click();
  const json = JSON.parse(await saved(await jsonDownload));
  expect(json.about).toMatch(/Counts of answers only/);
  expect(Object.keys(json)).toEqual(['about', 'statements']);
  for (const s of json.statements) {
    expect(Object.keys(s).sort()).toEqual(['after', 'answerIs', 'before', 'statement']);
    for (const c of [s.before, s.after]) expect(Object.values(c).every((n) => Number.isInteger(n))).toBe(true);
  }
  // The check is kept on this device: a reload finds it.
  await page.reload();
  await page.getByRole('button', { name: /^Check/ }).click();
  await expect(page.getByRole('dialog', { name: 'Before-and-after check' }).getByRole('button', { name: 'Before' })).toBeVisible();
  void guard;
});

test('scenario files: every kind of bad file refused with its message and nothing lost; a good one played to its debrief', async ({ page, guard }) => {
  test.setTimeout(240_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  let alerts = 0;
  page.on('dialog', (d) => {
    alerts++;
    void d.dismiss();
  });
  await page.setViewportSize(PROJECTOR);
  await page.goto('./?mode=workshop&lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Something already on the device: a good file kept, and a saved group.
  await page.keyboard.press('l');
  const panel = page.getByRole('dialog', { name: 'Load a scenario file' });
  const input = panel.getByLabel('Choose a level file (.json)');
  const role = panel.getByLabel('The file is for');
  await role.selectOption('village');
  const good = example('village');
  await input.setInputFiles({ name: 'my-village.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await expect(panel.getByRole('status')).toContainText('“A small village (example)” (my-village.json) passed every check.');
  await expect(panel.locator('.ws-kept li')).toHaveCount(1);
  const storedBefore = await page.evaluate(() => JSON.stringify(Object.fromEntries(Object.entries(localStorage))));

  const village = parsed('village');
  const edit = (change: (v: typeof village) => void) => {
    const v = JSON.parse(good);
    change(v);
    return JSON.stringify(v, null, 1);
  };
  const bad: [string, string, Buffer | string, RegExp][] = [
    ['not JSON', 'not-json.json', '{"format": 1, "role": "village",', /not-json\.json: not valid JSON \(line 1, column 33\): expected a string in double quotes/],
    ['empty', 'empty.json', '', /empty\.json: the file is empty/],
    ['over 5 MB', 'huge.json', Buffer.alloc(5 * 1024 * 1024 + 10, 0x20), /huge\.json: the file is 5242890 bytes; a level is at most 1000000 bytes/],
    ['missing fields', 'missing.json', edit((v) => delete v.villagers), /missing\.json: villagers: /],
    ['wrong types', 'types.json', edit((v) => (v.villagers[0].age = 'thirty')), /types\.json: villagers\[0\]\.age: .*expected number/],
    ['unknown references', 'refs.json', edit((v) => v.days[0].deeds.push('no-such-deed')), /refs\.json: days\[0\]\.deeds\[\d\]: no deed "no-such-deed"; expected the id of a deed in "deeds"/],
    ['duplicate ids', 'dupes.json', edit((v) => (v.villagers[1].id = v.villagers[0].id)), /dupes\.json: villagers\[1\]\.id: duplicate id /],
    ['another role than the one chosen', 'firm.json', example('firm'), /firm\.json: role: this is a level for "firm", not for "village"/],
    ['a newer format', 'newer.json', edit((v) => (v.format = 2)), /newer\.json: format: this file is written in level format 2, newer than this version of Scored reads \(format 1\)/],
    ['a key twice', 'twice.json', good.replace('"format": 1,', '"format": 1, "format": 1,'), /twice\.json: format: this key appears twice/],
    ['a byte-order mark', 'bom.json', `\ufeff${good}`, /bom\.json: starts with a byte-order mark/],
    ['another encoding', 'latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]), /latin1\.json: not UTF-8 text \(byte 2 is in another encoding\)/],
    ['a failing script', 'script.json', edit((v) => (v.tests[0].actions = v.tests[0].actions.slice(0, 3))), /script\.json: tests\[0\]\.expect: script "the short week ends in the debrief" expects the week to finish/],
  ];
  for (const [what, name, content, message] of bad) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: typeof content === 'string' ? Buffer.from(content) : content });
    const alert = panel.getByRole('alert');
    await expect(alert, what).toContainText(`${name} was not loaded.`);
    await expect(alert, what).toContainText(message);
    await expect(alert).toContainText('Nothing on this device was changed.');
    if (what === 'unknown references') {
      await audit(page, 'refused file');
      await shot(page, 'workshop-scenario-refused', false);
    }
  }
  // Nothing already on the device was lost.
  expect(await page.evaluate(() => JSON.stringify(Object.fromEntries(Object.entries(localStorage))))).toBe(storedBefore);
  await expect(panel.locator('.ws-kept li')).toHaveCount(1);

  // Text holding HTML or script is shown as text, and never runs.
  const html = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold?</b>';
  await input.setInputFiles({ name: 'html.json', mimeType: 'application/json', buffer: Buffer.from(edit((v) => (v.title.en = html))) });
  await expect(panel.getByRole('status')).toContainText(`“${html}” (html.json) passed every check.`);
  await expect(panel.locator('img[src="x"], b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await panel.getByRole('button', { name: 'Remove html.json from this device' }).click();
  await expect(panel.locator('.ws-kept li')).toHaveCount(1);

  // Export the kept file again: the same text.
  const exported = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export my-village.json' }).click();
  expect(await saved(await exported)).toBe(good);

  // Play it to its debrief.
  await panel.getByRole('button', { name: 'Play my-village.json' }).click();
  await expect(panel).toBeHidden();
  await stageReady(page);
  await expect(page.locator('.ws-where')).toContainText('File: my-village.json');
  const levelId = (await state(page)).sessions.village.level.id as string;
  expect(levelId).toMatch(/^my-village~[0-9a-f]{8}$/);
  await playByKeys(page, () => 1);
  await expect(page.locator('.ws-debrief .ws-question')).toHaveCount(village.debrief.questions.length);
  await shot(page, 'workshop-scenario-debrief', false);
  // After a reload the file is still kept, and the week stays on it.
  await page.reload();
  await stageReady(page);
  expect((await state(page)).sessions.village.level.id).toBe(levelId);
  await expect(page.locator('.ws-debrief')).toBeVisible();
  // Back to the game's own level.
  await page.keyboard.press('l');
  await page.getByRole('dialog', { name: 'Load a scenario file' }).getByRole('button', { name: 'The Village Ledger: back to the game’s own level' }).click();
  await expect.poll(async () => (await state(page)).sessions.village.level.id).toBe('village');
  await stageReady(page);
  await expect(page.locator('.ws-where')).toContainText('The Village Ledger');
  await expect(page.locator('.ws-where .ws-file-tag')).toHaveCount(0);
  expect(alerts).toBe(0);
  void guard;
});

test('the guide: every part on screen, in both languages, printed to A4 and Letter', async ({ page, guard }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?page=guide&lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Facilitator guide' })).toBeFocused();
  for (const h of ['Running a session', 'Learning goals and the report', 'A 45-minute lesson', 'A 90-minute workshop', 'Answer key: Myth or reality?', 'Student worksheet', 'Your own scenarios'])
    await expect(page.getByRole('heading', { level: 2, name: h })).toBeVisible();
  const myths = JSON.parse(readFileSync('levels/myths.json', 'utf8'));
  await expect(page.locator('.guide-key > li')).toHaveCount(myths.statements.length);
  await expect(page.locator('.guide-ws-table tbody tr')).toHaveCount(8);
  await expect(page.locator('.guide-examples > li')).toHaveCount(4);
  await audit(page, 'guide');
  await shot(page, 'guide-screen');

  // The examples download as they are, and pass the in-page loader.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my-myths.json' }).click();
  const text = await saved(await download);
  expect(JSON.parse(text)).toEqual(parsed('myths'));
  await page.getByLabel('The file is for').selectOption('myths');
  await page.getByLabel('Choose a level file (.json)').setInputFiles({ name: 'my-myths.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('status').filter({ hasText: 'passed every check' })).toBeVisible();

  mkdirSync('test-results/print', { recursive: true });
  await page.pdf({ path: 'test-results/print/guide-a4.pdf', format: 'A4', preferCSSPageSize: false });
  await page.pdf({ path: 'test-results/print/guide-letter.pdf', format: 'Letter' });
  // The printed pages as pictures: with pdftoppm where it is installed; in any case as the print stylesheet lays them out, at A4 width.
  let pdftoppm = true;
  try {
    execFileSync('pdftoppm', ['-r', '60', '-png', 'test-results/print/guide-a4.pdf', 'test-results/print/guide-a4']);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '3', 'test-results/print/guide-letter.pdf', 'test-results/print/guide-letter']);
  } catch {
    pdftoppm = false;
  }
  if (pdftoppm) {
    const pages = readdirSync('test-results/print').filter((f) => /^guide-a4-\d+\.png$/.test(f));
    // A cover with the first part, then one part or more to a page; never a runaway.
    expect(pages.length).toBeGreaterThanOrEqual(7);
    expect(pages.length).toBeLessThanOrEqual(24);
  }
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await expect(page.locator('.guide-noprint').first()).toBeHidden();
  await shot(page, 'guide-print-a4');
  await page.emulateMedia({ media: 'screen' });

  await page.goto('./?page=guide&lang=zh');
  await expect(page.getByRole('heading', { level: 1, name: '主持人指南' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '答案：传言还是事实？' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, 'guide-zh');
  void guard;
});
