/**
 * The one store: the single source of truth for the session. Scenes and the interface read it
 * and call its actions; the rules live in src/core and are reached through the role registry, so
 * nothing here knows any one role.
 */
import { createStore } from 'zustand/vanilla';
import type { Lang } from '../core/content';
import type { LaunchParams, Mode, Page } from '../core/params';
import {
  emptyRoleSave,
  emptySave,
  MAX_GROUPS,
  MAX_SHELVED,
  readStored,
  Saver,
  shelfOf,
  type Incoming,
  type LoadNotice,
  type MotionSetting,
  type RoleSave,
  type SavedRun,
  type SaveData,
  type Storage,
  type GroupSave,
  type WorkshopSave,
  type WriteProblem,
} from '../core/persist';
import { findRole, type Registry } from '../core/registry';
import { emptyCheck, type Counts, type Group, type Tally } from '../core/workshop';
import { isFinished, replay, type AnyRole, type BaseAction, type BaseLevel, type BaseRun, type Progress, type Route } from '../core/role';

export type { MotionSetting, Storage };

export type Screen = { name: 'title' } | { name: Page } | { name: 'role'; role: string } | { name: 'attract' } | { name: 'kiosk' };

export type NoticeKey =
  | 'storageCorrupt'
  | 'storageForeign'
  | 'storageNewer'
  | 'storagePartial'
  | 'storageUnknownRole'
  | 'storageUnavailable'
  | 'storageFull'
  | 'storageDenied'
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

/** What to do with a role once its level has arrived. */
export type Opening = { kind: 'new'; seed?: number } | { kind: 'continue'; run: SavedRun };

export interface RoleSession {
  level: BaseLevel | null;
  levelErrors: string[] | null;
  run: BaseRun | null;
  actions: BaseAction[];
  completed: number;
  /** The saved week not yet opened in this session (the run, once opened, supersedes it). */
  saved: SavedRun | null;
  /** Weeks a link set aside, newest first. */
  shelved: SavedRun[];
  opening: Opening | null;
}

/** A week that can be continued, for "Continue (day 2 of 5)". */
export interface Resumable {
  role: string;
  progress: Progress | null;
  seed: number;
  /** 'current' or the index in the role's set-aside weeks. */
  which: 'current' | number;
}

export type LevelLoad = { ok: true; level: BaseLevel } | { ok: false; errors: string[] };

export interface AppState {
  screen: Screen;
  lang: Lang;
  mode: Mode;
  /** The route new runs take. */
  route: Route;
  /** A seed asked for in the URL, used by the next new run only. */
  requestedSeed: number | null;
  motion: MotionSetting;
  sessions: Record<string, RoleSession>;
  notices: Notice[];
  announcement: Announcement | null;
  /** Something unexpected broke: the error screen shows instead of the game. */
  crashed: { message: string } | null;
  /** A facilitator's tools: room votes (this session only), groups and the before-and-after check (saved). */
  workshop: WorkshopState;

  setLang(lang: Lang): void;
  go(screen: Screen): void;
  setMotion(motion: MotionSetting): void;
  notify(key: NoticeKey, detail?: string[]): void;
  dismissNotice(id: number): void;
  announce(key: string, params?: Record<string, string | number>): void;
  /** A role's level arrived (or failed to): carry out the opening that waited for it. */
  levelLoaded(role: string, result: LevelLoad): void;
  /** Open a role on a new week (a seed code from the player, else the URL's, else a random one). */
  startNew(role: string, seed?: number): void;
  /** Open a role on a saved week: its current one, or one a link set aside. */
  continueRun(role: string, which?: 'current' | number): void;
  /** The player did something in a role; false when the rules refuse it. */
  act<A extends BaseAction>(role: string, action: A): boolean;
  /** Everything back to how a fresh visit starts, saved progress included (the kiosk calls it between visitors). */
  resetAll(): void;
  /** Another tab changed the saved data: adopt its changes. */
  externalChange(): void;
  /** Something unexpected broke; what was saved stays saved. */
  crash(message: string): void;
  /** Hand counts for the decision waiting in a role (keyed by role and decision id). */
  setVote(role: string, decision: string, tally: Tally): void;
  /** Keep the role's week as a group's, for the comparison board. */
  saveGroup(role: string, name: string): boolean;
  addGroup(group: Group): void;
  removeGroup(index: number): void;
  /** Begin a before-and-after check with these statements (ids from the myths level). */
  startCheck(statements: readonly string[]): void;
  setCheck(stage: 'before' | 'after', statement: string, counts: Counts): void;
  clearCheck(): void;
}

export interface WorkshopState extends WorkshopSave {
  votes: Record<string, Tally>;
}

export interface StoreDeps {
  registry: Registry;
  params: LaunchParams;
  /** null: nothing is ever read or written (kiosk mode). */
  storage: Storage | null;
  defaultLang: Lang;
  randomSeed: () => number;
  /**
   * The interface's strings, fetched one language at a time: a language becomes the game's only once
   * its strings are here, so no screen ever shows a half-switched or untranslated interface. Without
   * it (tests), every language is taken to be loaded.
   */
  strings?: { has(lang: Lang): boolean; load(lang: Lang): Promise<unknown> };
}

const emptySession = (r: RoleSave = emptyRoleSave()): RoleSession => ({
  level: null,
  levelErrors: null,
  run: null,
  actions: [],
  completed: r.completed,
  saved: r.run ?? null,
  shelved: r.shelved.slice(),
  opening: null,
});

const LOAD_NOTICE: Record<LoadNotice, NoticeKey> = {
  newer: 'storageNewer',
  corrupt: 'storageCorrupt',
  foreign: 'storageForeign',
  unknownRole: 'storageUnknownRole',
  runLost: 'runLost',
  partial: 'storagePartial',
};
/** One notice per load: the one that matters most. */
const NOTICE_ORDER: LoadNotice[] = ['newer', 'corrupt', 'foreign', 'unknownRole', 'runLost', 'partial'];

export function sameWeek(a: { seed: number; route: Route }, b: { seed: number; route: Route }) {
  return a.seed === b.seed && a.route === b.route;
}

export function createAppStore({ registry, params, storage, defaultLang, randomSeed, strings }: StoreDeps) {
  const role = (id: string): AnyRole => {
    const r = findRole(registry, id);
    if (!r) throw new Error(`no role "${id}"`);
    return r;
  };

  let stored: ReturnType<typeof readStored> = { save: emptySave(registry), notices: [], text: null };
  let readFailed = false;
  if (storage) {
    try {
      stored = readStored(registry, storage);
    } catch {
      readFailed = true;
    }
  }
  const saver = storage && !readFailed ? new Saver(registry, storage, stored) : null;
  let nextNotice = 1;

  /** The state a visit starts in, from saved data and (for the first visit of a page load) the URL. */
  const initial = (save: SaveData, loadNotices: readonly LoadNotice[], fromUrl: boolean) => {
    const sessions: Record<string, RoleSession> = {};
    for (const r of registry) sessions[r.id] = emptySession(save.roles[r.id]);
    const notices: Notice[] = [];
    const first = NOTICE_ORDER.find((n) => loadNotices.includes(n));
    if (first) notices.push({ id: nextNotice++, key: LOAD_NOTICE[first] });
    // A kiosk rests on its attract loop; a class starts on the title.
    let screen: Screen = params.mode === 'kiosk' ? { name: 'attract' } : { name: 'title' };
    let requestedSeed = fromUrl ? (params.seed ?? null) : null;
    if (!fromUrl) {
      // A reset: the title, no week waiting.
    } else if (params.role) {
      screen = { name: 'role', role: params.role };
      const s = sessions[params.role] as RoleSession;
      const saved = s.saved;
      const wanted = { seed: params.seed ?? saved?.seed ?? 0, route: params.route ?? saved?.route ?? 'full' };
      if (saved && sameWeek(saved, wanted)) {
        s.opening = { kind: 'continue', run: saved };
      } else {
        // A link to another week: the saved one is set aside, never lost.
        if (saved && !saved.finished) s.shelved = [saved, ...s.shelved].slice(0, MAX_SHELVED);
        s.saved = null;
        s.opening = { kind: 'new', seed: params.seed };
      }
      requestedSeed = null;
    } else if (params.page) {
      screen = { name: params.page };
    }
    return {
      screen,
      lang: (fromUrl ? params.lang : undefined) ?? save.lang ?? defaultLang,
      mode: params.mode,
      // A kiosk visit is two or three minutes: every role takes its short route.
      route: params.mode === 'kiosk' ? 'short' : (params.route ?? 'full'),
      requestedSeed,
      motion: save.settings.reducedMotion,
      sessions,
      notices,
      announcement: null,
      crashed: null,
      workshop: { ...save.workshop, votes: {} },
    };
  };

  const store = createStore<AppState>()((set, get) => {
    const patch = (id: string, change: Partial<RoleSession>) =>
      set((s) => ({ sessions: { ...s.sessions, [id]: { ...(s.sessions[id] as RoleSession), ...change } } }));

    /** Carry out an opening now that the level is here. */
    const open = (id: string, opening: Opening) => {
      const s = get().sessions[id] as RoleSession;
      const r = role(id);
      const level = s.level;
      if (!level) {
        patch(id, { opening });
        return;
      }
      if (opening.kind === 'continue') {
        const saved = opening.run;
        const restored = saved.levelId === level.id ? replay(r, level, saved.seed, saved.route, saved.actions as BaseAction[]) : null;
        if (restored?.ok) {
          patch(id, {
            run: restored.run,
            actions: saved.actions.slice() as BaseAction[],
            saved: null,
            shelved: s.shelved.filter((x) => x !== saved),
            opening: null,
          });
          return;
        }
        get().notify('runLost');
        patch(id, { saved: null, shelved: s.shelved.filter((x) => x !== saved) });
        open(id, { kind: 'new' });
        return;
      }
      const seed = opening.seed ?? get().requestedSeed ?? randomSeed();
      set({ requestedSeed: null });
      patch(id, { run: r.create(level, seed, get().route), actions: [], saved: null, opening: null });
    };

    const first = initial(stored.save, stored.notices, true);
    if (readFailed) first.notices.push({ id: nextNotice++, key: 'storageUnavailable' });
    /** A saved week from an older version has no progress summary: the rules work it out once the level is here. */
    const summarise = (id: string) => {
      const s = get().sessions[id] as RoleSession;
      const r = role(id);
      const fill = (w: SavedRun): SavedRun => {
        if (w.progress || !s.level || w.levelId !== s.level.id) return w;
        const replayed = replay(r, s.level, w.seed, w.route, w.actions as BaseAction[]);
        return replayed.ok ? { ...w, progress: r.progress(s.level, replayed.run), ...(isFinished(r, replayed.run) ? { finished: true } : {}) } : w;
      };
      const saved = s.saved ? fill(s.saved) : null;
      const shelved = s.shelved.map(fill);
      if (saved !== s.saved || shelved.some((w, i) => w !== s.shelved[i])) patch(id, { saved, shelved });
    };

    return {
      ...first,

      setLang: (lang) => switchLang(lang),
      go: (screen) => {
        set({ screen });
        // Arriving at a role some other way (Back, a reload): carry on where it was.
        if (screen.name === 'role') {
          const s = get().sessions[screen.role];
          if (s && !s.run && !s.opening) open(screen.role, s.saved ? { kind: 'continue', run: s.saved } : { kind: 'new' });
        }
      },
      setMotion: (motion) => set({ motion }),
      notify: (key, detail) =>
        set((s) => (s.notices.some((n) => n.key === key && !detail) ? s : { notices: [...s.notices, { id: nextNotice++, key, detail }] })),
      dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
      announce: (key, p = {}) => set((s) => ({ announcement: { key, params: p, seq: (s.announcement?.seq ?? 0) + 1 } })),

      levelLoaded: (id, result) => {
        if (!result.ok) {
          // The role's screen shows these in place of the role; nothing half-loaded is ever shown.
          patch(id, { level: null, levelErrors: result.errors });
          return;
        }
        patch(id, { level: result.level, levelErrors: null });
        const s = get().sessions[id] as RoleSession;
        if (s.opening) open(id, s.opening);
        else summarise(id);
      },

      startNew: (id, seed) => {
        set({ screen: { name: 'role', role: id } });
        open(id, { kind: 'new', seed });
      },

      continueRun: (id, which = 'current') => {
        const s = get().sessions[id] as RoleSession;
        set({ screen: { name: 'role', role: id } });
        if (which === 'current') {
          if (s.run) return;
          if (s.saved) open(id, { kind: 'continue', run: s.saved });
          else open(id, { kind: 'new' });
          return;
        }
        const shelf = s.shelved[which];
        if (!shelf) return;
        // The week now open goes on the shelf in its place, so nothing is lost either way.
        const current = currentSaved(id);
        patch(id, {
          run: null,
          actions: [],
          saved: null,
          shelved: [...(current && !current.finished ? [current] : []), ...s.shelved.filter((x) => x !== shelf)].slice(0, MAX_SHELVED),
        });
        open(id, { kind: 'continue', run: shelf });
      },

      act: (id, action) => {
        const s = get().sessions[id];
        if (!s?.level || !s.run) return false;
        const r = role(id);
        const result = r.step(s.level, s.run, action);
        if (!result.ok) return false;
        const finished = isFinished(r, result.run) && !isFinished(r, s.run);
        patch(id, { run: result.run, actions: [...s.actions, action], completed: s.completed + (finished ? 1 : 0) });
        return true;
      },

      resetAll: () => {
        // Levels are loaded again (from the interface's cache) when a role next opens. The language
        // goes back to the default as any switch does: once its strings are here.
        const fresh = initial(emptySave(registry), [], false);
        set({ ...fresh, lang: get().lang });
        switchLang(fresh.lang);
      },

      crash: (message) => {
        if (!get().crashed) set({ crashed: { message: message.slice(0, 300) } });
      },

      setVote: (role, decision, tally) =>
        set((s) => ({ workshop: { ...s.workshop, votes: { ...s.workshop.votes, [`${role}|${decision}`]: tally } } })),

      saveGroup: (id, name) => {
        const s = get().sessions[id];
        if (!s?.level || !s.run || !name.trim()) return false;
        const group: Group = { name: name.trim().slice(0, 40), role: id, levelId: s.level.id, seed: s.run.seed, route: s.run.route, actions: s.actions.slice() };
        set((st) => ({ workshop: { ...st.workshop, groups: [...st.workshop.groups, group].slice(-MAX_GROUPS) } }));
        return true;
      },
      addGroup: (group) => set((s) => ({ workshop: { ...s.workshop, groups: [...s.workshop.groups, group].slice(-MAX_GROUPS) } })),
      removeGroup: (index) => set((s) => ({ workshop: { ...s.workshop, groups: s.workshop.groups.filter((_, i) => i !== index) } })),
      startCheck: (statements) => set((s) => ({ workshop: { ...s.workshop, check: emptyCheck(statements) } })),
      setCheck: (stage, statement, counts) =>
        set((s) => {
          const check = s.workshop.check;
          if (!check || !check.statements.includes(statement)) return s;
          return { workshop: { ...s.workshop, check: { ...check, [stage]: { ...check[stage], [statement]: counts } } } };
        }),
      clearCheck: () => set((s) => ({ workshop: { ...s.workshop, check: null } })),

      externalChange: () => {
        const incoming = saver?.external();
        if (incoming) adopt(incoming);
      },
    };
  });

  /** The last language asked for: a slower fetch for an earlier choice never wins over it. */
  let wantedLang: Lang | null = null;
  function switchLang(lang: Lang) {
    wantedLang = lang;
    if (!strings || strings.has(lang)) {
      store.setState({ lang });
      return;
    }
    strings.load(lang).then(
      () => wantedLang === lang && store.setState({ lang }),
      () => wantedLang === lang && store.getState().notify('codeError'),
    );
  }

  /** Take on what another tab saved: settings, counts, and a week it moved on. */
  function adopt({ save, changed }: Incoming) {
    const { getState, setState } = store;
    for (const part of changed) {
      if (part === 'lang' && save.lang) switchLang(save.lang);
      else if (part === 'settings') setState({ motion: save.settings.reducedMotion });
      else if (part === 'workshop') setState({ workshop: { ...getState().workshop, ...save.workshop } });
      else if (part.startsWith('role:')) {
        const id = part.slice(5);
        const s = getState().sessions[id];
        const r = save.roles[id];
        if (!s || !r) continue;
        const mine = currentSaved(id);
        const moved = JSON.stringify(mine) !== JSON.stringify(r.run ?? null);
        const next: RoleSession = { ...s, completed: r.completed, shelved: r.shelved.slice() };
        // Another tab moved this role's week on: follow it rather than write an older copy over it,
        // and keep this tab's own week aside when it is another one (or went its own way).
        if (moved && s.opening?.kind === 'new') {
          // Unless this tab is about to start a new week (a link, "New week"): then the other week waits aside.
          next.shelved = shelfOf(null, [...(r.run ? [r.run] : []), ...r.shelved]);
        } else if (moved) {
          if (mine) next.shelved = shelfOf(r.run, [mine, ...r.shelved]);
          Object.assign(next, { run: null, actions: [], saved: r.run ?? null, opening: r.run && (s.run || s.opening) ? { kind: 'continue', run: r.run } : null });
        }
        setState({ sessions: { ...getState().sessions, [id]: next } });
        if (next.opening && next.level) getState().levelLoaded(id, { ok: true, level: next.level });
      }
    }
  }

  /** A role's current week as it would be saved. */
  function currentSaved(id: string): SavedRun | null {
    const s = store.getState().sessions[id];
    if (!s) return null;
    if (s.run && s.level) {
      const r = role(id);
      return {
        levelId: s.level.id,
        seed: s.run.seed,
        route: s.run.route,
        actions: s.actions,
        progress: r.progress(s.level, s.run),
        ...(isFinished(r, s.run) ? { finished: true } : {}),
      };
    }
    return s.saved;
  }

  const toSave = (s: AppState): SaveData => {
    const roles: Record<string, RoleSave> = {};
    for (const r of registry) {
      const session = s.sessions[r.id];
      if (!session) continue;
      const run = currentSaved(r.id);
      roles[r.id] = { completed: session.completed, ...(run ? { run } : {}), shelved: session.shelved };
    }
    return { lang: s.lang, settings: { reducedMotion: s.motion }, roles, workshop: { groups: s.workshop.groups as GroupSave[], check: s.workshop.check } };
  };

  if (saver) {
    let failing: WriteProblem | null = null;
    const persist = (s: AppState, replace = false) => {
      const { problem, merged } = saver.write(toSave(s), replace);
      // A failed write is tried again on the next change; the notice says what happened, once.
      if (problem && problem !== failing) store.getState().notify(problem === 'full' ? 'storageFull' : 'storageDenied');
      failing = problem;
      if (merged) adopt(merged);
    };
    store.subscribe((s, prev) => {
      if (s.sessions !== prev.sessions || s.lang !== prev.lang || s.motion !== prev.motion || s.workshop.groups !== prev.workshop.groups || s.workshop.check !== prev.workshop.check) persist(s);
    });
    // Data that could not be read is replaced at once, so its notice shows only once.
    if (stored.notices.some((n) => n !== 'newer')) persist(store.getState(), true);
  }
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;

/** Every week that can be continued, for the title and the role cards: current weeks first. */
export function resumable(state: Pick<AppState, 'sessions'>, registry: Registry): Resumable[] {
  const out: Resumable[] = [];
  for (const r of registry) {
    const s = state.sessions[r.id];
    if (!s) continue;
    if (s.run && s.level && !isFinished(r, s.run)) out.push({ role: r.id, progress: r.progress(s.level, s.run), seed: s.run.seed, which: 'current' });
    else if (!s.run && s.saved && !s.saved.finished) out.push({ role: r.id, progress: s.saved.progress ?? null, seed: s.saved.seed, which: 'current' });
    s.shelved.forEach((w, i) => out.push({ role: r.id, progress: w.progress ?? null, seed: w.seed, which: i }));
  }
  return out;
}
