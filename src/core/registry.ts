/**
 * Every role the game has, in the order the role choice shows them. This is the one list: the
 * store, saving, level checks, URL parameters, role choice and the modes all read it.
 */
import type { AnyRole } from './role';
import { firmRole } from './firm/role';
import { mythsRole } from './myths/role';
import { sesameRole } from './sesame/role';
import { villageRole } from './village/role';

export const ROLES = [villageRole, sesameRole, firmRole, mythsRole] as const satisfies readonly AnyRole[];
export type RoleId = string;

/** A list of roles; tests pass their own (with a fixture role) wherever the game takes one. */
export type Registry = readonly AnyRole[];

export function findRole(registry: Registry, id: string): AnyRole | undefined {
  return registry.find((r) => r.id === id);
}
