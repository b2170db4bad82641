import { describe, expect, it } from 'vitest';
import { parseParams } from '../../src/core/params';
import { SAVE_KEY } from '../../src/core/persist';
import { createAppStore, type Storage } from '../../src/state/store';
import { pendingDeed } from '../../src/core/village/rules';
import { tinyLevel } from '../fixtures/tiny-level';

function memory(initial: Record<string, string> = {}): Storage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, get: (k) => data[k] ?? null, set: (k, v) => void (data[k] = v) };
}

const make = (search = '', storage: Storage = memory()) =>
  createAppStore({ params: parseParams(search), storage, defaultLang: 'en', randomSeed: () => 1234 });

describe('the store', () => {
  it('starts on the title screen in the default language', () => {
    const s = make().getState();
    expect(s).toMatchObject({ screen: 'title', lang: 'en', mode: 'class', route: 'full', notices: [] });
  });

  it('opens the village directly with ?role=village and uses the URL seed', () => {
    const store = make('?role=village&seed=77&lang=zh');
    store.getState().villageLevelLoaded({ ok: true, level: tinyLevel() });
    store.getState().startVillage();
    expect(store.getState()).toMatchObject({ screen: 'village', lang: 'zh' });
    expect(store.getState().village.run?.seed).toBe(77);
  });

  it('continues an unfinished week when the role is opened again', () => {
    const store = make();
    store.getState().villageLevelLoaded({ ok: true, level: tinyLevel() });
    store.getState().startVillage();
    const run = store.getState().village.run;
    store.getState().go('roles');
    store.getState().openVillage();
    expect(store.getState().village.run).toBe(run);
    expect(store.getState().screen).toBe('village');
  });

  it('keeps the run when the language changes mid-game', () => {
    const store = make();
    store.getState().villageLevelLoaded({ ok: true, level: tinyLevel() });
    store.getState().startVillage();
    const id = pendingDeed(store.getState().village.run!)!;
    expect(store.getState().villageAct({ type: 'decline', deedId: id })).toBe(true);
    const before = store.getState().village.run;
    store.getState().setLang('zh');
    expect(store.getState().village.run).toBe(before);
    expect(store.getState().lang).toBe('zh');
  });

  it('saves progress and restores the same run in a new session', () => {
    const storage = memory();
    const a = make('', storage);
    a.getState().villageLevelLoaded({ ok: true, level: tinyLevel() });
    a.getState().startVillage();
    const id = pendingDeed(a.getState().village.run!)!;
    a.getState().villageAct({ type: 'score', deedId: id, points: 2 });
    expect(JSON.parse(storage.data[SAVE_KEY]!).progress.village.run.actions).toHaveLength(1);

    const b = make('', storage);
    expect(b.getState().pendingRun?.actions).toHaveLength(1);
    b.getState().villageLevelLoaded({ ok: true, level: tinyLevel() });
    expect(b.getState().village.run).toEqual(a.getState().village.run);
    expect(b.getState().village.view).toBe('play');
  });

  it('keeps a saved week on reload of ?role=village, but not when the URL asks for another seed or route', () => {
    const storage = memory();
    const a = make('?role=village&route=short', storage);
    a.getState().villageLevelLoaded({ ok: true, level: tinyLevel() });
    a.getState().startVillage();
    a.getState().villageAct({ type: 'decline', deedId: pendingDeed(a.getState().village.run!)! });
    expect(make('?role=village&route=short', storage).getState().pendingRun?.actions).toHaveLength(1);
    expect(make('?role=village', storage).getState().pendingRun?.actions).toHaveLength(1);
    expect(make('?role=village&route=full', storage).getState().pendingRun).toBeNull();
    expect(make('?role=village&seed=5', storage).getState().pendingRun).toBeNull();
    // Visiting another week's URL and changing nothing keeps the saved week for later.
    const other = make('?role=village&seed=5', storage);
    other.getState().setLang('zh');
    expect(make('?role=village', storage).getState().pendingRun?.actions).toHaveLength(1);
    const seed = a.getState().village.run!.seed;
    expect(make(`?role=village&seed=${seed}&route=short`, storage).getState().pendingRun?.actions).toHaveLength(1);
  });

  it('starts clean and says so once when stored data is corrupt', () => {
    const storage = memory({ [SAVE_KEY]: '{{{' });
    const store = make('', storage);
    expect(store.getState().notices.map((n) => n.key)).toEqual(['storageCorrupt']);
    expect(make('', storage).getState().notices).toEqual([]);
  });

  it('sets aside a saved run that no longer fits the level, with a notice', () => {
    const storage = memory({
      [SAVE_KEY]: JSON.stringify({ version: 1, progress: { village: { completed: 0, run: { levelId: 'tiny', seed: 1, route: 'full', actions: [{ type: 'decline', deedId: 'gone' }] } } } }),
    });
    const store = make('', storage);
    store.getState().villageLevelLoaded({ ok: true, level: tinyLevel() });
    expect(store.getState().village.run).toBeNull();
    expect(store.getState().notices.map((n) => n.key)).toEqual(['runLost']);
  });

  it('keeps playing when storage refuses to save', () => {
    const storage: Storage = { get: () => null, set: () => { throw new Error('quota'); } };
    const store = make('', storage);
    store.getState().setLang('zh');
    expect(store.getState().lang).toBe('zh');
    expect(store.getState().notices.map((n) => n.key)).toContain('storageUnavailable');
  });

  it('refuses a broken level without starting a run', () => {
    const store = make('?role=village');
    store.getState().villageLevelLoaded({ ok: false, errors: ['levels/village.json: deeds[0].id: bad'] });
    store.getState().startVillage();
    expect(store.getState().village.run).toBeNull();
    expect(store.getState().village.levelErrors).toEqual(['levels/village.json: deeds[0].id: bad']);
    expect(store.getState().village.level).toBeNull();
  });

  it('counts a finished week once', () => {
    const store = make('?route=short');
    store.getState().villageLevelLoaded({ ok: true, level: tinyLevel() });
    store.getState().startVillage();
    const act = store.getState().villageAct;
    for (let id = pendingDeed(store.getState().village.run!); id; id = pendingDeed(store.getState().village.run!)) act({ type: 'decline', deedId: id });
    for (const type of ['closeDay', 'nextDay', 'toCities', 'toDebrief'] as const) expect(act({ type })).toBe(true);
    expect(act({ type: 'toDebrief' })).toBe(false);
    expect(store.getState().village.completed).toBe(1);
    // Opening the role again after a finished week starts a new one.
    store.getState().openVillage();
    expect(store.getState().village.run).toBeNull();
    store.getState().startVillage();
    expect(store.getState().village.run?.phase).toBe('day');
    expect(store.getState().village.completed).toBe(1);
  });
});
