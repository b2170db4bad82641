/**
 * A facilitator's own level files ("scenarios"), read in the browser with the same checks as
 * `npm run validate-levels`, kept on the device under their own storage key until removed, and
 * exported again as they were loaded. A loaded level gets an id of its own, so a week saved on it
 * never replays on the shipped level (and the reverse). Pure: storage comes in as an interface.
 */
import { z } from 'zod/mini';
import { once } from './content';
import type { Storage } from './persist';
import type { Registry } from './registry';
import type { BaseLevel } from './role';
import { MAX_LEVEL_BYTES, parseLevelBytes, parseLevelText } from './validate';

/** Scenarios live apart from saved progress: damage to one never costs the other. */
export const SCENARIOS_KEY = 'scored.scenarios.v1';
/** How many files one device keeps (each up to MAX_LEVEL_BYTES). */
export const MAX_KEPT = 8;
/** Longest file name kept, in characters. */
const MAX_NAME = 120;

export interface Scenario {
  /** Stable for the same file content: the key it is kept under, and the suffix of its level id. */
  key: string;
  /** The file's name as the facilitator picked it. */
  file: string;
  role: string;
  /** The level as checked, with an id of its own. */
  level: BaseLevel;
  /** The level's id as written in the file. */
  fileId: string;
  /** The file's text, exactly as loaded: what is kept and exported. */
  text: string;
}

export type ScenarioLoad = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/** FNV-1a over the text: a short, stable fingerprint (not a security measure). */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The id a loaded level plays under: its own id, a "~" (which no shipped id may hold) and the
 * file's fingerprint. Saves and group results carry it, so they only ever replay on this file.
 */
export const scenarioLevelId = (fileId: string, key: string) => `${fileId.slice(0, 60)}~${key}`;
export const isScenarioLevelId = (id: string) => id.includes('~');

const cleanName = (file: string) => (file.replace(/[\\/]/g, '_').trim() || 'scenario.json').slice(0, MAX_NAME);

/**
 * Before reading a file: one too large is refused by its size alone, with the command line's words,
 * so a huge file is never read or parsed.
 */
export function sizeProblem(file: string, size: number): string[] | null {
  return size > MAX_LEVEL_BYTES ? [`${cleanName(file)}: the file is ${size} bytes; a level is at most ${MAX_LEVEL_BYTES} bytes`] : null;
}

function fromResult(result: ReturnType<typeof parseLevelText>, file: string, text: string): ScenarioLoad {
  if (!result.ok) return result;
  const level = result.level as BaseLevel;
  const key = fingerprint(text);
  return { ok: true, scenario: { key, file, role: result.role.id, level: { ...level, id: scenarioLevelId(level.id, key) }, fileId: level.id, text } };
}

/** Check a picked file's bytes exactly as `npm run validate-levels` does; expectRole: the role chosen for it. */
export function readScenario(registry: Registry, bytes: Uint8Array, file: string, expectRole?: string): ScenarioLoad {
  const name = cleanName(file);
  const tooBig = sizeProblem(name, bytes.length);
  if (tooBig) return { ok: false, errors: tooBig };
  const result = parseLevelBytes(registry, bytes, name, expectRole);
  return fromResult(result, name, result.ok ? new TextDecoder('utf-8').decode(bytes) : '');
}

/** What is kept on the device, as a schema built the first time it is read (see once in content.ts). */
const kept = once(() =>
  z.strictObject({
    version: z.literal(1),
    scenarios: z
      .array(z.strictObject({ file: z.string().check(z.minLength(1), z.maxLength(MAX_NAME)), text: z.string().check(z.maxLength(MAX_LEVEL_BYTES)) }))
      .check(z.maxLength(MAX_KEPT)),
  }),
);

export interface KeptRead {
  scenarios: Scenario[];
  /** Entries that could not be read or no longer pass the checks (a newer game's file, a removed role): left out. */
  dropped: number;
}

/** The scenarios kept on this device, each checked again as it is read (like saved progress). Never throws. */
export function readKept(registry: Registry, storage: Storage): KeptRead {
  let text: string | null;
  try {
    text = storage.get(SCENARIOS_KEY);
  } catch {
    return { scenarios: [], dropped: 0 };
  }
  if (text === null) return { scenarios: [], dropped: 0 };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { scenarios: [], dropped: 1 };
  }
  const parsed = kept().safeParse(raw);
  if (!parsed.success) return { scenarios: [], dropped: 1 };
  const scenarios: Scenario[] = [];
  let dropped = 0;
  for (const entry of parsed.data.scenarios) {
    const loaded = fromResult(parseLevelText(registry, entry.text, entry.file), entry.file, entry.text);
    if (loaded.ok && !scenarios.some((s) => s.key === loaded.scenario.key)) scenarios.push(loaded.scenario);
    else dropped++;
  }
  return { scenarios, dropped };
}

export type KeptWrite = 'ok' | 'full' | 'denied';

/** Keep this list on the device; 'full' when the browser has no room left (nothing kept is changed then). */
export function writeKept(storage: Storage, scenarios: readonly Scenario[]): KeptWrite {
  const text = JSON.stringify({ version: 1, scenarios: scenarios.map((s) => ({ file: s.file, text: s.text })) });
  try {
    if (scenarios.length) storage.set(SCENARIOS_KEY, text);
    else storage.remove(SCENARIOS_KEY);
    return 'ok';
  } catch (e) {
    const name = (e as { name?: string })?.name ?? '';
    return /quota/i.test(name) || /quota/i.test(String((e as Error)?.message)) ? 'full' : 'denied';
  }
}

export type KeepResult = { ok: true; scenarios: Scenario[]; replaced: boolean } | { ok: false; reason: 'tooMany' };

/** Add a scenario (newest first); the same file loaded again replaces its older copy. */
export function keep(scenarios: readonly Scenario[], scenario: Scenario): KeepResult {
  const others = scenarios.filter((s) => s.key !== scenario.key);
  if (others.length >= MAX_KEPT) return { ok: false, reason: 'tooMany' };
  return { ok: true, scenarios: [scenario, ...others], replaced: others.length !== scenarios.length };
}

export const forget = (scenarios: readonly Scenario[], key: string): Scenario[] => scenarios.filter((s) => s.key !== key);

/** The kept scenario a level id belongs to (a saved week, a group's result). */
export const scenarioFor = (scenarios: readonly Scenario[], levelId: string): Scenario | undefined => scenarios.find((s) => s.level.id === levelId);

/** The file to export: the text exactly as loaded, under its own name. */
export function exportFile(scenario: Scenario): { name: string; text: string } {
  const name = /\.json$/i.test(scenario.file) ? scenario.file : `${scenario.file}.json`;
  return { name, text: scenario.text };
}
