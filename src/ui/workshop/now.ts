/** What the facilitator's tools act on: the role on screen, its level and week, and what it waits for. */
import { findRole, ROLES } from '../../core/registry';
import { phaseKind, type AnyRole, type BaseAction, type BaseLevel, type BaseRun, type Decision, type PhaseKind } from '../../core/role';
import type { AppState, AppStore } from '../../state/store';
import { useApp } from '../hooks';

export interface RoleNow {
  roleId: string;
  role: AnyRole;
  level: BaseLevel;
  run: BaseRun;
  kind: PhaseKind;
  /** The action that moves on (next, a reveal beat); null while a decision waits or at the end. */
  advance: BaseAction | null;
  decision: Decision<BaseAction> | null;
}

export function roleNow(s: Pick<AppState, 'screen' | 'sessions'>): RoleNow | null {
  if (s.screen.name !== 'role') return null;
  const roleId = s.screen.role;
  const role = findRole(ROLES, roleId);
  const session = s.sessions[roleId];
  if (!role || !session?.level || !session.run) return null;
  const { level, run } = session;
  return {
    roleId,
    role,
    level,
    run,
    kind: phaseKind(role, run),
    advance: role.advance(level, run) as BaseAction | null,
    decision: role.decision(level, run) as Decision<BaseAction> | null,
  };
}

/** Re-renders when the screen or the role's session changes. */
export function useRoleNow(): RoleNow | null {
  const screen = useApp((s) => s.screen);
  const session = useApp((s) => (s.screen.name === 'role' ? s.sessions[s.screen.role] : undefined));
  // Both are stable references from the store; the derived object is rebuilt only when they change.
  return roleNowCached(screen, session);
}

let last: { screen: unknown; session: unknown; value: RoleNow | null } | null = null;
function roleNowCached(screen: AppState['screen'], session: AppState['sessions'][string] | undefined): RoleNow | null {
  if (last && last.screen === screen && last.session === session) return last.value;
  const value = roleNow({ screen, sessions: session && screen.name === 'role' ? { [screen.role]: session } : {} });
  last = { screen, session, value };
  return value;
}

/** Move the role on by its own advance() (next, reveal): false when a decision waits or nothing is left. */
export function next(store: AppStore): boolean {
  const now = roleNow(store.getState());
  if (!now?.advance) return false;
  return store.getState().act(now.roleId, now.advance);
}
