/**
 * The store and saving, proved with a test-only role (tests/fixtures/coin-role.ts): it registers,
 * validates, saves, migrates, continues and plays to its end with no file outside the fixture changed.
 */
import { describe, expect, it } from 'vitest';
import { parseParams } from '../../src/core/params';
import { SAVE_KEY, saveKey, type Storage } from '../../src/core/persist';
import type { Registry } from '../../src/core/registry';
import { seedCode } from '../../src/core/seed';
import { parseLevel } from '../../src/core/validate';
import { createAppStore, resumable, type AppStore } from '../../src/state/store';
import { coinLevel, coinRole, coinScore, type CoinRun } from '../fixtures/coin-role';
import { memory } from '../fixtures/memory-storage';

const REGISTRY: Registry = [coinRole];

const make = (search = '', storage: Storage | null = memory(), registry: Registry = REGISTRY) =>
  createAppStore({ registry, params: parseParams(search, registry), storage, defaultLang: 'en', randomSeed: () => 1234 });

const saved = (s: ReturnType<typeof memory>) => JSON.parse(s.data.get(SAVE_KEY) ?? 'null');
const run = (store: AppStore) => store.getState().sessions.coin?.run as CoinRun | null;

/** Load the coin level into the store, as the role screen does. */
const load = (store: AppStore, level = coinLevel()) => store.getState().levelLoaded('coin', { ok: true, level });

/** Play on through the store with the rules' own advance/decision until the run ends or `steps` actions are taken. */
function play(store: AppStore, steps = Infinity, side: 'heads' | 'tails' = 'heads') {
  for (let i = 0; i < steps; i++) {
    const s = store.getState().sessions.coin!;
    const r = s.run as CoinRun;
    const action = coinRole.advance(s.level as never, r) ?? coinRole.decision(s.level as never, r)?.options.find((o) => o.id === side)?.action;
    if (!action) return;
    expect(store.getState().act('coin', action)).toBe(true);
  }
}

describe('the role frame, with a test-only role', () => {
  it('validates a level by the role its file names', () => {
    expect(parseLevel(REGISTRY, coinLevel(), 'coin.json').ok).toBe(true);
    expect(parseLevel(REGISTRY, { ...coinLevel(), role: undefined }, 'coin.json')).toEqual({
      ok: false,
      errors: ['coin.json: role: missing; a level names its role, one of: coin'],
    });
    expect(parseLevel(REGISTRY, { ...coinLevel(), role: 'dice' }, 'coin.json')).toMatchObject({ ok: false, errors: [expect.stringContaining('role: unknown role "dice"')] });
    const wrong = parseLevel(REGISTRY, { ...coinLevel(), flips: { full: 'three' } }, 'coin.json');
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.errors.join('\n')).toMatch(/coin\.json: flips\.full: /);
  });

  it('starts on the title screen in the default language', () => {
    expect(make().getState()).toMatchObject({ screen: { name: 'title' }, lang: 'en', mode: 'class', route: 'full', notices: [] });
  });

  it('opens a role from the URL with its seed code, and plays it to the end through the store', () => {
    const store = make(`?role=coin&seed=${seedCode(77)}&route=short`);
    expect(store.getState().screen).toEqual({ name: 'role', role: 'coin' });
    expect(run(store)).toBeNull();
    load(store);
    expect(run(store)).toMatchObject({ seed: 77, route: 'short', phase: 'intro' });
    play(store);
    expect(run(store)?.phase).toBe('end');
    expect(store.getState().sessions.coin?.completed).toBe(1);
    expect(store.getState().act('coin', { type: 'next' })).toBe(false);
    expect(store.getState().sessions.coin?.completed).toBe(1);
  });

  it('refuses an action the rules refuse, leaving the run as it was', () => {
    const store = make('?role=coin');
    load(store);
    const before = run(store);
    expect(store.getState().act('coin', { type: 'guess', side: 'heads' })).toBe(false);
    expect(run(store)).toBe(before);
  });

  it('saves progress and continues the same week in a new session', () => {
    const storage = memory();
    const a = make('?role=coin', storage);
    load(a);
    play(a, 3);
    expect(saved(storage).roles.coin.run).toMatchObject({ levelId: 'coin-1', seed: 1234, actions: [{ type: 'begin' }, { type: 'guess', side: 'heads' }, { type: 'next' }] });
    expect(saved(storage).roles.coin.run.progress).toEqual(coinRole.progress(coinLevel(), run(a)!));

    const b = make('', storage);
    expect(resumable(b.getState(), REGISTRY)).toEqual([{ role: 'coin', progress: { unit: 'round', index: 2, total: 3 }, seed: 1234, which: 'current' }]);
    b.getState().continueRun('coin');
    load(b);
    expect(run(b)).toEqual(run(a));
  });

  it('keeps "continue" and "new week" apart: a new week never continues the old one', () => {
    const storage = memory();
    const a = make('?role=coin', storage);
    load(a);
    play(a, 3);
    const b = make('', storage);
    load(b);
    b.getState().startNew('coin', 99);
    expect(run(b)).toMatchObject({ seed: 99, phase: 'intro', guesses: [] });
  });

  it('sets aside a saved week when a link asks for another, and can continue it later', () => {
    const storage = memory();
    const a = make('?role=coin', storage);
    load(a);
    play(a, 3);
    const b = make(`?role=coin&seed=${seedCode(5)}`, storage);
    load(b);
    expect(run(b)?.seed).toBe(5);
    play(b, 1);
    const c = make('', storage);
    const weeks = resumable(c.getState(), REGISTRY);
    expect(weeks.map((w) => [w.seed, w.which])).toEqual([
      [5, 'current'],
      [1234, 0],
    ]);
    load(c);
    c.getState().continueRun('coin', 0);
    expect(run(c)).toEqual(run(a));
    // The week it replaced is on the shelf now, so nothing was lost either way.
    expect(resumable(c.getState(), REGISTRY).map((w) => [w.seed, w.which])).toEqual([
      [1234, 'current'],
      [5, 0],
    ]);
  });

  it('continues on reload of the same role URL, with or without the same seed code', () => {
    const storage = memory();
    const a = make(`?role=coin&seed=${seedCode(8)}`, storage);
    load(a);
    play(a, 2);
    for (const url of ['?role=coin', `?role=coin&seed=${seedCode(8)}`]) {
      const b = make(url, storage);
      load(b);
      expect(run(b)).toEqual(run(a));
    }
  });

  it('starts clean and says so once when stored data is corrupt', () => {
    const storage = memory({ [SAVE_KEY]: '{{{' });
    expect(make('', storage).getState().notices.map((n) => n.key)).toEqual(['storageCorrupt']);
    expect(make('', storage).getState().notices).toEqual([]);
  });

  it('drops a role the game no longer has, with one notice, keeping everything else', () => {
    const storage = memory({
      [SAVE_KEY]: JSON.stringify({ version: 2, lang: 'zh', settings: { reducedMotion: 'on' }, roles: { gone: { completed: 3 }, coin: { completed: 2, shelved: [] } } }),
    });
    const store = make('', storage);
    expect(store.getState()).toMatchObject({ lang: 'zh', motion: 'on', notices: [{ key: 'storageUnknownRole' }] });
    expect(store.getState().sessions.coin?.completed).toBe(2);
    expect(saved(storage).roles.gone).toBeUndefined();
  });

  it('drops a saved run whose actions the role refuses, with one notice, keeping everything else', () => {
    const bad = { levelId: 'coin-1', seed: 1, route: 'full', actions: [{ type: 'score', deedId: 'basket', points: 5 }] };
    const storage = memory({ [SAVE_KEY]: JSON.stringify({ version: 2, lang: 'zh', settings: { reducedMotion: 'on' }, roles: { coin: { completed: 4, run: bad, shelved: [] } } }) });
    const store = make('', storage);
    expect(store.getState().notices.map((n) => n.key)).toEqual(['runLost']);
    expect(store.getState()).toMatchObject({ lang: 'zh', motion: 'on' });
    expect(store.getState().sessions.coin).toMatchObject({ completed: 4, saved: null });
  });

  it('sets aside a run that no longer fits its level, with a notice', () => {
    const storage = memory();
    const a = make('?role=coin', storage);
    load(a);
    play(a, 3);
    const b = make('?role=coin', storage);
    load(b, { ...coinLevel(), id: 'coin-2' });
    expect(b.getState().notices.map((n) => n.key)).toEqual(['runLost']);
    expect(run(b)).toMatchObject({ phase: 'intro' });
  });

  it('never overwrites a newer version’s save', () => {
    const newer = JSON.stringify({ version: 9, anything: 'kept' });
    const storage = memory({ [saveKey(9)]: newer });
    const store = make('', storage);
    expect(store.getState().notices.map((n) => n.key)).toEqual(['storageNewer']);
    store.getState().setLang('zh');
    expect(storage.data.get(saveKey(9))).toBe(newer);
    expect(saved(storage).lang).toBe('zh');
  });

  it('a stale second tab does not write over the first tab’s progress', () => {
    const storage = memory();
    const tabB = make('', storage); // opened first, left on the title
    const tabA = make('?role=coin', storage);
    load(tabA);
    play(tabA, 5);
    tabB.getState().setMotion('on'); // B has not heard of A's progress yet
    expect(saved(storage).roles.coin.run.actions).toHaveLength(5);
    expect(saved(storage).settings.reducedMotion).toBe('on');
    // Told of the change, tab A follows B's setting and keeps its week.
    tabA.getState().externalChange();
    expect(tabA.getState().motion).toBe('on');
    expect(run(tabA)?.guesses).toHaveLength(2);
    // And B, told of A's week, offers to continue it.
    tabB.getState().externalChange();
    expect(resumable(tabB.getState(), REGISTRY)[0]?.progress?.index).toBe(3);
  });

  it('a finished-week count never goes back because of another tab', () => {
    const storage = memory();
    const tabB = make('', storage);
    const tabA = make('?role=coin&route=short', storage);
    load(tabA);
    play(tabA);
    expect(saved(storage).roles.coin.completed).toBe(1);
    tabB.getState().setLang('zh');
    expect(saved(storage).roles.coin.completed).toBe(1);
  });

  it('keeps playing when storage refuses to save, tries again on the next change and says why', () => {
    let full = true;
    const storage = memory();
    const flaky: Storage = {
      ...storage,
      set: (k, v) => {
        if (full) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
        storage.set(k, v);
      },
    };
    const store = make('', flaky);
    store.getState().setLang('zh');
    expect(store.getState().lang).toBe('zh');
    expect(store.getState().notices.map((n) => n.key)).toEqual(['storageFull']);
    full = false;
    store.getState().setMotion('on');
    expect(saved(storage)).toMatchObject({ lang: 'zh', settings: { reducedMotion: 'on' } });
  });

  it('says when storage is not allowed at all, and still plays', () => {
    const denied: Storage = {
      get: () => {
        throw Object.assign(new Error('denied'), { name: 'SecurityError' });
      },
      set: () => {
        throw Object.assign(new Error('denied'), { name: 'SecurityError' });
      },
      remove: () => undefined,
      keys: () => [],
    };
    const store = make('?role=coin', denied);
    expect(store.getState().notices.map((n) => n.key)).toEqual(['storageUnavailable']);
    load(store);
    play(store, 2);
    expect(run(store)?.guesses).toHaveLength(1);
  });

  it('writes nothing at all without storage (kiosk mode)', () => {
    const store = make('?role=coin', null);
    load(store);
    play(store);
    expect(store.getState().sessions.coin?.completed).toBe(1);
  });

  it('resetAll() brings back exactly the state of a fresh store', () => {
    const storage = memory();
    const fresh = make('', memory());
    const store = make('?role=coin&lang=zh', storage);
    load(store);
    play(store, 4);
    store.getState().setMotion('off');
    store.getState().notify('codeError');
    store.getState().resetAll();
    const data = (s: AppStore) => JSON.parse(JSON.stringify(s.getState()));
    expect({ ...data(store), lang: 'en' }).toEqual(data(fresh));
    expect(saved(storage).roles.coin).toEqual({ completed: 0, shelved: [] });
  });

  it('refuses a broken level without starting a run', () => {
    const store = make('?role=coin');
    store.getState().levelLoaded('coin', { ok: false, errors: ['levels/coin.json: flips.full: bad'] });
    expect(store.getState().sessions.coin).toMatchObject({ run: null, level: null, levelErrors: ['levels/coin.json: flips.full: bad'] });
    expect(store.getState().act('coin', { type: 'begin' })).toBe(false);
  });

  it('keeps the run when the language changes mid-game', () => {
    const store = make('?role=coin');
    load(store);
    play(store, 2);
    const before = run(store);
    store.getState().setLang('zh');
    expect(run(store)).toBe(before);
  });

  it('switches language only once its strings have arrived, and the last choice wins', async () => {
    const have = new Set(['en']);
    const waiting = new Map<string, () => void>();
    const strings = {
      has: (l: string) => have.has(l),
      load: (l: string) =>
        new Promise<void>((resolve) => {
          waiting.set(l, () => {
            have.add(l);
            resolve();
          });
        }),
    };
    const store = createAppStore({ registry: REGISTRY, params: parseParams('', REGISTRY), storage: memory(), defaultLang: 'en', randomSeed: () => 1, strings });
    store.getState().setLang('zh');
    expect(store.getState().lang).toBe('en');
    // Back to English before Chinese arrives: the late Chinese strings must not switch the game.
    store.getState().setLang('en');
    waiting.get('zh')?.();
    await Promise.resolve();
    expect(store.getState().lang).toBe('en');
    store.getState().setLang('zh');
    expect(store.getState().lang).toBe('zh');
    // Starting over goes back to the default language the same way: only once its strings are here.
    have.delete('en');
    store.getState().resetAll();
    expect(store.getState().lang).toBe('zh');
    waiting.get('en')?.();
    await Promise.resolve();
    expect(store.getState().lang).toBe('en');
    // A fetch that fails leaves the language as it was, with a notice.
    const failing = createAppStore({
      registry: REGISTRY,
      params: parseParams('', REGISTRY),
      storage: memory(),
      defaultLang: 'en',
      randomSeed: () => 1,
      strings: { has: (l) => l === 'en', load: () => Promise.reject(new Error('offline')) },
    });
    failing.getState().setLang('zh');
    await new Promise((r) => setTimeout(r, 0));
    expect(failing.getState()).toMatchObject({ lang: 'en', notices: [expect.objectContaining({ key: 'codeError' })] });
  });

  it('plays to a score the rules decide', () => {
    const store = make('?role=coin&route=short');
    load(store);
    play(store, Infinity, 'tails');
    const r = run(store)!;
    expect(coinScore(r)).toBe(r.sides.filter((s) => s === 'tails').length);
  });
});
