/**
 * Saved data: settings and progress per role, read part by part so one bad field costs only that
 * part, written part by part so two tabs never overwrite each other's progress.
 *
 * Each save version has its own key (scored.save.v2, …). A build never writes another version's
 * key, so going back to an older build and forward again loses nothing; v1 data is migrated.
 */
import { z } from 'zod/mini';
import { LANGS, once, type Lang } from './content';
import { findRole, type Registry } from './registry';
import { ROUTES, type BaseAction, type Progress, type Route } from './role';
import { MAX_SEED } from './rng';
import { SAVE_KEY, SAVE_VERSION, saveKey } from './save-key';

export { SAVE_KEY, SAVE_VERSION, saveKey } from './save-key';
/** No run needs this many actions; a longer list is damage, not progress. */
export const MAX_ACTIONS = 2000;
/** Weeks a link set aside, kept per role so they can be continued later (newest first). */
export const MAX_SHELVED = 3;

export type MotionSetting = 'system' | 'on' | 'off';

export interface SavedRun {
  levelId: string;
  seed: number;
  route: Route;
  actions: unknown[];
  /** Where the run stood when saved, from the rules: the title shows it without loading the level. */
  progress?: Progress;
  finished?: boolean;
}

export interface RoleSave {
  completed: number;
  run?: SavedRun;
  shelved: SavedRun[];
}

export interface SaveData {
  lang?: Lang;
  settings: { reducedMotion: MotionSetting };
  roles: Record<string, RoleSave>;
  /** A facilitator's groups and before-and-after check (workshop mode). */
  workshop: WorkshopSave;
}

export interface GroupSave {
  name: string;
  role: string;
  levelId: string;
  seed: number;
  route: Route;
  /** Checked against the role's action schema when read. */
  actions: BaseAction[];
}

export interface WorkshopSave {
  groups: GroupSave[];
  check: { statements: string[]; before: Record<string, { myth: number; reality: number }>; after: Record<string, { myth: number; reality: number }> } | null;
}

export const MAX_GROUPS = 12;

export type LoadNotice = 'corrupt' | 'foreign' | 'newer' | 'partial' | 'unknownRole' | 'runLost';

export const emptyRoleSave = (): RoleSave => ({ completed: 0, shelved: [] });
/** Nothing saved yet: default settings and an empty record for every role. */
export const emptyWorkshop = (): WorkshopSave => ({ groups: [], check: null });
export const emptySave = (registry: Registry = []): SaveData => ({
  settings: { reducedMotion: 'system' },
  roles: Object.fromEntries(registry.map((r) => [r.id, emptyRoleSave()])),
  workshop: emptyWorkshop(),
});

/** A whole number from 0 to max. */
const count = (max: number) => z.number().check(z.int(), z.gte(0), z.lte(max));

/** The save's parts, as schemas built the first time a save is read (see once in content.ts). */
const parts = once(() => {
  const Key = z.string().check(z.maxLength(60));
  const Counts = z.strictObject({ myth: count(100_000), reality: count(100_000) });
  return {
    CheckSchema: z.nullable(z.strictObject({ statements: z.array(Key).check(z.maxLength(12)), before: z.record(Key, Counts), after: z.record(Key, Counts) })),
    ProgressSchema: z.strictObject({ unit: z.enum(['day', 'quarter', 'statement', 'round']), index: count(1000), total: count(1000) }),
    SavedRunBase: z.object({
      levelId: z.string().check(z.minLength(1), z.maxLength(80)),
      seed: count(MAX_SEED),
      route: z.enum(ROUTES),
      actions: z.array(z.unknown()).check(z.maxLength(MAX_ACTIONS)),
      // A summary only (the rules work it out again once the level is here): a bad one costs nothing.
      progress: z.optional(z.unknown()),
      finished: z.optional(z.unknown()),
    }),
    Motion: z.enum(['system', 'on', 'off']),
    Completed: count(1_000_000),
  };
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Record<string, unknown>, k: string) => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);

/** Step-by-step upgrades: migrations[n] turns a version-n record into version n+1. */
export type Migrations = Record<number, (old: Record<string, unknown>) => Record<string, unknown>>;

export const MIGRATIONS: Migrations = {
  // v1 held one role; its intro was not yet a phase of the run, so a started week gains a "begin".
  1: (old) => {
    const progress = isRecord(own(old, 'progress')) ? (own(old, 'progress') as Record<string, unknown>) : {};
    const village = isRecord(own(progress, 'village')) ? (own(progress, 'village') as Record<string, unknown>) : {};
    const run = own(village, 'run');
    const roles: Record<string, unknown> = {
      village: {
        completed: own(village, 'completed') ?? 0,
        ...(isRecord(run)
          ? { run: { ...run, actions: Array.isArray(run.actions) && run.actions.length ? [{ type: 'begin' }, ...run.actions] : (run.actions ?? []) } }
          : {}),
        shelved: [],
      },
    };
    return { version: 2, lang: own(old, 'lang'), settings: own(old, 'settings'), roles };
  },
};

/** Upgrade a record version by version; null when a step is missing. */
export function migrate(raw: Record<string, unknown>, migrations: Migrations = MIGRATIONS, target = SAVE_VERSION): Record<string, unknown> | null {
  let data = raw;
  let v = typeof data.version === 'number' ? data.version : NaN;
  while (v < target) {
    const up = migrations[v];
    if (!up) return null;
    data = up(data);
    v = data.version as number;
  }
  return data;
}

function readRun(registry: Registry, roleId: string, raw: unknown): SavedRun | null {
  const base = parts().SavedRunBase.safeParse(raw);
  if (!base.success) return null;
  const role = findRole(registry, roleId);
  if (!role) return null;
  const actions = z.array(role.actionSchema).safeParse(base.data.actions);
  if (!actions.success) return null;
  const run: SavedRun = { levelId: base.data.levelId, seed: base.data.seed, route: base.data.route, actions: actions.data };
  const progress = parts().ProgressSchema.safeParse(base.data.progress);
  const finished = base.data.finished === undefined || typeof base.data.finished === 'boolean';
  // Both or neither: a week with no summary is summarised again by the rules, "finished" included.
  if (progress.success && finished) {
    run.progress = progress.data;
    if (base.data.finished) run.finished = true;
  }
  return run;
}

/** True when week `a` holds all of week `b`: the same week, with b's actions the start of a's. */
export function holds(a: SavedRun | null | undefined, b: SavedRun): boolean {
  if (!a || a.levelId !== b.levelId || a.seed !== b.seed || a.route !== b.route || a.actions.length < b.actions.length) return false;
  return b.actions.every((x, i) => JSON.stringify(x) === JSON.stringify(a.actions[i]));
}

/** The weeks worth keeping aside, in order: unfinished, and not held by the current week or by another of them. */
export function shelfOf(current: SavedRun | null | undefined, weeks: readonly SavedRun[]): SavedRun[] {
  const live = weeks.filter((w) => !w.finished && !holds(current, w));
  // Of two copies of one week, the one further on stays (the earlier, when they are equal).
  return live.filter((w, i) => !live.some((o, j) => j !== i && holds(o, w) && (!holds(w, o) || j < i))).slice(0, MAX_SHELVED);
}

/**
 * One role's save, changed in this tab (`mine`) and meanwhile in another (`theirs`), since both
 * last agreed (`known`): weeks finished in either count, this tab's week is current, and the other
 * tab's week, when it is another one (or went its own way), is set aside rather than lost.
 */
export function mergeRole(theirs: RoleSave, mine: RoleSave, known: RoleSave | undefined): RoleSave {
  const run = mine.run ?? theirs.run;
  return {
    completed: Math.min(1_000_000, theirs.completed + Math.max(0, mine.completed - (known?.completed ?? 0))),
    ...(run ? { run } : {}),
    shelved: shelfOf(run, [...mine.shelved, ...(theirs.run && theirs.run !== run ? [theirs.run] : []), ...theirs.shelved]),
  };
}

export interface ReadResult {
  save: SaveData;
  notices: LoadNotice[];
}

/**
 * Read one record, keeping every part that is sound. Never throws. The record must already be at
 * SAVE_VERSION (see readStored for migration).
 */
export function readRecord(registry: Registry, raw: Record<string, unknown>): ReadResult {
  const save = emptySave(registry);
  const notices = new Set<LoadNotice>();
  const lang = own(raw, 'lang');
  if (lang !== undefined) {
    if ((LANGS as readonly unknown[]).includes(lang)) save.lang = lang as Lang;
    else notices.add('partial');
  }
  const settings = own(raw, 'settings');
  if (settings !== undefined) {
    const motion = isRecord(settings) ? parts().Motion.safeParse(own(settings, 'reducedMotion')) : null;
    if (motion?.success) save.settings.reducedMotion = motion.data;
    else notices.add('partial');
  }
  const roles = own(raw, 'roles');
  if (roles !== undefined && !isRecord(roles)) notices.add('partial');
  if (isRecord(roles)) {
    for (const id of Object.keys(roles)) {
      const entry = own(roles, id);
      if (!findRole(registry, id)) {
        notices.add('unknownRole');
        continue;
      }
      if (!isRecord(entry)) {
        notices.add('partial');
        continue;
      }
      const out = emptyRoleSave();
      const completed = parts().Completed.safeParse(own(entry, 'completed') ?? 0);
      if (completed.success) out.completed = completed.data;
      else notices.add('partial');
      const run = own(entry, 'run');
      if (run !== undefined) {
        const r = readRun(registry, id, run);
        if (r) out.run = r;
        else notices.add('runLost');
      }
      const shelved = own(entry, 'shelved');
      if (Array.isArray(shelved)) {
        for (const s of shelved.slice(0, MAX_SHELVED)) {
          const r = readRun(registry, id, s);
          if (r) out.shelved.push(r);
          else notices.add('runLost');
        }
      } else if (shelved !== undefined) notices.add('partial');
      save.roles[id] = out;
    }
  }
  const workshop = own(raw, 'workshop');
  if (isRecord(workshop)) {
    const groups = own(workshop, 'groups');
    if (Array.isArray(groups)) {
      for (const g of groups.slice(0, MAX_GROUPS)) {
        const base = isRecord(g) ? parts().SavedRunBase.safeParse({ ...g, levelId: g.levelId }) : null;
        const role = isRecord(g) && typeof g.role === 'string' ? findRole(registry, g.role) : undefined;
        const name = isRecord(g) && typeof g.name === 'string' && g.name.trim() && g.name.length <= 40 ? g.name : null;
        const actions = role && base?.success ? z.array(role.actionSchema).safeParse(base.data.actions) : null;
        if (base?.success && role && name && actions?.success)
          save.workshop.groups.push({ name, role: role.id, levelId: base.data.levelId, seed: base.data.seed, route: base.data.route, actions: actions.data });
        else notices.add('partial');
      }
    } else if (groups !== undefined) notices.add('partial');
    const check = parts().CheckSchema.safeParse(own(workshop, 'check') ?? null);
    if (check.success) save.workshop.check = check.data;
    else notices.add('partial');
  } else if (workshop !== undefined) notices.add('partial');
  return { save, notices: [...notices] };
}

/** The storage the game writes to: localStorage in a browser, a Map in tests, nothing in kiosk mode. */
export interface Storage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  keys(): string[];
}

/** Parse stored text at a given version into a current record, or say why not. */
function parseText(registry: Registry, text: string): ReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { save: emptySave(registry), notices: ['corrupt'] };
  }
  if (!isRecord(raw) || typeof own(raw, 'version') !== 'number') return { save: emptySave(registry), notices: ['foreign'] };
  const migrated = migrate(raw);
  if (!migrated || migrated.version !== SAVE_VERSION) return { save: emptySave(registry), notices: ['corrupt'] };
  return readRecord(registry, migrated);
}

export interface StoredRead extends ReadResult {
  /** The text our key held (null: nothing yet), to know when another tab changed it. */
  text: string | null;
}

/**
 * Read what this version should start from: its own key, else the newest older one (migrated).
 * A newer version's data is left untouched and reported.
 */
export function readStored(registry: Registry, storage: Storage): StoredRead {
  const own = storage.get(SAVE_KEY);
  if (own !== null) return { ...parseText(registry, own), text: own };
  let keys: string[] = [];
  try {
    keys = storage.keys();
  } catch {
    // Other versions cannot be listed: nothing of theirs is touched, and this version starts its own.
  }
  const versions = keys
    .map((k) => /^scored\.save\.v(\d+)$/.exec(k))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]));
  const older = versions.filter((v) => v < SAVE_VERSION).sort((a, b) => b - a)[0];
  const newer = versions.some((v) => v > SAVE_VERSION);
  if (older !== undefined) {
    const text = storage.get(saveKey(older));
    if (text !== null) {
      const r = parseText(registry, text);
      return { ...r, notices: newer ? [...r.notices, 'newer'] : r.notices, text: null };
    }
  }
  return { save: emptySave(registry), notices: newer ? ['newer'] : [], text: null };
}

/** The parts a save is written in; each tab writes only the parts it changed. */
export function partsOf(save: SaveData): Map<string, string> {
  const parts = new Map<string, string>();
  parts.set('lang', JSON.stringify(save.lang ?? null));
  parts.set('settings', JSON.stringify(save.settings));
  for (const [id, r] of Object.entries(save.roles)) parts.set(`role:${id}`, JSON.stringify(r));
  parts.set('workshop', JSON.stringify(save.workshop));
  return parts;
}

function applyPart(save: SaveData, key: string, value: string) {
  const parsed = JSON.parse(value) as unknown;
  if (key === 'lang') {
    if (parsed === null) delete save.lang;
    else save.lang = parsed as Lang;
  } else if (key === 'settings') save.settings = parsed as SaveData['settings'];
  else if (key.startsWith('role:')) save.roles[key.slice(5)] = parsed as RoleSave;
  else if (key === 'workshop') save.workshop = parsed as WorkshopSave;
}

export function serialise(save: SaveData): string {
  return JSON.stringify({ version: SAVE_VERSION, ...save });
}

export type WriteProblem = 'full' | 'denied';

/** A full quota, as browsers name it: QuotaExceededError (code 22), or Firefox's older NS_ERROR_DOM_QUOTA_REACHED (code 1014). */
export function isQuotaError(e: unknown): boolean {
  const x = e as { name?: unknown; code?: unknown } | null;
  return !!x && (x.name === 'QuotaExceededError' || x.name === 'NS_ERROR_DOM_QUOTA_REACHED' || x.code === 22 || x.code === 1014);
}

/** Parts of the save another tab changed, already read and checked. */
export interface Incoming {
  save: SaveData;
  changed: string[];
}

/**
 * Writes the parts this tab changed on top of what storage holds now, so a second tab's progress
 * survives; remembers what it last saw, so a change from elsewhere can be adopted part by part.
 */
export class Saver {
  private known: Map<string, string>;
  private lastText: string | null;

  constructor(
    private readonly registry: Registry,
    private readonly storage: Storage,
    start: StoredRead,
  ) {
    this.known = partsOf(start.save);
    this.lastText = start.text;
  }

  /**
   * Write what changed in `save` since this tab last wrote or read, on top of what storage holds
   * now. `replace` writes even without a change, over whatever is stored (used once, to replace
   * data that could not be read). Returns a write problem, and the parts another tab had changed
   * meanwhile (now merged), for this tab to adopt.
   */
  write(save: SaveData, replace = false): { problem: WriteProblem | null; merged: Incoming | null } {
    const mine = partsOf(save);
    const changed = [...mine].filter(([k, v]) => this.known.get(k) !== v);
    if (changed.length === 0 && !replace) return { problem: null, merged: null };
    let base = this.fromKnown();
    if (!replace) {
      try {
        const text = this.storage.get(SAVE_KEY);
        if (text !== null && text !== this.lastText) base = parseText(this.registry, text).save;
      } catch {
        // Unreadable now: write from what this tab knows.
      }
    }
    const theirs = partsOf(base);
    const theirRoles = { ...base.roles };
    const moved = (k: string) => theirs.has(k) && this.known.get(k) !== theirs.get(k);
    const merged = [...theirs].filter(([k]) => moved(k) && !changed.some(([c]) => c === k)).map(([k]) => k);
    for (const [k, v] of changed) applyPart(base, k, v);
    // A role both tabs changed: keep both tabs' finished weeks and both weeks (the other set aside).
    for (const [k] of changed) {
      const id = k.slice(5);
      const mine = save.roles[id];
      const their = theirRoles[id];
      if (!k.startsWith('role:') || !moved(k) || !mine || !their) continue;
      const was = this.known.get(k);
      base.roles[id] = mergeRole(their, mine, was === undefined ? undefined : (JSON.parse(was) as RoleSave));
      if (JSON.stringify(base.roles[id]) !== JSON.stringify(mine)) merged.push(k);
    }
    const text = serialise(base);
    try {
      this.storage.set(SAVE_KEY, text);
    } catch (e) {
      return { problem: isQuotaError(e) ? 'full' : 'denied', merged: null };
    }
    this.lastText = text;
    this.known = partsOf(base);
    return { problem: null, merged: merged.length ? { save: base, changed: merged } : null };
  }

  private fromKnown(): SaveData {
    const save = emptySave(this.registry);
    for (const [k, v] of this.known) applyPart(save, k, v);
    return save;
  }

  /**
   * Storage changed under us (another tab). Returns the parts that differ from what this tab last
   * knew, already read and checked, or null when nothing changed.
   */
  external(): Incoming | null {
    let text: string | null;
    try {
      text = this.storage.get(SAVE_KEY);
    } catch {
      return null;
    }
    if (text === null || text === this.lastText) return null;
    const { save } = parseText(this.registry, text);
    const incoming = partsOf(save);
    const changed = [...incoming].filter(([k, v]) => this.known.get(k) !== v).map(([k]) => k);
    this.lastText = text;
    this.known = incoming;
    return changed.length ? { save, changed } : null;
  }
}
