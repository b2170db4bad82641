/**
 * Saved data: settings and progress, as one versioned record.
 * Reading never throws: unreadable or foreign data is discarded and the caller is told why.
 */
import { z } from 'zod';
import { LANGS } from './schema';

export const SAVE_KEY = 'scored.save.v1';
/** Keys written by earlier versions, newest first, each with the version it held. */
export const LEGACY_KEYS: readonly string[] = [];
export const SAVE_VERSION = 1;

const Action = z.discriminatedUnion('type', [
  z.object({ type: z.literal('score'), deedId: z.string(), points: z.number().int() }),
  z.object({ type: z.literal('decline'), deedId: z.string() }),
  z.object({ type: z.literal('closeDay') }),
  z.object({ type: z.literal('nextDay') }),
  z.object({ type: z.literal('toCities') }),
  z.object({ type: z.literal('toDebrief') }),
]);

export const SaveData = z.object({
  version: z.literal(SAVE_VERSION),
  lang: z.enum(LANGS).optional(),
  settings: z
    .object({ reducedMotion: z.enum(['system', 'on', 'off']).default('system') })
    .default({ reducedMotion: 'system' }),
  progress: z
    .object({
      village: z
        .object({
          completed: z.number().int().min(0).default(0),
          run: z
            .object({
              levelId: z.string(),
              seed: z.number().int().min(0),
              route: z.enum(['full', 'short']),
              actions: z.array(Action),
            })
            .optional(),
        })
        .default({ completed: 0 }),
    })
    .default({ village: { completed: 0 } }),
});
export type SaveData = z.infer<typeof SaveData>;

export const emptySave = (): SaveData => SaveData.parse({ version: SAVE_VERSION });

export type LoadNotice = 'corrupt' | 'foreign' | 'newer';

/** Step-by-step upgrades: migrations[n] turns a version-n record into version n+1. */
export type Migrations = Record<number, (old: Record<string, unknown>) => Record<string, unknown>>;
const MIGRATIONS: Migrations = {};

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

export function readSave(text: string | null): { save: SaveData; notice?: LoadNotice } {
  if (text === null) return { save: emptySave() };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { save: emptySave(), notice: 'corrupt' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || typeof (raw as { version?: unknown }).version !== 'number') {
    return { save: emptySave(), notice: 'foreign' };
  }
  const version = (raw as { version: number }).version;
  if (version > SAVE_VERSION) return { save: emptySave(), notice: 'newer' };
  const migrated = migrate(raw as Record<string, unknown>);
  const parsed = migrated ? SaveData.safeParse(migrated) : null;
  if (!parsed?.success) return { save: emptySave(), notice: 'corrupt' };
  return { save: parsed.data };
}

export function writeSave(save: SaveData): string {
  return JSON.stringify(save);
}
