/**
 * Turning a level file into a checked level, with messages a content author can act on. The same
 * function runs in `npm run validate-levels`, in the build and in the browser (a facilitator's own
 * file), so all three refuse the same files with the same words.
 */
import { z } from 'zod/mini';
import { d, once } from './content';
import { isFinished, phaseKind, ROUTES, type AnyRole, type BaseAction, type BaseLevel } from './role';
import { findRole, type Registry } from './registry';
import { MAX_SEED } from './rng';
import { parseSeedCode } from './seed';

/** A level file larger than this is refused before it is read. */
export const MAX_LEVEL_BYTES = 1_000_000;

/** The level format this game reads. A file from a newer format is refused with a message that says so. */
export const LEVEL_FORMAT = 1;

/** The most pass and fail scripts one level may carry, and the most actions in one. */
export const MAX_SCRIPTS = 50;
export const MAX_SCRIPT_ACTIONS = 2000;

/**
 * A pass or fail script a level may carry in its optional "tests" field (as code.org's Craft keeps
 * them per level): a week played from a seed by a list of actions, and what must follow. Every level
 * check (the command line, the build, the browser loader) replays them. Built on first use (see once
 * in content.ts).
 */
const levelScripts = once(() => {
  const LevelScript = z
    .strictObject({
      name: d(z.string().check(z.trim(), z.minLength(1), z.maxLength(80)), 'What the script shows, e.g. "gaming the board still ends the week".'),
      route: d(z.enum(ROUTES), '"full" or "short".'),
      seed: d(
        z.union([z.number().check(z.int(), z.gte(0), z.lte(MAX_SEED)), z.string().check(z.maxLength(12))]),
        'The week: a seed code such as "7K2M9Q" (as the game shows it) or a whole number.',
      ),
      actions: d(z.array(z.unknown()).check(z.maxLength(MAX_SCRIPT_ACTIONS)), 'The actions, in order, each as the role’s rules take it.'),
      expect: d(
        z.enum(['finished', 'refused', 'unfinished']),
        'finished: every action is accepted and the week reaches its debrief; unfinished: every action is accepted and the week is not over; refused: the rules accept every action but the last, and refuse the last.',
      ),
    })
    .check(
      z.superRefine((s, ctx) => {
        if (typeof s.seed === 'string' && !parseSeedCode(s.seed).ok)
          ctx.addIssue({ code: 'custom', path: ['seed'], message: 'expected a seed code of up to 6 letters and digits, e.g. "7K2M9Q", or a whole number' });
        if (s.expect === 'refused' && s.actions.length === 0) ctx.addIssue({ code: 'custom', path: ['actions'], message: 'a "refused" script needs at least one action: the one refused' });
      }),
    );
  return z.array(LevelScript).check(z.maxLength(MAX_SCRIPTS));
});
export type LevelScript = z.infer<ReturnType<typeof levelScripts>>[number];

export type LevelResult<T = unknown> = { ok: true; role: AnyRole; level: T } | { ok: false; errors: string[] };

/** A path deeper than head + tail segments is shown by its start and its end. */
const PATH_HEAD = 8;
const PATH_TAIL = 3;
const MAX_KEY = 40;
const MAX_QUOTE = 40;
const MAX_MESSAGE = 300;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** A field path as messages show it: `days[2].deeds`, or "(top level)"; never longer than a line or two. */
export function pathText(path: readonly PropertyKey[]): string {
  if (!path.length) return '(top level)';
  const seg = (p: PropertyKey, i: number) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${clip(String(p), MAX_KEY)}`);
  if (path.length <= PATH_HEAD + PATH_TAIL + 1) return path.map(seg).join('');
  return `${path.slice(0, PATH_HEAD).map(seg).join('')}…${path.slice(-PATH_TAIL).map((p) => seg(p, 1)).join('')}`;
}

/** A message with quoted values cut short: a 5 MB id or text in a file is not echoed back whole. */
export function clipMessage(message: string): string {
  return clip(message.replace(new RegExp(`"([^"]{${MAX_QUOTE}})[^"]+"`, 'g'), '"$1…"'), MAX_MESSAGE);
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  return `${pathText(issue.path)}: ${clipMessage(issue.message)}`;
}

/** Validate parsed JSON against the schema of the role it names in its "role" field. */
export function parseLevel(registry: Registry, raw: unknown, file: string, expectRole?: string): LevelResult {
  const fail = (msg: string): LevelResult => ({ ok: false, errors: [`${file}: ${msg}`] });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('(top level): expected a JSON object describing one level');
  const format = (raw as { format?: unknown }).format;
  if (typeof format === 'number' && format > LEVEL_FORMAT)
    return fail(`format: this file is written in level format ${format}, newer than this version of Scored reads (format ${LEVEL_FORMAT}); update Scored, or ask for a format ${LEVEL_FORMAT} file`);
  const known = registry.map((r) => r.id).join(', ');
  const name = (raw as { role?: unknown }).role;
  if (name === undefined) return fail(`role: missing; a level names its role, one of: ${known}`);
  if (typeof name !== 'string') return fail(`role: expected a string, one of: ${known}`);
  const role = findRole(registry, name);
  if (!role) return fail(`role: unknown role "${name.slice(0, 40)}"; expected one of: ${known}`);
  if (expectRole !== undefined && role.id !== expectRole) return fail(`role: this is a level for "${role.id}", not for "${expectRole}"`);
  // Pass and fail scripts belong to every level, whatever its role: set aside before the role's schema sees the level.
  const { tests, ...level } = raw as Record<string, unknown>;
  const result = role.levelSchema.safeParse(tests === undefined ? raw : level);
  if (!result.success) return { ok: false, errors: result.error.issues.map((i) => `${file}: ${describeIssue(i)}`) };
  if (tests !== undefined) {
    const problems = checkScripts(role, result.data as BaseLevel, tests).map((p) => `${file}: ${clip(p, 600)}`);
    if (problems.length) return { ok: false, errors: problems };
  }
  return { ok: true, role, level: result.data };
}

/** Replay a level's pass and fail scripts; every problem names its field path (tests[i]…). */
export function checkScripts(role: AnyRole, level: BaseLevel, tests: unknown): string[] {
  const parsed = levelScripts().safeParse(tests);
  if (!parsed.success) return parsed.error.issues.map((i) => describeIssue({ ...i, path: ['tests', ...i.path] }));
  const problems: string[] = [];
  parsed.data.forEach((script, i) => {
    const at = `tests[${i}]`;
    const actions = z.array(role.actionSchema).safeParse(script.actions);
    if (!actions.success) {
      problems.push(...actions.error.issues.map((issue) => describeIssue({ ...issue, path: ['tests', i, 'actions', ...issue.path] })));
      return;
    }
    const seed = typeof script.seed === 'number' ? script.seed : (parseSeedCode(script.seed) as { seed: number }).seed;
    const steps = actions.data as BaseAction[];
    const said = `script "${script.name.slice(0, 80)}"`;
    let run;
    let refused: { at: number; reason: string } | null = null;
    try {
      run = role.create(level, seed, script.route);
      for (let k = 0; k < steps.length; k++) {
        const r = role.step(level, run, steps[k]);
        if (!r.ok) {
          refused = { at: k, reason: r.reason };
          break;
        }
        run = r.run;
      }
    } catch (e) {
      problems.push(`${at}: ${said}: the rules failed while replaying it (${(e as Error).message})`);
      return;
    }
    const last = steps.length - 1;
    if (script.expect === 'refused') {
      if (!refused) problems.push(`${at}.expect: ${said} expects the rules to refuse its last action, but they accept every action`);
      else if (refused.at !== last)
        problems.push(`${at}.actions[${refused.at}]: ${said} expects only its last action (actions[${last}]) to be refused, but the rules refuse this one (${refused.reason})`);
      return;
    }
    if (refused) {
      problems.push(`${at}.actions[${refused.at}]: ${said} expects the week to be ${script.expect}, but the rules refuse this action (${refused.reason})`);
      return;
    }
    const finished = isFinished(role, run);
    if (script.expect === 'finished' && !finished)
      problems.push(`${at}.expect: ${said} expects the week to finish, but after ${steps.length} actions it is in phase "${role.phase(run)}" (${phaseKind(role, run)})`);
    if (script.expect === 'unfinished' && finished) problems.push(`${at}.expect: ${said} expects the week not to finish, but it reaches the debrief`);
  });
  return problems;
}

/** Line and column (1-based) of a character offset, for syntax messages. */
function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${col}`;
}

/** Where JSON text first goes wrong, and what was expected there (JSON.parse's own message has no position in every engine). */
export function jsonErrorAt(text: string): { offset: number; expected: string } | null {
  let i = 0;
  class Stop {
    constructor(
      readonly offset: number,
      readonly expected: string,
    ) {}
  }
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const fail = (expected: string): never => {
    throw new Stop(i, expected);
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail('a value');
  };
  const string = () => {
    if (text[i] !== '"') fail('a string in double quotes');
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail('no line break inside a string');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('four hex digits after \\u');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail('a valid escape after a backslash');
      }
      i++;
    }
    if (i >= text.length) fail('the closing double quote');
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail('a value');
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        string();
        ws();
        if (text[i] !== ':') fail('":" after a key');
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail('"," or "}"');
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail('"," or "]"');
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    return number();
  };
  try {
    value();
    ws();
    if (i < text.length) fail('the end of the file');
    return null;
  } catch (e) {
    // Anything else (nesting too deep for the stack): no position, the engine's message stands.
    return e instanceof Stop ? { offset: e.offset, expected: e.expected } : null;
  }
}

/**
 * The first key that appears twice in one object, as a path (JSON.parse would silently keep the last).
 * Expects text that JSON.parse has already accepted. Frames point to their parent, so a file nested
 * 100,000 deep costs no more than a flat one.
 */
export function duplicateKey(text: string): string | null {
  type Frame = { parent: Frame | null; seg: string | number | null; keys: Set<string> | null; index: number; key: string | null; expectKey: boolean };
  const pathOf = (f: Frame | null, last: string): string => {
    const segs: (string | number)[] = [last];
    for (let x = f; x && x.seg !== null; x = x.parent) segs.push(x.seg);
    return pathText(segs.reverse());
  };
  let top = null as Frame | null;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) return pathOf(top, key);
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = j + 1;
      continue;
    }
    if (ch === '{' || ch === '[') {
      const seg: string | number | null = top ? (top.keys ? (top.key ?? '') : top.index) : null;
      top = { parent: top, seg, keys: ch === '{' ? new Set() : null, index: 0, key: null, expectKey: ch === '{' };
    } else if (ch === '}' || ch === ']') {
      top = top?.parent ?? null;
    } else if (ch === ',' && top) {
      if (top.keys) top.expectKey = true;
      else top.index++;
    }
    i++;
  }
  return null;
}

/** Check a level file's text: JSON syntax (with line and column), duplicate keys, then the schema. */
export function parseLevelText(registry: Registry, text: string, file: string, expectRole?: string): LevelResult {
  if (text.charCodeAt(0) === 0xfeff) return { ok: false, errors: [`${file}: starts with a byte-order mark (BOM); save it as UTF-8 without BOM`] };
  if (!text.trim()) return { ok: false, errors: [`${file}: the file is empty`] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const at = jsonErrorAt(text);
    const where = at ? ` (${lineCol(text, at.offset)}): expected ${at.expected}` : `: ${(e as Error).message}`;
    return { ok: false, errors: [`${file}: not valid JSON${where}`] };
  }
  const dup = duplicateKey(text);
  if (dup !== null) return { ok: false, errors: [`${file}: ${dup}: this key appears twice in the same object; keep one`] };
  return parseLevel(registry, raw, file, expectRole);
}

/** Check a level file's bytes: size, encoding (UTF-8, no BOM), then its text. */
export function parseLevelBytes(registry: Registry, bytes: Uint8Array, file: string, expectRole?: string): LevelResult {
  if (bytes.length > MAX_LEVEL_BYTES)
    return { ok: false, errors: [`${file}: the file is ${bytes.length} bytes; a level is at most ${MAX_LEVEL_BYTES} bytes`] };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { ok: false, errors: [`${file}: starts with a byte-order mark (BOM); save it as UTF-8 without BOM`] };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) return { ok: false, errors: [`${file}: not UTF-8 text (byte ${bad} is in another encoding); save it as UTF-8`] };
  return parseLevelText(registry, new TextDecoder('utf-8').decode(bytes), file, expectRole);
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong three-byte forms, UTF-16 surrogates and code points above U+10FFFF.
    const c1 = bytes[i + 1] as number;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
    i += need + 1;
  }
  return -1;
}
