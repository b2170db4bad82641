/**
 * Every registered role, with its shipped level, kept to the frame's contract: runs always reach
 * the debrief through advance() and decision() alone, every offered option is a legal action,
 * saving and continuing give back the same run, and the title's progress is the rules' own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseParams } from '../../src/core/params';
import { saveKey } from '../../src/core/persist';
import { ROLES } from '../../src/core/registry';
import { isFinished, phaseKind, replay, type AnyRole, type BaseAction, type BaseLevel, type BaseRun, type Route } from '../../src/core/role';
import { parseLevelBytes } from '../../src/core/validate';
import { createAppStore, resumable } from '../../src/state/store';
import { roleView } from '../../src/ui/roleViews';
import { memory } from '../fixtures/memory-storage';

function shippedLevel(role: AnyRole): BaseLevel {
  const result = parseLevelBytes(ROLES, readFileSync(`levels/${role.id}.json`), `levels/${role.id}.json`, role.id);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.level as BaseLevel;
}

/** The next action a player could take: moving on where nothing is asked, else the option `pick` chooses. */
function nextAction(role: AnyRole, level: BaseLevel, run: BaseRun, pick: number): BaseAction | null {
  const advance = role.advance(level, run);
  if (advance) return advance;
  const decision = role.decision(level, run);
  if (!decision) return null;
  return decision.options[pick % decision.options.length]?.action ?? null;
}

const MAX_STEPS = 600;

describe.each(ROLES.map((r) => [r.id, r as AnyRole] as const))('role %s', (_id, role) => {
  const level = shippedLevel(role);

  it('has a screen and a level file in the interface registry', () => {
    expect(roleView(role.id), 'src/ui/<role>/<Role>Screen.tsx and levels/<role>.json').toBeDefined();
  });

  it('declares every phase its runs pass through', () => {
    const ids = role.phases.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(role.phases.filter((p) => p.kind === 'debrief')).toHaveLength(1);
  });

  it('always reaches its debrief by advance() and decision() alone, and every option is a legal action', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 30 - 1 }), fc.constantFrom<Route>('full', 'short'), fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (seed, route, picks) => {
        let run = role.create(level, seed, route);
        for (let i = 0; i < MAX_STEPS && !isFinished(role, run); i++) {
          phaseKind(role, run); // throws on an undeclared phase
          const decision = role.decision(level, run);
          if (decision) {
            expect(decision.options.length).toBeGreaterThan(0);
            expect(decision.options.length).toBeLessThanOrEqual(12);
            for (const o of decision.options) {
              expect(role.actionSchema.safeParse(o.action).success, `option ${o.id} fits the action schema`).toBe(true);
              expect(role.step(level, run, o.action).ok, `option ${o.id} of ${decision.id} is legal`).toBe(true);
            }
          }
          const action = nextAction(role, level, run, picks[i % picks.length] as number);
          expect(action, `stuck in phase ${role.phase(run)}`).not.toBeNull();
          const result = role.step(level, run, action as BaseAction);
          expect(result.ok, `refused ${JSON.stringify(action)}`).toBe(true);
          run = result.run;
        }
        expect(isFinished(role, run)).toBe(true);
        expect(role.advance(level, run)).toBeNull();
        expect(role.decision(level, run)).toBeNull();
      }),
      { seed: 11, numRuns: 40 },
    );
  });

  it('saves, continues and reports progress exactly as its rules do, at every step of both routes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 30 - 1 }), fc.constantFrom<Route>('full', 'short'), fc.nat(), (seed, route, pick) => {
        const storage = memory();
        const make = () =>
          createAppStore({ registry: ROLES, params: parseParams(`?role=${role.id}&route=${route}`, ROLES), storage, defaultLang: 'en', randomSeed: () => seed });
        const store = make();
        store.getState().levelLoaded(role.id, { ok: true, level });
        const actions: BaseAction[] = [];
        for (let i = 0; i < MAX_STEPS; i++) {
          const s = store.getState().sessions[role.id]!;
          const run = s.run as BaseRun;
          if (isFinished(role, run)) break;
          const week = resumable(store.getState(), ROLES).find((w) => w.role === role.id && w.which === 'current');
          expect(week?.progress).toEqual(role.progress(level, run));
          const action = nextAction(role, level, run, pick + i) as BaseAction;
          expect(store.getState().act(role.id, action)).toBe(true);
          actions.push(action);
          if (i % 7 === 3) {
            // A reload, seen from the title: the same progress, then the same run.
            const again = make();
            const saved = resumable(again.getState(), ROLES).find((w) => w.role === role.id && w.which === 'current');
            const now = store.getState().sessions[role.id]!.run as BaseRun;
            if (!isFinished(role, now)) expect(saved?.progress).toEqual(role.progress(level, now));
            again.getState().levelLoaded(role.id, { ok: true, level });
            expect(again.getState().sessions[role.id]!.run).toEqual(now);
          }
        }
        const end = replay(role, level, seed, route, actions);
        expect(end.ok && end.run).toEqual(store.getState().sessions[role.id]!.run);
        expect(store.getState().sessions[role.id]!.completed).toBe(1);
      }),
      { seed: 5, numRuns: 12 },
    );
  });
});

describe('saves from version 1', () => {
  it('continue a village week that was in progress, with its intro already behind it', () => {
    const role: AnyRole = ROLES.find((r) => r.id === 'village')!;
    const level = shippedLevel(role);
    // A week played by the rules; version 1 did not record "begin".
    let run = role.create(level, 42, 'short');
    const actions: BaseAction[] = [];
    for (let i = 0; i < 5; i++) {
      const a = nextAction(role, level, run, i) as BaseAction;
      const r = role.step(level, run, a);
      if (!r.ok) throw new Error(r.reason);
      run = r.run;
      actions.push(a);
    }
    expect(actions[0]).toEqual({ type: 'begin' });
    const v1 = { version: 1, lang: 'zh', settings: { reducedMotion: 'off' }, progress: { village: { completed: 3, run: { levelId: level.id, seed: 42, route: 'short', actions: actions.slice(1) } } } };
    const storage = memory({ [saveKey(1)]: JSON.stringify(v1) });
    const store = createAppStore({ registry: ROLES, params: parseParams('', ROLES), storage, defaultLang: 'en', randomSeed: () => 1 });
    expect(store.getState()).toMatchObject({ lang: 'zh', motion: 'off', notices: [] });
    expect(store.getState().sessions.village?.completed).toBe(3);
    store.getState().continueRun('village');
    store.getState().levelLoaded('village', { ok: true, level });
    expect(store.getState().sessions.village?.run).toEqual(run);
    // The old version's record is left as it was, for that version.
    expect(JSON.parse(storage.data.get(saveKey(1))!)).toEqual(v1);
    expect(JSON.parse(storage.data.get(saveKey(2))!).roles.village.run.actions).toEqual(actions);
  });
});
