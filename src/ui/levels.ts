/**
 * Loading a role's level in the browser: fetched as data (not code), checked with the same
 * validator as `npm run validate-levels`, and kept for the rest of the visit.
 */
import { ROLES } from '../core/registry';
import { parseLevelText } from '../core/validate';
import type { BaseLevel } from '../core/role';
import type { LevelLoad } from '../state/store';
import { roleView } from './roleViews';

const cache = new Map<string, LevelLoad>();

export async function loadLevel(roleId: string): Promise<LevelLoad> {
  const known = cache.get(roleId);
  if (known) return known;
  const view = roleView(roleId);
  if (!view) return { ok: false, errors: [`no level for role "${roleId}"`] };
  const url = view.levelUrl;
  const file = `levels/${roleId}.json`;
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  const result = parseLevelText(ROLES, await response.text(), file, roleId);
  const load: LevelLoad = result.ok ? { ok: true, level: result.level as BaseLevel } : { ok: false, errors: result.errors };
  if (load.ok) cache.set(roleId, load);
  return load;
}
