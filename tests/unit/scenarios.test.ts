import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentSchemas, SECTIONS } from '../../src/core/content';
import { parseParams } from '../../src/core/params';
import { ROLES, type Registry } from '../../src/core/registry';
import {
  exportFile,
  fingerprint,
  forget,
  isScenarioLevelId,
  keep,
  MAX_KEPT,
  readKept,
  readScenario,
  scenarioFor,
  SCENARIOS_KEY,
  sizeProblem,
  writeKept,
  type Scenario,
} from '../../src/core/scenarios';
import { SAVE_KEY } from '../../src/core/persist';
import { GOALS, MESSAGES, PLAN_45, PLAN_90 } from '../../src/ui/workshop/guide-data';
import { HAVE_REPORT, norm, readReport } from '../fixtures/report';
import shippedVillage from '../../levels/village.json';
import shippedFirm from '../../levels/firm.json';
import { checkScripts, LEVEL_FORMAT, MAX_LEVEL_BYTES, parseLevel, parseLevelText } from '../../src/core/validate';
import { createAppStore } from '../../src/state/store';
import { checkLevelFiles } from '../../src/tools/levels';
import { coinLevel, coinRole, type CoinAction } from '../fixtures/coin-role';
import { memory } from '../fixtures/memory-storage';
import village from '../../src/ui/workshop/examples/village.json';
import sesame from '../../src/ui/workshop/examples/sesame.json';
import firm from '../../src/ui/workshop/examples/firm.json';
import myths from '../../src/ui/workshop/examples/myths.json';

const { Debrief, Facilitator } = contentSchemas();

const bytes = (text: string) => new TextEncoder().encode(text);
const json = (v: unknown) => JSON.stringify(v, null, 1);
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

const load = (text: string, file = 'mine.json', role?: string) => readScenario(ROLES, bytes(text), file, role);
const errorsOf = (text: string, role?: string) => {
  const r = load(text, 'mine.json', role);
  expect(r.ok, 'expected the file to be refused').toBe(false);
  return r.ok ? [] : r.errors;
};

describe('the guide’s example levels', () => {
  it.each([
    ['village', village],
    ['sesame', sesame],
    ['firm', firm],
    ['myths', myths],
  ] as const)('the %s example passes every check, as validate-levels would', (role, raw) => {
    const r = parseLevel(ROLES, raw, `${role}.json`, role);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('pass validate-levels itself, scripts and all', () => {
    const root = join(__dirname, '../..');
    const files = ['village', 'sesame', 'firm', 'myths'].map((r) => join(root, `src/ui/workshop/examples/${r}.json`));
    expect(checkLevelFiles(files, root)).toEqual([]);
    expect((village as Raw).tests.length).toBeGreaterThanOrEqual(2);
  });
});

describe('reading a facilitator’s file', () => {
  const text = json(village);

  it('plays a good file under an id of its own, keeping its text exactly', () => {
    const r = load(text, 'village-class-3.json', 'village');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { scenario } = r;
    expect(scenario.role).toBe('village');
    expect(scenario.fileId).toBe('my-village');
    expect(scenario.level.id).toBe(`my-village~${fingerprint(text)}`);
    expect(isScenarioLevelId(scenario.level.id)).toBe(true);
    expect(isScenarioLevelId('village-ledger')).toBe(false);
    expect(scenario.text).toBe(text);
    expect(exportFile(scenario)).toEqual({ name: 'village-class-3.json', text });
    expect((scenario.level as Raw).tests).toBeUndefined();
  });

  it('gives the same file the same id, and a changed file another', () => {
    const a = load(text);
    const b = load(text.replace('A small village', 'A smaller village'));
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(a.scenario.level.id).not.toBe(b.scenario.level.id);
    expect(fingerprint(text)).toBe(fingerprint(text));
  });

  it('keeps text holding HTML or script as plain text, never changed', () => {
    const raw = copy(village) as Raw;
    raw.title.en = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const r = load(json(raw));
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.scenario.level as Raw).title.en).toBe('<img src=x onerror="alert(1)"><script>alert(2)</script>');
  });

  const bad: [string, () => string, string | undefined, RegExp][] = [
    ['not JSON', () => '{"format": 1, "role": "village",', 'village', /^mine\.json: not valid JSON \(line 1, column 33\): expected a string in double quotes$/],
    ['an empty file', () => '  \n', 'village', /^mine\.json: the file is empty$/],
    ['a file that is not a level (an array)', () => '[1, 2]', 'village', /^mine\.json: \(top level\): expected a JSON object describing one level$/],
    [
      'missing fields',
      () => {
        const raw = copy(village) as Raw;
        delete raw.villagers;
        delete raw.debrief.questions;
        return json(raw);
      },
      'village',
      /^mine\.json: villagers: /,
    ],
    [
      'a field of the wrong type',
      () => {
        const raw = copy(village) as Raw;
        raw.villagers[0].age = 'thirty';
        return json(raw);
      },
      'village',
      /^mine\.json: villagers\[0\]\.age: .*number/,
    ],
    [
      'an unknown reference',
      () => {
        const raw = copy(village) as Raw;
        raw.days[0].deeds.push('no-such-deed');
        return json(raw);
      },
      'village',
      /^mine\.json: days\[0\]\.deeds\[\d+\]: no deed "no-such-deed"; expected the id of a deed in "deeds"$/,
    ],
    [
      'duplicate ids',
      () => {
        const raw = copy(village) as Raw;
        raw.villagers[1].id = raw.villagers[0].id;
        return json(raw);
      },
      'village',
      /^mine\.json: villagers\[1\]\.id: duplicate id /,
    ],
    ['a file for another role than the one chosen', () => json(firm), 'village', /^mine\.json: role: this is a level for "firm", not for "village"$/],
    ['an unknown role', () => json({ ...(copy(village) as Raw), role: 'sheriff' }), undefined, /^mine\.json: role: unknown role "sheriff"; expected one of: /],
    [
      'a newer format version',
      () => json({ ...(copy(village) as Raw), format: LEVEL_FORMAT + 1, somethingNew: true }),
      'village',
      new RegExp(`^mine\\.json: format: this file is written in level format ${LEVEL_FORMAT + 1}, newer than this version of Scored reads \\(format ${LEVEL_FORMAT}\\); update Scored`),
    ],
    ['a key given twice', () => text.replace('"format": 1,', '"format": 1,\n "format": 1,'), 'village', /^mine\.json: format: this key appears twice in the same object; keep one$/],
    ['a byte-order mark', () => `\ufeff${text}`, 'village', /^mine\.json: starts with a byte-order mark \(BOM\)/],
    [
      'a script the level fails',
      () => {
        const raw = copy(village) as Raw;
        raw.tests[0].actions = raw.tests[0].actions.slice(0, 4);
        return json(raw);
      },
      'village',
      /^mine\.json: tests\[0\]\.expect: script "the short week ends in the debrief" expects the week to finish, but after 4 actions it is in phase "day" \(decide\)$/,
    ],
  ];
  for (const [what, make, role, message] of bad)
    it(`refuses ${what}, saying where and what was expected`, () => {
      const errors = errorsOf(make(), role);
      expect(errors[0]).toMatch(message);
    });

  it('refuses a file over the size limit by its size alone, before reading it', () => {
    expect(sizeProblem('huge.json', 5 * 1024 * 1024 + 1)).toEqual([`huge.json: the file is 5242881 bytes; a level is at most ${MAX_LEVEL_BYTES} bytes`]);
    expect(sizeProblem('fine.json', 20_000)).toBeNull();
    // Bytes that would not even parse are refused for their size first.
    const r = readScenario(ROLES, new Uint8Array(MAX_LEVEL_BYTES + 1).fill(0x7b), 'huge.json');
    expect(r.ok ? [] : r.errors).toEqual([`huge.json: the file is ${MAX_LEVEL_BYTES + 1} bytes; a level is at most ${MAX_LEVEL_BYTES} bytes`]);
  });

  it('refuses bytes in another encoding', () => {
    const r = readScenario(ROLES, new Uint8Array([0x7b, 0xe9, 0x7d]), 'latin1.json');
    expect(r.ok ? [] : r.errors).toEqual(['latin1.json: not UTF-8 text (byte 1 is in another encoding); save it as UTF-8']);
  });

  it('says exactly what `npm run validate-levels` says about the same file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scored-'));
    const raw = copy(village) as Raw;
    raw.villagers[0].age = -3;
    raw.days[0].lead = 'nobody';
    const file = join(dir, 'mine.json');
    writeFileSync(file, json(raw));
    const cli = checkLevelFiles([file], dir);
    expect(cli.length).toBeGreaterThanOrEqual(2);
    expect(errorsOf(readFileSync(file, 'utf8'), 'village')).toEqual(cli);
  });

  it('never throws on any bytes, and always answers with a level or messages that name the file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        const r = readScenario(ROLES, b, 'x.json', 'village');
        if (!r.ok) expect(r.errors.every((e) => e.startsWith('x.json: '))).toBe(true);
      }),
      { seed: 42, numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        const r = readScenario(ROLES, bytes(JSON.stringify(v) ?? 'null'), 'x.json');
        expect(r.ok).toBe(false);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('scenarios kept on the device', () => {
  const a = (load(json(village), 'a.json') as { scenario: Scenario }).scenario;
  const b = (load(json(myths), 'b.json') as { scenario: Scenario }).scenario;

  it('are kept under their own key and read back, each checked again', () => {
    const storage = memory({ [SAVE_KEY]: '{"version":2}' });
    let list = keep([], a);
    expect(list.ok).toBe(true);
    list = keep(list.ok ? list.scenarios : [], b);
    expect(writeKept(storage, list.ok ? list.scenarios : [])).toBe('ok');
    expect(storage.data.get(SAVE_KEY)).toBe('{"version":2}');
    const read = readKept(ROLES, storage);
    expect(read.dropped).toBe(0);
    expect(read.scenarios.map((s) => [s.file, s.role, s.level.id])).toEqual([
      ['b.json', 'myths', b.level.id],
      ['a.json', 'village', a.level.id],
    ]);
    expect(scenarioFor(read.scenarios, a.level.id)?.file).toBe('a.json');
  });

  it('loading the same file again replaces it; removing one keeps the others', () => {
    const once = keep([a, b], a);
    expect(once).toMatchObject({ ok: true, replaced: true });
    expect(once.ok && once.scenarios.length).toBe(2);
    expect(forget([a, b], a.key)).toEqual([b]);
    const storage = memory();
    writeKept(storage, [a]);
    writeKept(storage, forget([a], a.key));
    expect(storage.data.has(SCENARIOS_KEY)).toBe(false);
  });

  it('refuse more than the device keeps, rather than drop one silently', () => {
    const many = Array.from({ length: MAX_KEPT }, (_, i) => ({ ...a, key: `k${i}` }));
    expect(keep(many, b)).toEqual({ ok: false, reason: 'tooMany' });
  });

  it('drop only the entries that are damaged or no longer pass, and never throw', () => {
    const storage = memory({
      [SCENARIOS_KEY]: JSON.stringify({
        version: 1,
        scenarios: [
          { file: 'a.json', text: a.text },
          { file: 'broken.json', text: '{"role": "village"' },
          { file: 'newer.json', text: json({ ...(copy(village) as Raw), format: 9 }) },
        ],
      }),
    });
    const read = readKept(ROLES, storage);
    expect(read.scenarios.map((s) => s.file)).toEqual(['a.json']);
    expect(read.dropped).toBe(2);
    expect(readKept(ROLES, memory({ [SCENARIOS_KEY]: 'not json' }))).toEqual({ scenarios: [], dropped: 1 });
    expect(readKept(ROLES, memory({ [SCENARIOS_KEY]: '{"version":7}' }))).toEqual({ scenarios: [], dropped: 1 });
    const throwing = { ...memory(), get: () => { throw new Error('denied'); } };
    expect(readKept(ROLES, throwing)).toEqual({ scenarios: [], dropped: 0 });
  });

  it('say when the device is full, and leave what was kept as it was', () => {
    const storage = memory();
    writeKept(storage, [a]);
    const before = storage.data.get(SCENARIOS_KEY);
    const full = {
      ...storage,
      set: () => {
        throw Object.assign(new Error('exceeded'), { name: 'QuotaExceededError' });
      },
    };
    expect(writeKept(full, [a, b])).toBe('full');
    expect(storage.data.get(SCENARIOS_KEY)).toBe(before);
  });
});

describe('a week on a loaded level', () => {
  const REGISTRY: Registry = [coinRole];
  const shipped = coinLevel();
  const scenarioLevel = { ...coinLevel({ full: 2, short: 1 }), id: 'coin-1~abcd1234' };
  const week: CoinAction[] = [{ type: 'begin' }, { type: 'guess', side: 'heads' }];

  it('is saved under the loaded level’s id, so it never replays on the shipped level', () => {
    const storage = memory();
    const params = parseParams('?role=coin&seed=000005', REGISTRY);
    const first = createAppStore({ registry: REGISTRY, params, storage, defaultLang: 'en', randomSeed: () => 1 });
    first.getState().levelLoaded('coin', { ok: true, level: scenarioLevel });
    for (const a of week) first.getState().act('coin', a);
    expect(JSON.parse(storage.data.get(SAVE_KEY) as string).roles.coin.run.levelId).toBe('coin-1~abcd1234');

    // The shipped level arrives instead: the week is not replayed on it.
    const second = createAppStore({ registry: REGISTRY, params, storage, defaultLang: 'en', randomSeed: () => 1 });
    second.getState().levelLoaded('coin', { ok: true, level: shipped });
    expect(second.getState().sessions.coin?.actions).toEqual([]);
    expect(second.getState().notices.map((n) => n.key)).toContain('runLost');

    // The loaded level arrives: the week continues where it was.
    const again = createAppStore({ registry: REGISTRY, params, storage: memory({ [SAVE_KEY]: JSON.stringify({ version: 2, roles: { coin: { completed: 0, run: { levelId: 'coin-1~abcd1234', seed: 5, route: 'full', actions: week }, shelved: [] } } }) }), defaultLang: 'en', randomSeed: () => 1 });
    again.getState().levelLoaded('coin', { ok: true, level: scenarioLevel });
    expect(again.getState().sessions.coin?.actions).toEqual(week);
  });
});

describe('pass and fail scripts in a level', () => {
  const REGISTRY: Registry = [coinRole];
  const level = coinLevel({ full: 2, short: 1 });
  const all = (n: number): CoinAction[] => [{ type: 'begin' }, ...Array.from({ length: n }, () => [{ type: 'guess', side: 'tails' } as const, { type: 'next' } as const]).flat()];
  const withTests = (tests: unknown) => parseLevel(REGISTRY, { ...level, tests }, 'coin.json');

  it('pass when each script ends as it says', () => {
    const r = withTests([
      { name: 'plays to the end', route: 'full', seed: '000005', actions: all(2), expect: 'finished' },
      { name: 'short route too', route: 'short', seed: 5, actions: all(1), expect: 'finished' },
      { name: 'half a week', route: 'full', seed: 5, actions: all(1), expect: 'unfinished' },
      { name: 'no guess before the start', route: 'full', seed: 5, actions: [{ type: 'guess', side: 'heads' }], expect: 'refused' },
    ]);
    expect(r.ok ? [] : r.errors).toEqual([]);
    // The level itself never carries its scripts into the game.
    expect(r.ok && (r.level as Raw).tests).toBeUndefined();
  });

  const failing: [string, unknown, string][] = [
    ['a week that does not finish', { name: 'end', route: 'full', seed: 5, actions: all(1), expect: 'finished' }, 'coin.json: tests[0].expect: script "end" expects the week to finish, but after 3 actions it is in phase "guess" (decide)'],
    ['a week that finishes too soon', { name: 'mid', route: 'short', seed: 5, actions: all(1), expect: 'unfinished' }, 'coin.json: tests[0].expect: script "mid" expects the week not to finish, but it reaches the debrief'],
    ['an action the rules refuse', { name: 'end', route: 'full', seed: 5, actions: [{ type: 'next' }], expect: 'finished' }, 'coin.json: tests[0].actions[0]: script "end" expects the week to be finished, but the rules refuse this action (wrong-phase)'],
    ['a fail script the rules accept', { name: 'nope', route: 'full', seed: 5, actions: [{ type: 'begin' }], expect: 'refused' }, 'coin.json: tests[0].expect: script "nope" expects the rules to refuse its last action, but they accept every action'],
    ['a fail script refused too early', { name: 'early', route: 'full', seed: 5, actions: [{ type: 'next' }, { type: 'begin' }], expect: 'refused' }, 'coin.json: tests[0].actions[0]: script "early" expects only its last action (actions[1]) to be refused, but the rules refuse this one (wrong-phase)'],
    ['an action the role does not have', { name: 'fly', route: 'full', seed: 5, actions: [{ type: 'begin' }, { type: 'fly' }], expect: 'finished' }, 'coin.json: tests[0].actions[1].type: '],
    ['a bad seed code', { name: 'seed', route: 'full', seed: 'OOPS!', actions: [], expect: 'unfinished' }, 'coin.json: tests[0].seed: expected a seed code'],
    ['an unknown field', { name: 'x', route: 'full', seed: 5, actions: [], expect: 'unfinished', extra: 1 }, 'coin.json: tests[0]: Unrecognized key: "extra"'],
    ['an unknown expectation', { name: 'x', route: 'full', seed: 5, actions: [], expect: 'passes' }, 'coin.json: tests[0].expect: '],
  ];
  for (const [what, script, message] of failing)
    it(`refuse ${what}, naming the script's field path`, () => {
      const r = withTests([script]);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]?.startsWith(message), r.errors[0]).toBe(true);
    });

  it('are not a list: refused with the path', () => {
    const r = withTests({ name: 'x' });
    expect(r.ok ? [] : r.errors[0]).toMatch(/^coin\.json: tests: /);
  });

  it('replay through the shared checker for any role', () => {
    expect(checkScripts(coinRole, level, [{ name: 'a', route: 'full', seed: 1, actions: all(2), expect: 'finished' }])).toEqual([]);
  });

  it('a level without scripts is checked as before', () => {
    expect(parseLevelText(REGISTRY, JSON.stringify(level), 'coin.json').ok).toBe(true);
  });
});

describe('facilitator notes in a debrief', () => {
  const src = { section: '3.2' as const, quote: 'The logic behind awarding these points seems rather unclear and arbitrary' };
  const base = { findings: [{ text: { en: 'F' }, source: src }], myth: { myth: { en: 'M' }, reality: { text: { en: 'R' }, source: src } }, questions: [{ en: 'Q1' }, { en: 'Q2' }, { en: 'Q3' }] };
  const notes = (n: number) => Array.from({ length: n }, (_, i) => ({ text: { en: `N${i}` }, source: src }));
  const facilitator = (n: number) => ({ notes: notes(n), watchFor: [{ myth: { en: 'W' }, reality: { text: { en: 'R' }, source: src } }], quotes: [src] });

  it('are optional, and when present hold one cited note per question', () => {
    expect(Debrief.safeParse(base).success).toBe(true);
    expect(Debrief.safeParse({ ...base, facilitator: facilitator(3) }).success).toBe(true);
    const wrong = Debrief.safeParse({ ...base, facilitator: facilitator(2) });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]).toMatchObject({ path: ['facilitator', 'notes'], message: 'expected one note per question: 3 questions, 2 notes' });
  });

  it('must cite the report: an illustrative note is refused', () => {
    const f = facilitator(3);
    f.notes[0] = { text: { en: 'x' }, illustrative: true } as never;
    expect(Debrief.safeParse({ ...base, facilitator: f }).success).toBe(false);
  });
});

describe('the facilitator guide', () => {
  it.skipIf(!HAVE_REPORT)('quotes the report word for word, in the section it names', () => {
    const report = readReport();
    const wrong = GOALS.filter((g) => !report.sections.get(g.source.section)?.includes(norm(g.source.quote))).map((g) => g.id);
    expect(wrong).toEqual([]);
  });

  it('maps every goal to sections the report has and roles the game has', () => {
    const roles = new Set([...ROLES.map((r) => r.id), 'sesame', 'check']);
    for (const g of GOALS) {
      expect(g.sections.every((s) => (SECTIONS as readonly string[]).includes(s)), g.id).toBe(true);
      expect(g.where.every((w) => roles.has(w)), g.id).toBe(true);
      expect(g.source.quote.split(/\s+/).length, g.id).toBeLessThanOrEqual(40);
    }
  });

  it('plans fill 45 and 90 minutes, step after step', () => {
    for (const [plan, length] of [
      [PLAN_45, 45],
      [PLAN_90, 90],
    ] as const) {
      expect(plan[0]?.from).toBe(0);
      plan.forEach((s, i) => {
        expect(s.to).toBeGreaterThan(s.from);
        if (i) expect(s.from).toBe(plan[i - 1]?.to);
      });
      expect(plan[plan.length - 1]?.to).toBe(length);
    }
  });

  it('shows the messages the checks really give', () => {
    const good = json(village);
    const edit = (change: (v: Raw) => void) => {
      const v = copy(village) as Raw;
      change(v);
      return JSON.stringify(v, null, 2);
    };
    const make: Record<string, [string, string?]> = {
      json: [JSON.stringify(village, null, 2).replace('"id": "my-village",', '"id": "my-village"')],
      path: [edit((v) => (v.villagers[0].age = 'thirty'))],
      reference: [edit((v) => (v.days[0].deeds[1] = 'basket2'))],
      duplicate: [edit((v) => (v.villagers[1].id = v.villagers[0].id))],
      provenance: [edit((v) => delete v.deeds[6].illustrative)],
      role: [json(firm), 'village'],
      format: [edit((v) => (v.format = 2))],
      script: [edit((v) => (v.tests[0].actions = v.tests[0].actions.slice(0, 4)))],
    };
    expect(good.length).toBeGreaterThan(0);
    for (const m of MESSAGES) {
      const [text, role] = make[m.id] ?? [''];
      const r = parseLevelText(ROLES, text, 'my-village.json', role);
      expect(r.ok ? [] : r.errors, m.id).toContain(m.example);
    }
  });
});

describe('facilitator notes in the shipped levels', () => {
  // Quotes and Chinese punctuation are checked for every object of every level in tests/content.
  it.each([
    ['village', shippedVillage],
    ['firm', shippedFirm],
  ] as [string, Raw][])('the %s debrief has a note for each question, with myths to watch for and passages to quote', (_role, level) => {
    const notes = level.debrief.facilitator;
    expect(Facilitator.safeParse(notes).error?.issues ?? []).toEqual([]);
    expect(notes.notes).toHaveLength(level.debrief.questions.length);
    expect(notes.watchFor.length).toBeGreaterThan(0);
    expect(notes.quotes.length).toBeGreaterThan(0);
  });
});

describe('facilitator mode and the guide in the URL', () => {
  it('open with ?mode=workshop and ?page=guide, and keep the mode from screen to screen', () => {
    const p = parseParams('?mode=workshop&page=guide&lang=zh', ROLES);
    expect(p).toMatchObject({ mode: 'workshop', page: 'guide', lang: 'zh', warnings: [] });
    expect(parseParams('?mode=workshop&role=village&route=short&seed=7K2M9Q', ROLES)).toMatchObject({ mode: 'workshop', role: 'village', route: 'short' });
    expect(parseParams('?mode=presenter', ROLES).warnings[0]).toMatch(/expected class, kiosk, workshop/);
  });
});
