/**
 * The title loads the store, saving and every role's rules, but builds none of their zod schemas:
 * each is built the first time something is checked (see once in src/core/content.ts). Building
 * them all cost the title about 230 schema constructions on every visit.
 */
import { describe, expect, it, vi } from 'vitest';

const built: string[] = [];

vi.mock('zod/mini', async (importOriginal) => {
  const real = await importOriginal<typeof import('zod/mini')>();
  // Every schema or check a module makes goes through one of z's lower-case builders.
  const counted = new Proxy(real.z, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      // (z.config is a setting, not a schema: the game sets jitless with it.)
      if (typeof key !== 'string' || typeof value !== 'function' || !/^[a-z]/.test(key) || key === 'config') return value;
      return (...args: unknown[]) => {
        built.push(key);
        return (value as (...a: unknown[]) => unknown)(...args);
      };
    },
  });
  return { ...real, z: counted };
});

describe('schemas are built on first use', () => {
  it('loading what the title loads builds only the shared id schema', async () => {
    await import('../../src/core/registry');
    await import('../../src/core/persist');
    await import('../../src/core/validate');
    await import('../../src/core/scenarios');
    await import('../../src/core/workshop');
    await import('../../src/core/params');
    await import('../../src/state/store');
    // content.ts's Id: a string with two checks, shared by every level format.
    expect(built.sort()).toEqual(['maxLength', 'regex', 'string']);
  });

  it('a role builds its action schema when a save is first checked, once', async () => {
    const { ROLES } = await import('../../src/core/registry');
    for (const role of ROLES) {
      const before = built.length;
      const schema = role.actionSchema;
      expect(built.length, role.id).toBeGreaterThan(before);
      const after = built.length;
      expect(role.actionSchema).toBe(schema);
      expect(built.length, `${role.id}, asked again`).toBe(after);
    }
  });

  it("the save's schemas, built when a save is first read, still keep the sound parts and drop the bad ones", async () => {
    const { ROLES } = await import('../../src/core/registry');
    const { readRecord, SAVE_VERSION } = await import('../../src/core/persist');
    const before = built.length;
    const read = readRecord(ROLES, { version: SAVE_VERSION, lang: 'zh', settings: { reducedMotion: 'sideways' }, roles: { village: { completed: 2, shelved: [] }, sesame: { completed: -1, shelved: [] } } });
    expect(built.length).toBeGreaterThan(before);
    expect(read.save.lang).toBe('zh');
    expect(read.save.settings.reducedMotion).toBe('system');
    expect(read.save.roles.village?.completed).toBe(2);
    expect(read.save.roles.sesame?.completed).toBe(0);
    expect(read.notices).toContain('partial');
  });
});
