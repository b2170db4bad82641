/** URL parameters: the public way in. Unknown values fall back to defaults with a warning, never an error. */
import { MAX_SEED } from './rng';
import { LANGS, type Lang } from './schema';

export const ROLES = ['village', 'sesame', 'firm'] as const;
export type RoleId = (typeof ROLES)[number];
/** Roles that can be played today; the others are shown as coming. */
export const PLAYABLE_ROLES: readonly RoleId[] = ['village'];
export const MODES = ['class'] as const;
export type Mode = (typeof MODES)[number];
export const ROUTES = ['full', 'short'] as const;

export interface LaunchParams {
  lang?: Lang;
  role?: RoleId;
  seed?: number;
  mode: Mode;
  /** Only set when the URL asks for a route. */
  route?: 'full' | 'short';
  warnings: string[];
}

const KNOWN = ['lang', 'role', 'seed', 'mode', 'route'];

export function parseParams(search: string): LaunchParams {
  const q = new URLSearchParams(search);
  const out: LaunchParams = { mode: 'class', warnings: [] };
  const warn = (name: string, value: string, expected: string, fallback: string) =>
    out.warnings.push(`Ignoring ?${name}=${value}: expected ${expected}; using ${fallback}.`);

  for (const name of new Set(q.keys())) {
    if (!KNOWN.includes(name)) out.warnings.push(`Ignoring unknown URL parameter "${name}". Known: ${KNOWN.join(', ')}.`);
  }
  const lang = q.get('lang');
  if (lang !== null) {
    if ((LANGS as readonly string[]).includes(lang)) out.lang = lang as Lang;
    else warn('lang', lang, LANGS.join(' or '), 'the saved or browser language');
  }
  const role = q.get('role');
  if (role !== null) {
    if ((PLAYABLE_ROLES as readonly string[]).includes(role)) out.role = role as RoleId;
    else if ((ROLES as readonly string[]).includes(role)) warn('role', role, `a role that is ready (${PLAYABLE_ROLES.join(', ')})`, 'the role choice screen');
    else warn('role', role, ROLES.join(', '), 'the role choice screen');
  }
  const seed = q.get('seed');
  if (seed !== null) {
    const n = /^\d{1,10}$/.test(seed) ? Number(seed) : NaN;
    if (Number.isInteger(n) && n <= MAX_SEED) out.seed = n;
    else warn('seed', seed, `a whole number from 0 to ${MAX_SEED}`, 'a random seed');
  }
  const mode = q.get('mode');
  if (mode !== null) {
    if ((MODES as readonly string[]).includes(mode)) out.mode = mode as Mode;
    else warn('mode', mode, MODES.join(', ') + ' (kiosk and workshop modes are not built yet)', 'class');
  }
  const route = q.get('route');
  if (route !== null) {
    if ((ROUTES as readonly string[]).includes(route)) out.route = route as 'full' | 'short';
    else warn('route', route, ROUTES.join(' or '), 'full');
  }
  return out;
}
