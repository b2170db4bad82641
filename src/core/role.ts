/**
 * The contract every role keeps. A role is pure rules over plain data: a level (validated JSON),
 * a run (seed, route and what has happened) and actions (what the player did). The store, saving,
 * level checks, role choice and the kiosk and workshop modes all work through this interface, so
 * a new role plugs in without touching them.
 */
import type { z } from 'zod/mini';
import type { LText } from './content';

export const ROUTES = ['full', 'short'] as const;
export type Route = (typeof ROUTES)[number];

/**
 * What kind of view a phase is, so a mode can drive any role the same way:
 * intro (read, then begin), decide (the player chooses), interlude (look, then go on),
 * reveal (beats of what the week showed), debrief (the end).
 */
export type PhaseKind = 'intro' | 'decide' | 'interlude' | 'reveal' | 'debrief';

export interface PhaseDef {
  readonly id: string;
  readonly kind: PhaseKind;
}

export interface BaseLevel {
  readonly id: string;
  readonly role: string;
  readonly title: LText;
}

export interface BaseRun {
  readonly seed: number;
  readonly route: Route;
}

export interface BaseAction {
  readonly type: string;
}

export type StepResult<R> = { ok: true; run: R } | { ok: false; run: R; reason: string };

/** Where a run stands, for "Continue (day 2 of 5)": 1-based index of the unit the player is in. */
export interface Progress {
  readonly unit: 'day' | 'quarter' | 'statement' | 'round';
  readonly index: number;
  readonly total: number;
}

/** A label for an option: a text from the level, or a translation key with parameters. */
export type Label = { readonly text: LText } | { readonly key: string; readonly params?: Readonly<Record<string, string | number>> };

export interface OptionDef<A> {
  /** Stable within the decision, e.g. "+5" or "decline"; used to compare groups and count votes. */
  readonly id: string;
  readonly action: A;
  readonly label: Label;
}

/** The decision the player faces now, with every option as an action (room votes and group comparison use this). */
export interface Decision<A> {
  /** Stable across runs of the same seed, e.g. the deed's id: groups are compared decision by decision. */
  readonly id: string;
  readonly options: readonly OptionDef<A>[];
}

export interface RoleRules<L extends BaseLevel, R extends BaseRun, A extends BaseAction> {
  /** The role's id: the URL (?role=…), the level files' "role" field, the save and the translation namespace. */
  readonly id: string;
  /** Icon file name in assets/icons/ for the role card. */
  readonly icon: string;
  /** The level format: validates a level file of this role (its "role" field included). */
  readonly levelSchema: z.ZodMiniType<L>;
  /** The role's own actions: a saved action list is checked against it before it is replayed. */
  readonly actionSchema: z.ZodMiniType<A>;
  /** The views of a run, in order (as The Evolution of Trust declares its slides). */
  readonly phases: readonly PhaseDef[];
  /** The same level, seed and route always give the same run. */
  create(level: L, seed: number, route: Route): R;
  /** The only way a run changes. A refused action leaves the run as it was and says why. */
  step(level: L, run: R, action: A): StepResult<R>;
  /** The id of the phase the run is in (one of `phases`). */
  phase(run: R): string;
  progress(level: L, run: R): Progress;
  /** The action that moves on from a phase with nothing to decide (begin, next day, next beat…); null while a decision waits. */
  advance(level: L, run: R): A | null;
  /** The decision waiting now, with its options; null outside decisions. */
  decision(level: L, run: R): Decision<A> | null;
}

// Roles are kept in one list of mixed types; the store and tools handle them through this erased form.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRole = RoleRules<any, any, any>;

/** Keeps a role's own types while checking it against the contract. */
export function defineRole<L extends BaseLevel, R extends BaseRun, A extends BaseAction>(role: RoleRules<L, R, A>): RoleRules<L, R, A> {
  return role;
}

export function phaseKind(role: AnyRole, run: BaseRun): PhaseKind {
  const id = role.phase(run);
  const def = role.phases.find((p) => p.id === id);
  if (!def) throw new Error(`role ${role.id}: phase "${id}" is not declared`);
  return def.kind;
}

export function isFinished(role: AnyRole, run: BaseRun): boolean {
  return phaseKind(role, run) === 'debrief';
}

export type ReplayResult<R> = { ok: true; run: R } | { ok: false; at: number; reason: string };

/** Apply a list of actions from a fresh run (restoring a save). Fails on the first refused action. */
export function replay<L extends BaseLevel, R extends BaseRun, A extends BaseAction>(
  role: RoleRules<L, R, A>,
  level: L,
  seed: number,
  route: Route,
  actions: readonly A[],
): ReplayResult<R> {
  let run = role.create(level, seed, route);
  for (let i = 0; i < actions.length; i++) {
    const r = role.step(level, run, actions[i] as A);
    if (!r.ok) return { ok: false, at: i, reason: r.reason };
    run = r.run;
  }
  return { ok: true, run };
}
