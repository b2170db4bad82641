/**
 * URL parameters fuzzed: queries built from known and unknown names, good and bad values,
 * repeats, odd encodings and huge values. parseParams never throws, only ever returns values it
 * accepts, warns about every value it does not use and every repeated name, and warns about
 * nothing that is not in the query.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/content';
import { KIOSK_DEFAULTS, MODES, PAGES, parseParams, screenFromSearch, type LaunchParams } from '../../src/core/params';
import { ROLES } from '../../src/core/registry';
import { ROUTES } from '../../src/core/role';
import { MAX_SEED } from '../../src/core/rng';
import { seedCode } from '../../src/core/seed';

const KNOWN = ['lang', 'role', 'page', 'seed', 'mode', 'route', 'idle', 'countdown'] as const;
type Known = (typeof KNOWN)[number];
const ROLE_IDS = ROLES.map((r) => r.id);

const good: Record<Known, fc.Arbitrary<string>> = {
  lang: fc.constantFrom(...LANGS),
  role: fc.constantFrom(...ROLE_IDS),
  page: fc.constantFrom(...PAGES),
  seed: fc.integer({ min: 0, max: 2 ** 30 - 1 }).map(seedCode),
  mode: fc.constantFrom(...MODES),
  route: fc.constantFrom(...ROUTES),
  idle: fc.integer({ min: 2, max: 3600 }).map(String),
  countdown: fc.integer({ min: 1, max: 600 }).map(String),
};
const bad = fc.oneof(
  fc.constantFrom('', ' ', 'fr', 'EN', 'Village', 'true', '0', '-1', '1.5', '1e3', '0x3C', 'NaN', 'Infinity', '99999999', '__proto__', 'constructor', 'null', 'ZZZZZZZZ', 'UUUUUU', '%', '%zz', '%00', '<script>', '"\'', '中文'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.nat({ max: 5000 }).map((n) => 'x'.repeat(n)),
);
const name = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KNOWN) }, fc.constantFrom('Lang', 'ROLE', ' seed', 'mode ', 'colour', '__proto__', 'constructor', 'hasOwnProperty', '', 'x'.repeat(500)), fc.string({ maxLength: 10 }));
const pair = name.chain((n) => fc.tuple(fc.constant(n), (KNOWN as readonly string[]).includes(n) ? fc.oneof(good[n as Known], bad) : bad));

/** The query as a browser might pass it: encoded properly, or raw with odd separators. */
const query = fc.tuple(fc.array(pair, { maxLength: 10 }), fc.constantFrom('encoded', 'raw', 'semicolons')).map(([pairs, how]) => {
  if (how === 'encoded') return { pairs, search: `?${new URLSearchParams(pairs)}` };
  const sep = how === 'raw' ? '&' : '&;&';
  return { pairs, search: `?${pairs.map(([k, v]) => `${k}=${v}`).join(sep)}` };
});

/** The parameters as the page itself reads them. */
const read = (search: string) => new URLSearchParams(search);

function accepted(p: LaunchParams, name: Known, value: string): boolean {
  switch (name) {
    case 'seed':
      return p.seed !== undefined;
    case 'idle':
    case 'countdown':
      return p[name] === Number(value);
    default:
      return p[name] === value;
  }
}

function checkRanges(p: LaunchParams) {
  if (p.lang !== undefined) expect(LANGS).toContain(p.lang);
  if (p.role !== undefined) expect(ROLE_IDS).toContain(p.role);
  if (p.page !== undefined) expect(PAGES).toContain(p.page);
  if (p.route !== undefined) expect(ROUTES).toContain(p.route);
  expect(MODES).toContain(p.mode);
  if (p.seed !== undefined) expect(Number.isInteger(p.seed) && p.seed >= 0 && p.seed <= MAX_SEED).toBe(true);
  expect(Number.isInteger(p.idle) && p.idle >= 2 && p.idle <= 3600).toBe(true);
  expect(Number.isInteger(p.countdown) && p.countdown >= 1 && p.countdown <= 600).toBe(true);
  expect(Object.keys(p).sort()).toEqual(expect.arrayContaining(['countdown', 'idle', 'mode', 'warnings']));
}

describe('URL parameters, fuzzed', () => {
  it('never throw; every bad value, unknown name and repeat warns; nothing else does', () => {
    fc.assert(
      fc.property(query, ({ search }) => {
        const p = parseParams(search, ROLES);
        checkRanges(p);
        const q = read(search);
        const names = [...new Set(q.keys())];
        const said = p.warnings.join('\n');
        for (const n of names) {
          const shown = n.slice(0, 40);
          if (!(KNOWN as readonly string[]).includes(n)) {
            expect(said, `unknown "${shown}"`).toContain(`"${shown}"`);
            continue;
          }
          const all = q.getAll(n);
          if (all.length > 1) expect(said, `repeated ${n}`).toContain(`?${n} is given ${all.length} times`);
          const first = all[0] as string;
          // ?page is not used when ?role opens a role: that is said too.
          if (!accepted(p, n as Known, first)) expect(said, `${n}=${first.slice(0, 40)} not used`).toContain(`?${n}=${first.slice(0, 40)}`);
        }
        // Warnings are about this query only, one or two per name, each short.
        expect(p.warnings.length).toBeLessThanOrEqual(names.length * 2);
        for (const w of p.warnings) {
          expect(names.some((n) => w.includes(`?${n.slice(0, 40)}`) || w.includes(`"${n.slice(0, 40)}"`)), w.slice(0, 200)).toBe(true);
          expect(w.length).toBeLessThanOrEqual(300);
        }
        // Back or Forward to any such address lands on a real screen.
        const screen = screenFromSearch(search, ROLES);
        expect(['title', 'role', ...PAGES]).toContain(screen.name);
      }),
      { seed: 1128, numRuns: 2000 },
    );
  }, 60_000);

  it('a 1 MB value or name is refused with a short warning', () => {
    const huge = 'x'.repeat(1_000_000);
    const p = parseParams(`?lang=${huge}&${huge}=1&seed=${huge}&lang=en`, ROLES);
    expect(p.lang).toBeUndefined();
    expect(p.warnings).toHaveLength(4);
    for (const w of p.warnings) expect(w.length).toBeLessThanOrEqual(300);
  });

  it('a good value given once is used, whatever garbage surrounds it', () => {
    const known = fc.constantFrom(...KNOWN.filter((k) => k !== 'page')).chain((n) => fc.tuple(fc.constant(n), good[n]));
    fc.assert(
      fc.property(known, fc.array(fc.tuple(fc.string({ maxLength: 8 }), bad), { maxLength: 6 }), fc.nat(), ([n, value], junk, at) => {
        const pairs = junk.filter(([k]) => k !== n);
        pairs.splice(at % (pairs.length + 1), 0, [n, value]);
        const p = parseParams(`?${new URLSearchParams(pairs)}`, ROLES);
        expect(accepted(p, n, value), `${n}=${value}`).toBe(true);
        expect(p.warnings.some((w) => w.includes(`?${n}`))).toBe(false);
      }),
      { seed: 29, numRuns: 1000 },
    );
  });

  it('raw strings of any kind never throw and give defaults', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 50 }).map((s) => `?${s}`)), (search) => {
        const p = parseParams(search, ROLES);
        checkRanges(p);
        expect(p.mode === 'class' || read(search).get('mode') === p.mode).toBe(true);
        if (read(search).get('idle') === null) expect(p.idle).toBe(KIOSK_DEFAULTS.idle);
      }),
      { seed: 3, numRuns: 1000 },
    );
  });
});
