/**
 * The ways saved progress used to be lost (issue 11), each replayed with the real roles and their
 * shipped levels, as the issue found them. Each test is named after the loss it guards against.
 * (The coin-role versions in store.test.ts prove the frame; these prove the game.)
 */
import { describe, expect, it } from 'vitest';
import { parseParams } from '../../src/core/params';
import { SAVE_KEY, saveKey, type Storage } from '../../src/core/persist';
import { ROLES } from '../../src/core/registry';
import { isFinished, type BaseAction, type BaseRun, type Route } from '../../src/core/role';
import { seedCode } from '../../src/core/seed';
import { createAppStore, resumable, type AppStore } from '../../src/state/store';
import { memory } from '../fixtures/memory-storage';
import { playDecisions, roleById, shippedLevel } from '../fixtures/shipped';

const village = roleById('village');
const LEVEL = shippedLevel(village);
const make = (storage: Storage | null, search = '') =>
  createAppStore({ registry: ROLES, params: parseParams(search, ROLES), storage, defaultLang: 'en', randomSeed: () => 777 });
const load = (store: AppStore) => store.getState().levelLoaded('village', { ok: true, level: LEVEL });
const run = (store: AppStore) => store.getState().sessions.village?.run as BaseRun | null;
const actions = (store: AppStore) => store.getState().sessions.village?.actions ?? [];
const stored = (s: ReturnType<typeof memory>) => JSON.parse(s.data.get(SAVE_KEY) ?? 'null');
const notices = (store: AppStore) => store.getState().notices.map((n) => n.key);

/** Play a village week through the store until `decisions` more decisions are made (or the week ends). */
function decide(store: AppStore, decisions: number, pick = 0) {
  for (let made = 0, i = 0; made < decisions && !isFinished(village, run(store)!); i++) {
    const s = store.getState().sessions.village!;
    const decision = village.decision(s.level, s.run);
    const action = village.advance(s.level, s.run) ?? decision?.options[(pick + i) % decision.options.length]?.action;
    expect(store.getState().act('village', action as BaseAction)).toBe(true);
    if (decision) made++;
  }
}
const decisionsIn = (list: readonly BaseAction[]) => list.filter((a) => a.type === 'score' || a.type === 'favour' || a.type === 'decline').length;

describe('loss 1: a stale second tab wrote over progress', () => {
  it('tab A plays 9 decisions, tab B (opened earlier, on the title) changes Motion: A reloads with all 9', () => {
    const storage = memory();
    const tabB = make(storage);
    const tabA = make(storage, '?role=village');
    load(tabA);
    decide(tabA, 9);
    expect(decisionsIn(actions(tabA))).toBe(9);
    tabB.getState().setMotion('on');
    const reloaded = make(storage, '?role=village');
    load(reloaded);
    expect(decisionsIn(actions(reloaded))).toBe(9);
    expect(run(reloaded)).toEqual(run(tabA));
    expect(reloaded.getState().motion).toBe('on');
  });

  it('a finished-week count does not go back to 0 when a stale tab changes the language', () => {
    const storage = memory();
    const tabB = make(storage);
    const tabA = make(storage, '?role=village&route=short');
    load(tabA);
    decide(tabA, 1000);
    expect(tabA.getState().sessions.village?.completed).toBe(1);
    tabB.getState().setLang('zh');
    expect(stored(storage).roles.village.completed).toBe(1);
    expect(make(storage).getState().sessions.village?.completed).toBe(1);
  });
});

describe('loss 2: one bad field threw away the whole save, settings included', () => {
  /** A save with settings, a finished-week count and a week in progress, damaged in one field. */
  function saveWith(damage: (rec: { lang: unknown; settings: unknown; roles: { village: { completed: unknown; run: { actions: unknown[] } }; myths: { completed: number; shelved: never[] } } }) => void) {
    const rec = {
      version: 2,
      lang: 'zh',
      settings: { reducedMotion: 'off' },
      roles: {
        village: { completed: 4, run: { levelId: LEVEL.id, seed: 99, route: 'full' as Route, actions: playDecisions(village, LEVEL, 99, 'full', 5) as unknown[] }, shelved: [] },
        myths: { completed: 2, shelved: [] as never[] },
      },
    };
    damage(rec);
    return memory({ [SAVE_KEY]: JSON.stringify(rec) });
  }
  const cases = [
    { field: 'lang: "fr"', damage: (r: Parameters<Parameters<typeof saveWith>[0]>[0]) => void (r.lang = 'fr'), notice: 'storagePartial', lost: 'lang' },
    { field: 'completed: -1', damage: (r: Parameters<Parameters<typeof saveWith>[0]>[0]) => void (r.roles.village.completed = -1), notice: 'storagePartial', lost: 'completed' },
    {
      field: 'an unknown action type',
      damage: (r: Parameters<Parameters<typeof saveWith>[0]>[0]) => void r.roles.village.run.actions.splice(2, 0, { type: 'bribe', amount: 5 }),
      notice: 'runLost',
      lost: 'run',
    },
    {
      field: 'points of 1.5',
      damage: (r: Parameters<Parameters<typeof saveWith>[0]>[0]) => {
        const i = r.roles.village.run.actions.findIndex((a) => (a as BaseAction).type === 'score');
        r.roles.village.run.actions[i] = { ...(r.roles.village.run.actions[i] as object), points: 1.5 };
      },
      notice: 'runLost',
      lost: 'run',
    },
  ] as const;

  it.each(cases.map((c) => [c.field, c] as const))('%s costs only that part, with one notice', (_f, c) => {
    const storage = saveWith(c.damage);
    const store = make(storage);
    expect(notices(store)).toEqual([c.notice]);
    const s = store.getState();
    expect(s.lang).toBe(c.lost === 'lang' ? 'en' : 'zh');
    expect(s.motion).toBe('off');
    expect(s.sessions.village?.completed).toBe(c.lost === 'completed' ? 0 : 4);
    expect(s.sessions.myths?.completed).toBe(2);
    if (c.lost === 'run') expect(s.sessions.village?.saved).toBeNull();
    else expect(decisionsIn(s.sessions.village?.saved?.actions as BaseAction[])).toBe(5);
    // What was kept is written back, so the next visit has it and no notice.
    const again = make(storage);
    expect(notices(again)).toEqual([]);
    expect(again.getState()).toMatchObject({ lang: s.lang, motion: 'off' });
    expect(again.getState().sessions.myths?.completed).toBe(2);
  });
});

describe('loss 3: a newer version’s save was destroyed by an older build', () => {
  it('this build reads, plays, resets and meets a broken save of its own, and the newer save is never touched', () => {
    const newer = JSON.stringify({ version: 3, lang: 'zh', roles: { village: { completed: 12 } }, future: [1, 2, 3] });
    const storage = memory({ [saveKey(3)]: newer });
    const store = make(storage, '?role=village');
    expect(notices(store)).toEqual(['storageNewer']);
    // Nothing is written just because a newer save was found.
    expect([...storage.data.keys()]).toEqual([saveKey(3)]);
    load(store);
    decide(store, 3);
    store.getState().setMotion('off');
    expect(storage.data.get(saveKey(3))).toBe(newer);
    // Its own save broken, this build replaces its own and only its own.
    storage.data.set(SAVE_KEY, '{"version":2,"roles":{"village":');
    const broken = make(storage);
    expect(notices(broken)).toEqual(['storageCorrupt']);
    broken.getState().resetAll();
    expect(storage.data.get(saveKey(3))).toBe(newer);
    // Going back to the newer build: its record is all there, byte for byte.
    expect(JSON.parse(storage.data.get(saveKey(3))!)).toEqual(JSON.parse(newer));
  });
});

describe('loss 4: a seed link silently discarded an unfinished week', () => {
  it('8 decisions at one seed, then a class link with another: the first week is set aside and continues from the title', () => {
    const storage = memory();
    const first = make(storage, `?role=village&seed=${seedCode(1001)}`);
    load(first);
    decide(first, 8);
    const before = run(first);
    const link = make(storage, `?mode=class&role=village&seed=${seedCode(2002)}`);
    load(link);
    expect(run(link)?.seed).toBe(2002);
    decide(link, 1);
    // Later, from the title: both weeks can be continued.
    const title = make(storage);
    expect(title.getState().screen).toEqual({ name: 'title' });
    expect(resumable(title.getState(), ROLES).map((w) => [w.seed, w.which])).toEqual([
      [2002, 'current'],
      [1001, 0],
    ]);
    title.getState().continueRun('village', 0);
    load(title);
    expect(run(title)).toEqual(before);
    expect(decisionsIn(actions(title))).toBe(8);
  });

  it('a link opened and left before its level arrives loses nothing either', () => {
    const storage = memory();
    const first = make(storage, '?role=village');
    load(first);
    decide(first, 4);
    const link = make(storage, `?role=village&seed=${seedCode(3003)}`);
    link.getState().go({ name: 'title' });
    const later = make(storage);
    const weeks = resumable(later.getState(), ROLES);
    expect(weeks.map((w) => w.seed)).toContain(777);
    later.getState().continueRun('village', weeks.find((w) => w.seed === 777)!.which);
    load(later);
    expect(run(later)).toEqual(run(first));
  });
});

describe('loss 5: after one failed write the game never tried again, and the notice blamed the wrong cause', () => {
  for (const [cause, error, notice] of [
    ['not allowed', Object.assign(new Error('The operation is insecure.'), { name: 'SecurityError' }), 'storageDenied'],
    ['full', new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'storageFull'],
  ] as const) {
    it(`storage ${cause}: the notice says so; the next change saves everything, the failed change included`, () => {
      const inner = memory();
      let fail = 0;
      const storage: Storage = {
        ...inner,
        set: (k, v) => {
          if (fail > 0) {
            fail--;
            throw error;
          }
          inner.set(k, v);
        },
      };
      const store = make(storage, '?role=village');
      load(store);
      decide(store, 2);
      fail = 1;
      decide(store, 1);
      expect(notices(store)).toEqual([notice]);
      expect(decisionsIn(stored(inner).roles.village.run.actions)).toBe(2);
      decide(store, 1);
      expect(decisionsIn(stored(inner).roles.village.run.actions)).toBe(4);
      // A second failure later says so again, once.
      store.getState().dismissNotice(store.getState().notices[0]!.id);
      fail = 3;
      decide(store, 3);
      expect(notices(store)).toEqual([notice]);
      decide(store, 1);
      expect(stored(inner).roles.village.run.actions).toEqual(actions(store));
    });
  }
});

describe('losses found while proving the fixes', () => {
  it('a bad progress summary no longer costs the week it summarises', () => {
    const acts = playDecisions(village, LEVEL, 5, 'short', 2);
    const storage = memory({ [SAVE_KEY]: JSON.stringify({ version: 2, roles: { village: { completed: 0, run: { levelId: LEVEL.id, seed: 5, route: 'short', actions: acts, progress: { unit: 'week', index: 2.5, total: 'x' }, finished: 1 } } } }) });
    const store = make(storage);
    expect(notices(store)).toEqual([]);
    store.getState().continueRun('village');
    load(store);
    expect(actions(store)).toEqual(acts);
  });

  it('two tabs on two weeks of the same role: the week written over is set aside, not lost', () => {
    const storage = memory();
    const a = make(storage, `?role=village&seed=${seedCode(61)}`);
    const b = make(storage, `?role=village&seed=${seedCode(62)}`);
    load(a);
    load(b);
    decide(a, 4);
    decide(b, 2);
    const title = make(storage);
    const weeks = resumable(title.getState(), ROLES).map((w) => [w.seed, w.which]);
    expect(weeks).toEqual([
      [62, 'current'],
      [61, 0],
    ]);
    title.getState().continueRun('village', 0);
    load(title);
    expect(decisionsIn(actions(title))).toBe(4);
  });

  it('two tabs each finishing a week: both are counted', () => {
    const storage = memory();
    const a = make(storage, '?role=village&route=short');
    const b = make(storage, `?role=village&route=short&seed=${seedCode(5)}`);
    load(a);
    load(b);
    decide(a, 1000);
    decide(b, 1000);
    expect(make(storage).getState().sessions.village?.completed).toBe(2);
  });

  it('a tab opening a new week while another tab plays keeps the new week, and sets the other aside', () => {
    const storage = memory();
    const a = make(storage, `?role=village&seed=${seedCode(71)}`);
    load(a);
    const b = make(storage, `?role=village&seed=${seedCode(72)}`); // its level still loading
    decide(a, 2);
    b.getState().externalChange(); // told of a's week before its own level arrives
    load(b);
    expect(run(b)?.seed).toBe(72);
    decide(b, 1);
    expect(resumable(make(storage).getState(), ROLES).map((w) => [w.seed, w.which])).toEqual([
      [72, 'current'],
      [71, 0],
    ]);
  });
});
