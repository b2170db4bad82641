/**
 * The "Myth or reality?" statements, for the before-and-after check and the guide's answer key:
 * the shipped level, checked with the same validator as every level.
 */
import raw from '../../../levels/myths.json';
import { ROLES } from '../../core/registry';
import type { MythsLevel } from '../../core/myths/schema';
import { parseLevel } from '../../core/validate';

let cached: MythsLevel | null | undefined;

export function mythsLevel(): MythsLevel | null {
  if (cached === undefined) {
    const r = parseLevel(ROLES, raw, 'levels/myths.json', 'myths');
    cached = r.ok ? (r.level as MythsLevel) : null;
  }
  return cached;
}
