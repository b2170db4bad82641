/**
 * Level files fuzzed: 1,000 files per role, made by damaging its shipped level (fields dropped,
 * duplicated, retyped, renamed; ids swapped; huge strings, nulls, deep nesting, prototype keys;
 * random bytes, truncations). The validator accepts each or refuses it with messages that start
 * with the file name and a field path (or say what is wrong with the file as a whole); it never
 * throws, never hangs, and never pollutes a prototype.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../src/core/registry';
import { parseLevelBytes } from '../../src/core/validate';

const FILE = 'levels/fuzz.json';
const RUNS = 1000;
/** A message is the file, then a field path (or "(top level)"), then what is wrong. */
const PATH_MESSAGE = /^levels\/fuzz\.json: (\(top level\)|[A-Za-z_$][\w$-]*(\.[\w$-]+…?|\[\d+\]|…)*): \S/;
/** Problems with the file as a whole have no field to name. */
const FILE_MESSAGE = /^levels\/fuzz\.json: (not valid JSON( \(line \d+, column \d+\): expected .+|: .+)|the file is empty|the file is \d+ bytes; a level is at most \d+ bytes|starts with a byte-order mark \(BOM\); save it as UTF-8 without BOM|not UTF-8 text \(byte \d+ is in another encoding\); save it as UTF-8)$/;
/** No message echoes a huge value or a path 100,000 deep back. */
const MAX_MESSAGE = 1000;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Holder = Record<string | number, Json>;
/** A place in the tree: the object or array holding it, and its key there (the root has no holder). */
type Place = { holder: Holder | null; key: string | number };

/** Every place in a JSON tree, root first (iterative: no stack to overflow, no paths copied). */
function places(root: Json): Place[] {
  const out: Place[] = [{ holder: null, key: '' }];
  const stack: Json[] = [root];
  while (stack.length) {
    const v = stack.pop() as Json;
    if (v === null || typeof v !== 'object') continue;
    for (const k of Array.isArray(v) ? v.keys() : Object.keys(v)) {
      out.push({ holder: v as Holder, key: k });
      stack.push((v as Holder)[k] as Json);
    }
  }
  return out;
}
/** Own data property, as JSON.parse makes it (so "__proto__" is a key, not the prototype). */
const define = (o: object, k: string | number, v: unknown) => Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];
/** Deep nesting goes in as a marker, written out only in the file's text (the tree walks above stay shallow). */
const nested = (depth: number, array: boolean): Json => `@@deep:${depth}:${array ? 'a' : 'o'}@@`;
const unmark = (text: string) =>
  text.replace(/"@@deep:(\d+):([ao])@@"/g, (_m, d: string, k: string) => (k === 'a' ? `${'['.repeat(+d)}${']'.repeat(+d)}` : `${'{"a":'.repeat(+d)}1${'}'.repeat(+d)}`));

/** One damage to the tree, chosen by numbers (so fast-check can shrink it). */
type Op =
  | { kind: 'drop' | 'duplicate' | 'swapIds' | 'protoKey' | 'sameId'; at: number; n: number }
  | { kind: 'retype'; at: number; value: Json }
  | { kind: 'rename'; at: number; name: string };

const value: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-1, 0, 1.5, 1e308, -0)),
  fc.string({ maxLength: 20 }),
  fc.nat({ max: 300_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom<Json>([], {}, '', ' ', 'null', '__proto__'),
  fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.boolean()).map(([d, a]) => nested(d, a)),
  // Random JSON, its keys like a hand-written file's (so the paths in messages can be read back).
  fc.object({ key: fc.stringMatching(/^[A-Za-z_][\w-]{0,8}$/), maxDepth: 2 }) as fc.Arbitrary<Json>,
);

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('drop', 'duplicate', 'swapIds', 'protoKey', 'sameId' as const), at: fc.nat(), n: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), name: fc.oneof(fc.stringMatching(/^[A-Za-z_][\w-]{0,12}$/), fc.constantFrom(...PROTO_KEYS)) }),
);

function apply(root: Json, o: Op): Json {
  const all = places(root);
  const { holder: parent, key } = all[o.at % all.length] as Place;
  if (!parent) return o.kind === 'retype' ? o.value : root;
  switch (o.kind) {
    case 'drop':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key as number]) as Json);
      else define(parent, `${String(key)}Copy${o.n % 3}`, structuredClone(parent[key]));
      break;
    case 'retype':
      define(parent, key, o.value);
      break;
    case 'rename':
      if (!Array.isArray(parent)) {
        const v = parent[key];
        delete parent[key];
        define(parent, o.name, v);
      }
      break;
    case 'protoKey': {
      const target = (typeof parent[key] === 'object' && parent[key] !== null ? parent[key] : parent) as object;
      define(target, PROTO_KEYS[o.n % 3] as string, { polluted: 'yes', id: 'x' });
      break;
    }
    case 'swapIds':
    case 'sameId': {
      // Two "id" fields: swapped, or one given the other's value.
      const ids = all.filter((p) => p.key === 'id').map((p) => p.holder as Holder);
      if (ids.length < 2) break;
      const a = ids[o.at % ids.length] as Holder;
      const b = ids[o.n % ids.length] as Holder;
      const [va, vb] = [a.id, b.id];
      if (o.kind === 'swapIds') a.id = vb as Json;
      b.id = va as Json;
      break;
    }
  }
  return root;
}

/** Byte-level damage after the tree is written out. */
type ByteOp =
  | { kind: 'none' }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'bom' }
  | { kind: 'dupKey'; at: number };
const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'none' as const }) },
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.constant({ kind: 'bom' as const }),
  fc.record({ kind: fc.constant('dupKey' as const), at: fc.nat() }),
);

function damageBytes(text: string, b: ByteOp): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  switch (b.kind) {
    case 'none':
      return bytes;
    case 'truncate':
      return bytes.slice(0, b.at % (bytes.length + 1));
    case 'insert': {
      const at = b.at % (bytes.length + 1);
      return new Uint8Array([...bytes.slice(0, at), ...b.bytes, ...bytes.slice(at)]);
    }
    case 'flip': {
      const out = bytes.slice();
      if (out.length) out[b.at % out.length] = b.byte;
      return out;
    }
    case 'bom':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    case 'dupKey': {
      // A key given twice in one object, as a hand edit might leave it.
      const opens = [...text.matchAll(/\{"([^"\\]{1,40})":/g)];
      const m = opens[b.at % Math.max(1, opens.length)];
      if (!m || m.index === undefined) return bytes;
      return new TextEncoder().encode(`${text.slice(0, m.index + 1)}"${m[1]}":null,${text.slice(m.index + 1)}`);
    }
  }
}

describe.each(ROLES.map((r) => [r.id, r] as const))('level files for %s, fuzzed', (id) => {
  const shipped = JSON.parse(readFileSync(`levels/${id}.json`, 'utf8')) as Json;

  it(`${RUNS} damaged files: each accepted, or refused naming the file and the field; never a throw`, () => {
    const seen = { ok: 0, field: 0, file: 0, slowest: 0 };
    const outcome = fc.check(
      fc.property(fc.array(op, { minLength: 1, maxLength: 4 }), byteOp, fc.boolean(), (ops, bytesOp, wholeJunk) => {
        let tree = structuredClone(shipped);
        for (const o of ops) tree = apply(tree, o);
        const text = wholeJunk && ops[0]?.kind === 'retype' ? JSON.stringify(ops[0].value) : JSON.stringify(tree);
        const bytes = damageBytes(unmark(text ?? ''), bytesOp);
        const start = performance.now();
        const result = parseLevelBytes(ROLES, bytes, FILE);
        seen.slowest = Math.max(seen.slowest, performance.now() - start);
        if (result.ok) {
          seen.ok++;
          expect(result.role.id).toBe(id);
          return;
        }
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) {
          const field = PATH_MESSAGE.test(e);
          expect(field || FILE_MESSAGE.test(e), `message without the file and a field path: ${e.slice(0, 300)}`).toBe(true);
          expect(e.length, `message too long: ${e.slice(0, 200)}…`).toBeLessThanOrEqual(MAX_MESSAGE);
          if (field) seen.field++;
          else seen.file++;
        }
      }),
      { seed: 20261128, numRuns: RUNS, endOnFailure: true },
    );
    // A failing file is reported briefly (its damage, cut short), not printed whole.
    expect(outcome.failed, outcome.failed ? `${String((outcome.errorInstance as Error)?.message ?? outcome.errorInstance).slice(0, 600)}\nDamage: ${JSON.stringify(outcome.counterexample).slice(0, 600)}` : '').toBe(false);
    // The damage reached both kinds of check, and no single file took long.
    expect(seen.field).toBeGreaterThan(RUNS / 4);
    expect(seen.file).toBeGreaterThan(RUNS / 20);
    expect(seen.slowest).toBeLessThan(2000);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  }, 60_000);
});

describe('level files that are not levels at all', () => {
  it('random bytes and random JSON: refused by file, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.jsonValue().map((v) => new TextEncoder().encode(JSON.stringify(v) ?? ''))), (bytes) => {
        const result = parseLevelBytes(ROLES, bytes, FILE);
        if (result.ok) return;
        for (const e of result.errors) expect(PATH_MESSAGE.test(e) || FILE_MESSAGE.test(e), e.slice(0, 300)).toBe(true);
      }),
      { seed: 7, numRuns: 1000 },
    );
  });
});
