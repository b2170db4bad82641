/** URL parameters: the public way in. Unknown or repeated values fall back to defaults with a warning, never an error. */
import { LANGS, type Lang } from './content';
import type { Registry } from './registry';
import { ROUTES, type Route } from './role';
import { parseSeedCode } from './seed';

export const MODES = ['class', 'kiosk', 'workshop'] as const;
export type Mode = (typeof MODES)[number];

/** Kiosk timing: seconds without input before "Are you still there?", then seconds before the reset. */
export const KIOSK_DEFAULTS = { idle: 60, countdown: 20 } as const;
/** Screens outside the roles that a URL can open. */
export const PAGES = ['roles', 'credits', 'guide'] as const;
export type Page = (typeof PAGES)[number];

export interface LaunchParams {
  lang?: Lang;
  role?: string;
  page?: Page;
  seed?: number;
  mode: Mode;
  /** Only set when the URL asks for a route. */
  route?: Route;
  /** Kiosk mode: seconds of no input before the idle prompt, and the prompt's countdown. */
  idle: number;
  countdown: number;
  warnings: string[];
}

const KNOWN = ['lang', 'role', 'page', 'seed', 'mode', 'route', 'idle', 'countdown'] as const;

export function parseParams(search: string, registry: Registry): LaunchParams {
  const q = new URLSearchParams(search);
  const out: LaunchParams = { mode: 'class', ...KIOSK_DEFAULTS, warnings: [] };
  const warn = (name: string, value: string, expected: string, fallback: string) =>
    out.warnings.push(`Ignoring ?${name}=${value.slice(0, 40)}: expected ${expected}; using ${fallback}.`);
  const one = <T extends string>(name: string, allowed: readonly T[], fallback: string): T | undefined => {
    const value = q.get(name);
    if (value === null) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    warn(name, value, allowed.join(', '), fallback);
    return undefined;
  };

  for (const name of new Set(q.keys())) {
    if (!(KNOWN as readonly string[]).includes(name)) out.warnings.push(`Ignoring unknown URL parameter "${name.slice(0, 40)}". Known: ${KNOWN.join(', ')}.`);
    else if (q.getAll(name).length > 1) out.warnings.push(`?${name} is given ${q.getAll(name).length} times; using the first (${q.get(name)?.slice(0, 40)}).`);
  }
  out.lang = one('lang', LANGS, 'the saved or browser language');
  out.role = one('role', registry.map((r) => r.id), 'the title screen');
  if (out.role === undefined) out.page = one('page', PAGES, 'the title screen');
  else if (q.has('page')) out.warnings.push(`Ignoring ?page=${q.get('page')?.slice(0, 40)}: ?role opens a role.`);
  const seed = q.get('seed');
  if (seed !== null) {
    const code = parseSeedCode(seed);
    if (code.ok) out.seed = code.seed;
    else warn('seed', seed, 'a seed code of up to 6 letters and digits, e.g. 7K2M9Q', 'a new week');
  }
  out.mode = one('mode', MODES, 'class') ?? 'class';
  out.route = one('route', ROUTES, 'full');
  const seconds = (name: 'idle' | 'countdown', min: number, max: number) => {
    const v = q.get(name);
    if (v === null) return;
    const n = /^\d{1,5}$/.test(v) ? Number(v) : NaN;
    if (n >= min && n <= max) out[name] = n;
    else warn(name, v, `a whole number of seconds from ${min} to ${max}`, String(out[name]));
  };
  seconds('idle', 2, 3600);
  seconds('countdown', 1, 600);
  return out;
}

/** Where a screen lives in the address bar, so Back moves one screen and a reload lands on the same one. */
export function searchFor(screen: { name: string; role?: string }, keep: URLSearchParams): string {
  const q = new URLSearchParams();
  for (const name of ['mode', 'route'] as const) {
    const v = keep.get(name);
    if (v !== null) q.set(name, v);
  }
  if (screen.name === 'role' && screen.role) q.set('role', screen.role);
  else if (screen.name !== 'title') q.set('page', screen.name);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The screen an address names (after Back or Forward). */
export function screenFromSearch(search: string, registry: Registry): { name: 'title' } | { name: Page } | { name: 'role'; role: string } {
  const q = new URLSearchParams(search);
  const role = q.get('role');
  if (role && registry.some((r) => r.id === role)) return { name: 'role', role };
  const page = q.get('page');
  if (page && (PAGES as readonly string[]).includes(page)) return { name: page as Page };
  return { name: 'title' };
}
