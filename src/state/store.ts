/**
 * The one store: the single source of truth for the session. Scenes and the interface read it
 * and call its actions; the rules themselves live in src/core.
 */
import { createStore } from 'zustand/vanilla';
import type { LaunchParams, Mode } from '../core/params';
import { readSave, writeSave, SAVE_KEY, type LoadNotice, type SaveData } from '../core/persist';
import type { Lang, VillageLevel } from '../core/schema';
import { createRun, replay, step, type Route, type VillageAction, type VillageRun } from '../core/village/rules';

export type Screen = 'title' | 'roles' | 'village' | 'credits';
export type NoticeKey =
  | 'storageCorrupt'
  | 'storageForeign'
  | 'storageNewer'
  | 'storageUnavailable'
  | 'runLost'
  | 'codeError';

export interface Notice {
  id: number;
  key: NoticeKey;
  detail?: string[];
}

export interface Announcement {
  key: string;
  params: Record<string, string | number>;
  seq: number;
}

export interface Storage {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export type MotionSetting = 'system' | 'on' | 'off';

export interface VillageSession {
  level: VillageLevel | null;
  levelErrors: string[] | null;
  run: VillageRun | null;
  actions: VillageAction[];
  /** The intro card is shown before day 1 of a new run. */
  view: 'intro' | 'play';
  completed: number;
}

export interface AppState {
  screen: Screen;
  lang: Lang;
  mode: Mode;
  route: Route;
  /** A seed asked for in the URL, used by the first run only. */
  requestedSeed: number | null;
  motion: MotionSetting;
  village: VillageSession;
  notices: Notice[];
  announcement: Announcement | null;
  /** A saved run waiting to be continued, restored once the level is loaded. */
  pendingRun: NonNullable<SaveData['progress']['village']['run']> | null;

  setLang(lang: Lang): void;
  go(screen: Screen): void;
  setMotion(motion: MotionSetting): void;
  notify(key: NoticeKey, detail?: string[]): void;
  dismissNotice(id: number): void;
  announce(key: string, params?: Record<string, string | number>): void;
  /** The village level arrived (or failed to): restore a saved run if there is one. */
  villageLevelLoaded(result: { ok: true; level: VillageLevel } | { ok: false; errors: string[] }): void;
  /** Open the village role: continue an unfinished week, or start a new one after a finished week. */
  openVillage(): void;
  startVillage(seed?: number): void;
  beginVillageDay(): void;
  villageAct(action: VillageAction): boolean;
}

export interface StoreDeps {
  params: LaunchParams;
  storage: Storage;
  defaultLang: Lang;
  randomSeed: () => number;
}

function keepSaved(run: SaveData['progress']['village']['run'], params: LaunchParams) {
  if (!run) return null;
  if (params.seed !== undefined && params.seed !== run.seed) return null;
  if (params.route !== undefined && params.route !== run.route) return null;
  return run;
}

export function createAppStore({ params, storage, defaultLang, randomSeed }: StoreDeps) {
  let raw: string | null = null;
  let storageBroken = false;
  try {
    raw = storage.get(SAVE_KEY);
  } catch {
    storageBroken = true;
  }
  const loaded = readSave(raw);
  const save = loaded.save;
  const noticeFor: Record<LoadNotice, NoticeKey> = { corrupt: 'storageCorrupt', foreign: 'storageForeign', newer: 'storageNewer' };
  // A saved week the URL set aside stays in storage until a new week actually starts.
  let shelved = save.progress.village.run;
  let nextNotice = 1;
  const initialNotices: Notice[] = [];
  if (loaded.notice) initialNotices.push({ id: nextNotice++, key: noticeFor[loaded.notice] });
  if (storageBroken) initialNotices.push({ id: nextNotice++, key: 'storageUnavailable' });

  const store = createStore<AppState>()((set, get) => ({
    screen: params.role === 'village' ? 'village' : 'title',
    lang: params.lang ?? save.lang ?? defaultLang,
    mode: params.mode,
    route: params.route ?? 'full',
    requestedSeed: params.seed ?? null,
    motion: save.settings.reducedMotion,
    village: { level: null, levelErrors: null, run: null, actions: [], view: 'intro', completed: save.progress.village.completed },
    notices: initialNotices,
    announcement: null,
    // A URL that asks for a specific week (a seed, or another route) wins over a saved one;
    // otherwise, e.g. reloading ?role=village, the saved week goes on.
    pendingRun: keepSaved(save.progress.village.run, params),

    setLang: (lang) => set({ lang }),
    go: (screen) => set({ screen }),
    setMotion: (motion) => set({ motion }),
    notify: (key, detail) => set((s) => ({ notices: [...s.notices, { id: nextNotice++, key, detail }] })),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
    announce: (key, params = {}) => set((s) => ({ announcement: { key, params, seq: (s.announcement?.seq ?? 0) + 1 } })),

    villageLevelLoaded: (result) => {
      if (!result.ok) {
        // The village screen shows these in place of the role; nothing half-loaded is ever shown.
        set((s) => ({ village: { ...s.village, level: null, levelErrors: result.errors } }));
        return;
      }
      const level = result.level;
      const pending = get().pendingRun;
      set((s) => ({ village: { ...s.village, level, levelErrors: null }, pendingRun: null }));
      if (pending) {
        shelved = undefined;
        const restored = pending.levelId === level.id ? replay(level, pending.seed, pending.route, pending.actions) : null;
        if (restored?.ok) {
          set((s) => ({ route: pending.route, village: { ...s.village, run: restored.run, actions: pending.actions.slice(), view: 'play' } }));
        } else {
          get().notify('runLost');
        }
      }
    },

    openVillage: () => {
      const { village } = get();
      if (village.run?.phase === 'debrief') set({ village: { ...village, run: null, actions: [] } });
      set({ screen: 'village' });
    },

    startVillage: (seed) => {
      const { village, requestedSeed, route } = get();
      if (!village.level) return;
      const chosen = seed ?? requestedSeed ?? randomSeed();
      shelved = undefined;
      set({
        requestedSeed: null,
        village: { ...village, run: createRun(village.level, chosen, route), actions: [], view: 'intro' },
      });
    },

    beginVillageDay: () => set((s) => ({ village: { ...s.village, view: 'play' } })),

    villageAct: (action) => {
      const { village } = get();
      if (!village.level || !village.run) return false;
      const result = step(village.level, village.run, action);
      if (!result.ok) return false;
      const finished = result.run.phase === 'debrief' && village.run.phase !== 'debrief';
      set({
        village: {
          ...village,
          run: result.run,
          actions: [...village.actions, action],
          completed: village.completed + (finished ? 1 : 0),
        },
      });
      return true;
    },
  }));

  // Persist settings and progress whenever they change.
  const toSave = (s: AppState): SaveData => ({
    version: 1,
    lang: s.lang,
    settings: { reducedMotion: s.motion },
    progress: {
      village: {
        completed: s.village.completed,
        run:
          s.village.run && s.village.level && s.village.run.phase !== 'debrief'
            ? { levelId: s.village.level.id, seed: s.village.run.seed, route: s.village.run.route, actions: s.village.actions }
            : s.village.run
              ? undefined
              : (s.pendingRun ?? shelved),
      },
    },
  });
  // Written on change only, so opening the game never overwrites a saved week; unreadable data
  // is replaced at once, so its notice shows only once.
  let last = loaded.notice ? '' : writeSave(toSave(store.getState()));
  const persist = (s: AppState) => {
    const text = writeSave(toSave(s));
    if (text === last || storageBroken) return;
    last = text;
    try {
      storage.set(SAVE_KEY, text);
    } catch {
      storageBroken = true;
      store.getState().notify('storageUnavailable');
    }
  };
  store.subscribe(persist);
  if (loaded.notice) persist(store.getState());
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;
