/**
 * Saved data under hostile conditions, through the real store and the real role registry: every
 * kind of damage gives at most one notice and keeps every part that is sound, nothing throws, no
 * prototype is polluted, and two tabs writing at once keep each other's progress.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseParams } from '../../src/core/params';
import { SAVE_KEY, saveKey, type SavedRun, type Storage } from '../../src/core/persist';
import { ROLES } from '../../src/core/registry';
import { isFinished, type Route } from '../../src/core/role';
import { seedCode } from '../../src/core/seed';
import { createAppStore, resumable, type AppStore, type NoticeKey } from '../../src/state/store';
import { memory } from '../fixtures/memory-storage';
import { playDecisions, roleById, shippedLevel } from '../fixtures/shipped';

const LEVELS = Object.fromEntries(ROLES.map((r) => [r.id, shippedLevel(r)]));
const level = (id: string) => LEVELS[id] as (typeof LEVELS)[string] & { id: string };

const make = (storage: Storage | null, search = '') =>
  createAppStore({ registry: ROLES, params: parseParams(search, ROLES), storage, defaultLang: 'en', randomSeed: () => 4242 });

const week = (role: string, seed: number, route: Route, decisions: number, pick = 0): SavedRun => ({
  levelId: level(role).id,
  seed,
  route,
  actions: playDecisions(roleById(role), level(role), seed, route, decisions, pick),
});

/** A sound version-2 record touching every part: language, settings, four roles, the workshop. */
function goodRecord() {
  return {
    version: 2,
    lang: 'zh',
    settings: { reducedMotion: 'on' },
    roles: {
      village: { completed: 2, run: week('village', 42, 'full', 6), shelved: [week('village', 7, 'short', 3), week('village', 9, 'full', 2, 1)] },
      sesame: { completed: 1, run: week('sesame', 5, 'full', 4), shelved: [] },
      firm: { completed: 0, shelved: [] },
      myths: { completed: 3, shelved: [] },
    },
    workshop: {
      groups: [{ name: 'Table 1', role: 'village', levelId: level('village').id, seed: 42, route: 'short', actions: week('village', 42, 'short', 2).actions }],
      check: { statements: ['one-score'], before: { 'one-score': { myth: 3, reality: 4 } }, after: {} },
    },
  };
}
type Rec = ReturnType<typeof goodRecord>;

/** What a player would miss if it were gone: every saved part, as comparable text. */
function kept(store: AppStore): Record<string, unknown> {
  const s = store.getState();
  const w = (x: SavedRun | null | undefined) => (x ? JSON.stringify([x.levelId, x.seed, x.route, x.actions]) : null);
  const out: Record<string, unknown> = { lang: s.lang, motion: s.motion, 'workshop.groups': JSON.stringify(s.workshop.groups), 'workshop.check': JSON.stringify(s.workshop.check) };
  for (const r of ROLES) {
    const x = s.sessions[r.id]!;
    out[`${r.id}.completed`] = x.completed;
    out[`${r.id}.run`] = w(x.saved);
    out[`${r.id}.shelved`] = JSON.stringify(x.shelved.map(w));
  }
  return out;
}

const GOOD = kept(make(memory({ [SAVE_KEY]: JSON.stringify(goodRecord()) })));
const FRESH = kept(make(memory()));

/** The good record's parts, except those lost (a key or a prefix such as "village."), which are as on a fresh start. */
function expected(lost: readonly string[], also: Record<string, unknown> = {}) {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(GOOD)) out[k] = lost.some((l) => k === l || (l.endsWith('.') && k.startsWith(l))) ? FRESH[k] : GOOD[k];
  return { ...out, ...also };
}

const noticeKeys = (store: AppStore) => store.getState().notices.map((n) => n.key);

function notPolluted() {
  for (const proto of [Object.prototype, Array.prototype, Function.prototype]) {
    expect(Object.prototype.hasOwnProperty.call(proto, 'polluted'), 'a prototype was polluted').toBe(false);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}
afterEach(notPolluted);

/** Set a value at a path in a record (`undefined` deletes the field). */
function put(rec: unknown, path: (string | number)[], value: unknown) {
  let o = rec as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) o = o[p] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete o[last];
  else o[last] = value;
}
const edit =
  (path: (string | number)[], value: unknown) =>
  (r: Rec): unknown => {
    put(r, path, value);
    return r;
  };

const FIVE_MB = 'x'.repeat(5 * 1024 * 1024);
/** Keys that would reach a prototype if a reader copied them carelessly. */
const poison = () => JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": {"polluted": "yes"}}');
const poisoned = (path: (string | number)[]) => (r: Rec) => {
  let o = r as unknown as Record<string | number, unknown>;
  for (const p of path) o = o[p] as Record<string | number, unknown>;
  Object.assign(o, poison());
  // Object.assign would run the __proto__ setter: define the key as JSON.parse does, as an own field.
  Object.defineProperty(o, '__proto__', { value: { polluted: 'yes' }, enumerable: true, writable: true, configurable: true });
  return r;
};

interface Case {
  what: string;
  /** The stored text under this version's key, built from the good record. */
  text?: (r: Rec) => unknown;
  /** Or the whole storage, key by key. */
  data?: () => Record<string, string>;
  notice: NoticeKey | null;
  lost?: string[];
  also?: Record<string, unknown>;
}

const cases: Case[] = [
  // Unreadable text.
  { what: 'truncated JSON', text: (r) => JSON.stringify(r).slice(0, 200), notice: 'storageCorrupt', lost: ['lang', 'motion', 'village.', 'sesame.', 'myths.', 'workshop.'] },
  { what: 'an empty value', text: () => '', notice: 'storageCorrupt', lost: ['lang', 'motion', 'village.', 'sesame.', 'myths.', 'workshop.'] },
  { what: 'random bytes', text: () => '\u0000\u00ff\ud800{"', notice: 'storageCorrupt', lost: ['lang', 'motion', 'village.', 'sesame.', 'myths.', 'workshop.'] },
  { what: 'JSON that is not a save (an array)', text: () => '[1,2,3]', notice: 'storageForeign', lost: ['lang', 'motion', 'village.', 'sesame.', 'myths.', 'workshop.'] },
  { what: 'JSON that is not a save (null)', text: () => 'null', notice: 'storageForeign', lost: ['lang', 'motion', 'village.', 'sesame.', 'myths.', 'workshop.'] },
  { what: 'a version that is not a number', text: edit(['version'], 'two'), notice: 'storageForeign', lost: ['lang', 'motion', 'village.', 'sesame.', 'myths.', 'workshop.'] },
  { what: 'a version with no way up (1.5)', text: edit(['version'], 1.5), notice: 'storageCorrupt', lost: ['lang', 'motion', 'village.', 'sesame.', 'myths.', 'workshop.'] },
  { what: 'an empty record', text: () => ({ version: 2 }), notice: null, lost: ['lang', 'motion', 'village.', 'sesame.', 'myths.', 'workshop.'] },
  // Wrong types, part by part: only that part is lost (lang "fr", completed: -1, an unknown action and points of 1.5: see progress-loss.test.ts).
  { what: 'lang of the wrong type', text: edit(['lang'], 5), notice: 'storagePartial', lost: ['lang'] },
  { what: 'settings of the wrong type', text: edit(['settings'], 'fast'), notice: 'storagePartial', lost: ['motion'] },
  { what: 'a motion setting of the wrong kind', text: edit(['settings', 'reducedMotion'], 3), notice: 'storagePartial', lost: ['motion'] },
  { what: 'roles as a list', text: edit(['roles'], []), notice: 'storagePartial', lost: ['village.', 'sesame.', 'myths.'] },
  { what: 'one role as a number', text: edit(['roles', 'village'], 7), notice: 'storagePartial', lost: ['village.'] },
  { what: 'completed: 1.5', text: edit(['roles', 'village', 'completed'], 1.5), notice: 'storagePartial', lost: ['village.completed'] },
  { what: 'completed as text', text: edit(['roles', 'sesame', 'completed'], '1'), notice: 'storagePartial', lost: ['sesame.completed'] },
  { what: 'a run of the wrong type', text: edit(['roles', 'village', 'run'], 'x'), notice: 'runLost', lost: ['village.run'] },
  { what: 'a run with a negative seed', text: edit(['roles', 'village', 'run', 'seed'], -1), notice: 'runLost', lost: ['village.run'] },
  { what: 'a run on an unknown route', text: edit(['roles', 'village', 'run', 'route'], 'long'), notice: 'runLost', lost: ['village.run'] },
  { what: 'a run with actions as an object', text: edit(['roles', 'village', 'run', 'actions'], {}), notice: 'runLost', lost: ['village.run'] },
  // A progress summary is only a summary: the rules work it out again, so the week is kept.
  { what: 'a bad progress summary', text: edit(['roles', 'sesame', 'run', 'progress'], { unit: 'year', index: -1 }), notice: null },
  { what: 'a bad "finished" flag', text: edit(['roles', 'sesame', 'run', 'finished'], 'yes'), notice: null },
  { what: 'set-aside weeks as an object', text: edit(['roles', 'village', 'shelved'], {}), notice: 'storagePartial', lost: ['village.shelved'] },
  {
    what: 'one bad set-aside week among good ones',
    text: edit(['roles', 'village', 'shelved', 0, 'levelId'], ''),
    notice: 'runLost',
    also: { 'village.shelved': JSON.stringify([JSON.parse(GOOD['village.shelved'] as string)[1]]) },
  },
  { what: 'a role this version does not have', text: edit(['roles', 'lottery'], { completed: 9 }), notice: 'storageUnknownRole' },
  { what: 'workshop of the wrong type', text: edit(['workshop'], 5), notice: 'storagePartial', lost: ['workshop.'] },
  { what: 'workshop groups of the wrong type', text: edit(['workshop', 'groups'], 'x'), notice: 'storagePartial', lost: ['workshop.groups'] },
  { what: 'a group with no name', text: edit(['workshop', 'groups', 0, 'name'], ''), notice: 'storagePartial', lost: ['workshop.groups'] },
  { what: 'a check of the wrong type', text: edit(['workshop', 'check'], 'x'), notice: 'storagePartial', lost: ['workshop.check'] },
  // Huge values.
  { what: 'a 5 MB language', text: edit(['lang'], FIVE_MB), notice: 'storagePartial', lost: ['lang'] },
  { what: 'a 5 MB level id', text: edit(['roles', 'village', 'run', 'levelId'], FIVE_MB), notice: 'runLost', lost: ['village.run'] },
  { what: 'a 5 MB field no version knows', text: edit(['junk'], FIVE_MB), notice: null },
  { what: 'a 5 MB role name', text: edit(['roles', FIVE_MB], { completed: 1 }), notice: 'storageUnknownRole' },
  {
    what: 'an action list of 100,000 entries',
    text: edit(['roles', 'village', 'run', 'actions'], Array.from({ length: 100_000 }, () => ({ type: 'begin' }))),
    notice: 'runLost',
    lost: ['village.run'],
  },
  { what: '100,000 set-aside weeks', text: (r) => edit(['roles', 'sesame', 'shelved'], Array.from({ length: 100_000 }, () => r.roles.sesame.run))(r), notice: null, also: { 'sesame.shelved': JSON.stringify(Array.from({ length: 3 }, () => GOOD['sesame.run'])) } },
  { what: 'nesting 100,000 deep', text: (r) => JSON.stringify(r).replace('"junk"', '"x"').replace(/}$/, `,"deep":${'['.repeat(100_000)}${']'.repeat(100_000)}}`), notice: null },
  // Prototype keys at every level: never a polluted prototype; unknown roles and strict parts say so.
  { what: 'prototype keys at the top', text: poisoned([]), notice: null },
  { what: 'prototype keys in settings', text: poisoned(['settings']), notice: null },
  { what: 'prototype keys among roles', text: poisoned(['roles']), notice: 'storageUnknownRole' },
  { what: 'prototype keys in a role', text: poisoned(['roles', 'village']), notice: null },
  { what: 'prototype keys in a run', text: poisoned(['roles', 'village', 'run']), notice: null },
  { what: 'prototype keys in an action', text: poisoned(['roles', 'village', 'run', 'actions', 0]), notice: 'runLost', lost: ['village.run'] },
  { what: 'prototype keys in a set-aside week', text: poisoned(['roles', 'village', 'shelved', 1]), notice: null },
  { what: 'prototype keys in the workshop', text: poisoned(['workshop']), notice: null },
  { what: 'prototype keys in a group', text: poisoned(['workshop', 'groups', 0]), notice: null },
  { what: 'prototype keys in the check', text: poisoned(['workshop', 'check', 'before']), notice: 'storagePartial', lost: ['workshop.check'] },
  // Other versions.
  {
    what: 'an old version (v1)',
    data: () => ({ [saveKey(1)]: JSON.stringify({ version: 1, lang: 'zh', settings: { reducedMotion: 'on' }, progress: { village: { completed: 2, run: { ...week('village', 42, 'full', 6), actions: week('village', 42, 'full', 6).actions.slice(1) } } } }) }),
    notice: null,
    lost: ['sesame.', 'myths.', 'workshop.', 'village.shelved'],
  },
  { what: 'a truncated old version', data: () => ({ [saveKey(1)]: '{"version":1,"lang":"zh","progress":{"vil' }), notice: 'storageCorrupt', lost: ['lang', 'motion', 'village.', 'sesame.', 'myths.', 'workshop.'] },
  { what: 'an old version with a bad field', data: () => ({ [saveKey(1)]: JSON.stringify({ version: 1, lang: 'zh', settings: { reducedMotion: 'on' }, progress: { village: { completed: -4 } } }) }), notice: 'storagePartial', lost: ['village.', 'sesame.', 'myths.', 'workshop.'] },
  { what: 'a newer version only', data: () => ({ [saveKey(3)]: JSON.stringify({ version: 3, whatever: 1 }) }), notice: 'storageNewer', lost: ['lang', 'motion', 'village.', 'sesame.', 'myths.', 'workshop.'] },
  {
    what: 'a newer version beside an old one',
    data: () => ({ [saveKey(3)]: '{"version":3}', [saveKey(1)]: JSON.stringify({ version: 1, lang: 'zh', settings: { reducedMotion: 'on' } }) }),
    notice: 'storageNewer',
    lost: ['village.', 'sesame.', 'myths.', 'workshop.'],
  },
  { what: 'a newer version beside this version’s own', data: () => ({ [saveKey(3)]: '{"version":3}', [SAVE_KEY]: JSON.stringify(goodRecord()) }), notice: null },
];

describe('stored data, damaged in every way, through the store and the real roles', () => {
  it('the good record itself is read whole, with no notice', () => {
    const store = make(memory({ [SAVE_KEY]: JSON.stringify(goodRecord()) }));
    expect(noticeKeys(store)).toEqual([]);
    expect(GOOD).toMatchObject({ lang: 'zh', motion: 'on', 'village.completed': 2, 'myths.completed': 3 });
    expect(JSON.parse(GOOD['village.shelved'] as string)).toHaveLength(2);
    expect(GOOD['sesame.run']).not.toBeNull();
  });

  it.each(cases.map((c) => [c.what, c] as const))('%s: at most one notice, the most that can be kept, never a throw', (_what, c) => {
    const data = c.data ? c.data() : { [SAVE_KEY]: ((t) => (typeof t === 'string' ? t : JSON.stringify(t)))(c.text!(goodRecord())) };
    const before = { ...data };
    const storage = memory(data);
    const store = make(storage);
    expect(noticeKeys(store)).toEqual(c.notice ? [c.notice] : []);
    expect(kept(store)).toEqual(expected(c.lost ?? [], c.also));

    // What was kept is written back (when damage was found), so the next visit has it and no notice.
    const again = make(storage);
    expect(noticeKeys(again)).toEqual(c.notice === 'storageNewer' ? ['storageNewer'] : []);
    expect(kept(again)).toEqual(kept(store));

    // Other versions' keys are never written.
    for (const [k, v] of Object.entries(before)) if (k !== SAVE_KEY) expect(storage.data.get(k), k).toBe(v);

    // And the game goes on: a week played and saved on top.
    const id = c.what.includes('sesame') ? 'village' : 'sesame';
    again.getState().continueRun(id);
    again.getState().levelLoaded(id, { ok: true, level: level(id) });
    const s = again.getState().sessions[id]!;
    const action = roleById(id).advance(s.level, s.run) ?? roleById(id).decision(s.level, s.run)?.options[0]?.action;
    expect(again.getState().act(id, action)).toBe(true);
    const third = make(storage);
    expect(third.getState().sessions[id]?.saved?.actions).toEqual(again.getState().sessions[id]?.actions);
  });
});

/** Storage that fails in one way, over a working memory store. */
function failing(how: { get?: boolean; set?: () => Error | null; keys?: boolean }, initial: Record<string, string> = {}) {
  const inner = memory(initial);
  const calls = { set: 0 };
  const storage: Storage = {
    get: (k) => {
      if (how.get) throw Object.assign(new Error('The operation is insecure.'), { name: 'SecurityError' });
      return inner.get(k);
    },
    set: (k, v) => {
      calls.set++;
      const e = how.set?.();
      if (e) throw e;
      inner.set(k, v);
    },
    remove: (k) => inner.remove(k),
    keys: () => {
      if (how.keys) throw Object.assign(new Error('The operation is insecure.'), { name: 'SecurityError' });
      return inner.keys();
    },
  };
  return { storage, inner, calls };
}
/** A full quota as browsers report it: Chrome and Safari by name, old Firefox by its own name and code 1014, some by code 22 alone. */
const quota = (name: string, code: number) => Object.assign(new Error('The quota has been exceeded.'), { name, code });

describe('storage that fails', () => {
  /** Plays a few steps of the village and changes settings: many writes. */
  function busy(store: AppStore) {
    store.getState().startNew('village', 3);
    store.getState().levelLoaded('village', { ok: true, level: level('village') });
    for (let i = 0; i < 4; i++) {
      const s = store.getState().sessions.village!;
      const a = roleById('village').advance(s.level, s.run) ?? roleById('village').decision(s.level, s.run)?.options[0]?.action;
      expect(store.getState().act('village', a)).toBe(true);
    }
    store.getState().setMotion('off');
    store.getState().setLang('zh');
  }

  it('throws on every read (private browsing): one notice, the game plays, nothing is written over what could not be read', () => {
    const { storage, calls } = failing({ get: true }, { [SAVE_KEY]: JSON.stringify(goodRecord()) });
    const store = make(storage);
    busy(store);
    expect(noticeKeys(store)).toEqual(['storageUnavailable']);
    expect(calls.set).toBe(0);
    expect(store.getState().sessions.village?.actions).toHaveLength(4);
  });

  it('throws on every write (not allowed): one notice that says so, however many changes follow', () => {
    const { storage } = failing({ set: () => Object.assign(new Error('denied'), { name: 'SecurityError' }) }, { [SAVE_KEY]: JSON.stringify(goodRecord()) });
    const store = make(storage);
    expect(kept(store)).toEqual(GOOD);
    busy(store);
    expect(noticeKeys(store)).toEqual(['storageDenied']);
  });

  it('throws on listing keys: nothing was lost, so no notice, and saving works', () => {
    const { storage, inner } = failing({ keys: true });
    const store = make(storage);
    expect(noticeKeys(store)).toEqual([]);
    busy(store);
    expect(noticeKeys(store)).toEqual([]);
    expect(JSON.parse(inner.data.get(SAVE_KEY)!).roles.village.run.actions).toHaveLength(4);
  });

  it('a full quota, as each browser names it: one "full" notice, then everything saved once there is room', () => {
    for (const error of [new DOMException('The quota has been exceeded.', 'QuotaExceededError'), quota('NS_ERROR_DOM_QUOTA_REACHED', 1014), quota('Error', 22)]) {
      let full = true;
      const { storage, inner } = failing({ set: () => (full ? error : null) });
      const store = make(storage);
      busy(store);
      expect(noticeKeys(store), error.name).toEqual(['storageFull']);
      full = false;
      store.getState().setMotion('on');
      const saved = JSON.parse(inner.data.get(SAVE_KEY)!);
      expect(saved).toMatchObject({ lang: 'zh', settings: { reducedMotion: 'on' } });
      expect(saved.roles.village.run.actions).toHaveLength(4);
    }
  });

  it('storage that breaks in the middle of a session: the game goes on and says why once', () => {
    let broken = false;
    const inner = memory();
    const storage: Storage = {
      get: (k) => (broken ? (() => { throw new Error('gone'); })() : inner.get(k)),
      set: (k, v) => (broken ? (() => { throw new Error('gone'); })() : inner.set(k, v)),
      remove: (k) => inner.remove(k),
      keys: () => inner.keys(),
    };
    const store = make(storage);
    store.getState().setLang('zh');
    broken = true;
    busy(store);
    store.getState().externalChange();
    expect(noticeKeys(store)).toEqual(['storageDenied']);
    expect(JSON.parse(inner.data.get(SAVE_KEY)!).lang).toBe('zh');
  });
});

describe('two tabs writing at once', () => {
  /** One step of a role's week through the store (advance, else the decision's option `pick`). */
  function step(store: AppStore, id: string, pick = 0) {
    const s = store.getState().sessions[id]!;
    const r = roleById(id);
    const a = r.advance(s.level, s.run) ?? r.decision(s.level, s.run)?.options[pick % (r.decision(s.level, s.run)?.options.length ?? 1)]?.action;
    expect(store.getState().act(id, a), `${id} refused ${JSON.stringify(a)}`).toBe(true);
  }
  const open = (store: AppStore, id: string, seed: number) => {
    store.getState().startNew(id, seed);
    store.getState().levelLoaded(id, { ok: true, level: level(id) });
  };
  const stored = (s: ReturnType<typeof memory>) => JSON.parse(s.data.get(SAVE_KEY)!);

  for (const events of [false, true]) {
    it(`interleaved, ${events ? 'each told of the other’s writes' : 'neither told (events late)'}: both tabs’ progress where parts differ, the newest where they are the same`, () => {
      const storage = memory();
      const a = make(storage);
      const b = make(storage);
      // The browser tells every other tab of a write (the storage event).
      if (events) {
        a.subscribe(() => queueMicrotask(() => b.getState().externalChange()));
        b.subscribe(() => queueMicrotask(() => a.getState().externalChange()));
      }
      open(a, 'village', 11);
      open(b, 'sesame', 22);
      for (let i = 0; i < 12; i++) {
        step(a, 'village', i);
        step(b, 'sesame', i);
        if (i === 3) a.getState().setLang('zh');
        if (i === 5) b.getState().setMotion('off');
        if (i === 7) a.getState().setMotion('on'); // the same part, later: this one wins
      }
      b.getState().setLang('en'); // the same part as a's lang, later: this one wins
      const data = stored(storage);
      expect(data.roles.village.run.actions).toEqual(a.getState().sessions.village?.actions);
      expect(data.roles.village.run.actions).toHaveLength(12);
      expect(data.roles.sesame.run.actions).toEqual(b.getState().sessions.sesame?.actions);
      expect(data.roles.sesame.run.actions).toHaveLength(12);
      expect(data.settings.reducedMotion).toBe('on');
      expect(data.lang).toBe('en');
      // A third tab (a reload) finds both weeks.
      const c = make(storage);
      expect(noticeKeys(c)).toEqual([]);
      expect(resumable(c.getState(), ROLES).map((w) => [w.role, w.seed])).toEqual([
        ['village', 11],
        ['sesame', 22],
      ]);
    });
  }

  it('two tabs finishing weeks of the same role both count', () => {
    const storage = memory();
    const a = make(storage);
    const b = make(storage);
    open(a, 'myths', 1);
    open(b, 'myths', 2);
    for (const [tab, n] of [[a, 0], [b, 1]] as const) for (let i = 0; i < 400 && !isFinished(roleById('myths'), tab.getState().sessions.myths!.run!); i++) step(tab, 'myths', i + n);
    expect(a.getState().sessions.myths?.completed).toBe(1);
    // b, writing after a, counts a's finished week with its own and takes the sum on.
    expect(b.getState().sessions.myths?.completed).toBe(2);
    expect(stored(storage).roles.myths.completed).toBe(2);
    expect(make(storage).getState().sessions.myths?.completed).toBe(2);
  });

  it('two tabs playing different weeks of the same role: the newest is current, the other set aside, neither lost', () => {
    const storage = memory();
    const a = make(storage);
    const b = make(storage);
    open(a, 'village', 31);
    open(b, 'village', 32);
    for (let i = 0; i < 5; i++) step(a, 'village', i);
    for (let i = 0; i < 3; i++) step(b, 'village', i);
    a.getState().externalChange();
    b.getState().externalChange();
    const c = make(storage);
    expect(resumable(c.getState(), ROLES).map((w) => [w.seed, w.which])).toEqual([
      [32, 'current'],
      [31, 0],
    ]);
    expect(c.getState().sessions.village?.shelved[0]?.actions).toHaveLength(5);
  });

  it('a link in a second tab while the first plays: nothing overwritten, the first week set aside', () => {
    const storage = memory();
    const a = make(storage);
    open(a, 'village', 41);
    for (let i = 0; i < 4; i++) step(a, 'village', i);
    const b = make(storage, `?role=village&seed=${seedCode(42)}`);
    b.getState().levelLoaded('village', { ok: true, level: level('village') });
    step(b, 'village');
    a.getState().externalChange();
    const c = make(storage);
    expect(resumable(c.getState(), ROLES).map((w) => [w.seed, w.which])).toEqual([
      [42, 'current'],
      [41, 0],
    ]);
  });
});
