/**
 * Joint punishment as a graph walk: it ends on any network (cycles, self-loops, unknown names,
 * duplicates), visits each institution once, follows only real "honours" edges, reaches exactly the
 * closure, and adding an origin never takes anything away.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cascade, followers, reached, type NetworkNode } from '../../src/core/firm/cascade';

const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const node = fc.record({ id: fc.constantFrom(...IDS), honours: fc.array(fc.constantFrom(...IDS, 'nobody'), { maxLength: 8 }) });
const network = fc.array(node, { maxLength: 14 });
const RUNS = { seed: 42, numRuns: 200 };

/** The closure by brute force: keep adding whoever honours someone already reached. */
function closure(net: readonly NetworkNode[], origins: readonly string[]): Set<string> {
  const known = new Set(net.map((n) => n.id));
  const out = new Set(origins.filter((o) => known.has(o)));
  for (let changed = true; changed; ) {
    changed = false;
    for (const n of net) {
      if (!out.has(n.id) && n.honours.some((h) => h !== n.id && out.has(h))) {
        out.add(n.id);
        changed = true;
      }
    }
  }
  return out;
}

describe('cascade', () => {
  it('ends on any network, visiting each institution at most once (property)', () => {
    fc.assert(
      fc.property(network, fc.constantFrom(...IDS), (net, origin) => {
        const steps = cascade(net, origin);
        const ids = steps.map((s) => s.institution);
        expect(new Set(ids).size).toBe(ids.length);
        expect(steps.length).toBeLessThanOrEqual(new Set(net.map((n) => n.id)).size);
      }),
      RUNS,
    );
  });

  it('starts at the origin and follows only "honours" edges, breadth first (property)', () => {
    fc.assert(
      fc.property(network, fc.constantFrom(...IDS), (net, origin) => {
        const steps = cascade(net, origin);
        if (!net.some((n) => n.id === origin)) {
          expect(steps).toEqual([]);
          return;
        }
        expect(steps[0]).toEqual({ institution: origin, from: null, depth: 0 });
        const depth = new Map<string, number>();
        steps.forEach((s, i) => {
          if (i > 0) {
            expect(s.from).not.toBeNull();
            expect(depth.has(s.from as string)).toBe(true);
            expect(s.depth).toBe((depth.get(s.from as string) as number) + 1);
            expect(net.some((n) => n.id === s.institution && n.honours.includes(s.from as string))).toBe(true);
            expect(s.depth).toBeGreaterThanOrEqual((steps[i - 1] as { depth: number }).depth);
          }
          depth.set(s.institution, s.depth);
        });
      }),
      RUNS,
    );
  });

  it('reaches exactly the institutions that honour, directly or not, the origin (property)', () => {
    fc.assert(
      fc.property(network, fc.constantFrom(...IDS), (net, origin) => {
        expect(new Set(cascade(net, origin).map((s) => s.institution))).toEqual(closure(net, [origin]));
      }),
      RUNS,
    );
  });

  it('adding a blacklist never reduces who lists the firm (property)', () => {
    fc.assert(
      fc.property(network, fc.array(fc.constantFrom(...IDS), { maxLength: 4 }), fc.constantFrom(...IDS), (net, origins, more) => {
        const before = reached(net, origins);
        const after = reached(net, [...origins, more]);
        for (const id of before) expect(after.has(id)).toBe(true);
        expect(after).toEqual(closure(net, [...origins, more]));
      }),
      RUNS,
    );
  });

  it('ends on a cycle and on an institution that names itself', () => {
    const ring: NetworkNode[] = [
      { id: 'tax', honours: ['customs'] },
      { id: 'customs', honours: ['bank'] },
      { id: 'bank', honours: ['tax', 'bank'] },
    ];
    expect(cascade(ring, 'tax')).toEqual([
      { institution: 'tax', from: null, depth: 0 },
      { institution: 'bank', from: 'tax', depth: 1 },
      { institution: 'customs', from: 'bank', depth: 2 },
    ]);
    expect(followers(ring).get('bank')).toEqual(['customs']);
  });

  it('shows followers in the network’s order, each once', () => {
    const net: NetworkNode[] = [
      { id: 'hub', honours: ['tax'] },
      { id: 'land', honours: ['hub', 'hub'] },
      { id: 'bank', honours: ['hub'] },
      { id: 'tax', honours: ['hub'] },
    ];
    expect(cascade(net, 'tax').map((s) => `${s.institution}<${s.from ?? ''}`)).toEqual(['tax<', 'hub<tax', 'land<hub', 'bank<hub']);
  });
});
