/** "Myth or reality?" level format: what it refuses, and the words it refuses with. */
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/core/validate';
import { mythsRole } from '../../src/core/myths/role';
import raw from '../../levels/myths.json';

const FILE = 'levels/x.json';
type Json = Record<string, unknown> & { statements: Record<string, unknown>[] };
const copy = (): Json => structuredClone(raw) as unknown as Json;
const check = (level: unknown) => parseLevel([mythsRole], level, FILE);
const errorsOf = (level: unknown): string[] => {
  const r = check(level);
  return r.ok ? [] : r.errors;
};

describe('myths level schema', () => {
  it('accepts the shipped level', () => {
    expect(check(copy())).toMatchObject({ ok: true });
  });

  for (const field of ['verdict', 'explanation', 'source', 'claim', 'learned', 'role'] as const) {
    it(`refuses a statement without ${field}, naming the file and the field`, () => {
      const level = copy();
      delete level.statements[3]![field];
      const errors = errorsOf(level);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(new RegExp(`^levels/x\\.json: statements\\[3\\]\\.${field}: `));
    });
  }

  it('says what a verdict is expected to be', () => {
    const level = copy();
    level.statements[0]!.verdict = 'half-true';
    expect(errorsOf(level)).toEqual([expect.stringMatching(/^levels\/x\.json: statements\[0\]\.verdict: .*"myth".*"reality"/)]);
  });

  it('refuses a source without its quote, or marked illustrative instead', () => {
    const noQuote = copy();
    noQuote.statements[1]!.source = { section: '3.1' };
    expect(errorsOf(noQuote)).toEqual([expect.stringMatching(/^levels\/x\.json: statements\[1\]\.source\.quote: /)]);
    const invented = copy();
    delete invented.statements[1]!.source;
    invented.statements[1]!.illustrative = true;
    const errors = errorsOf(invented);
    expect(errors.some((e) => e.startsWith('levels/x.json: statements[1].source: '))).toBe(true);
    expect(errors.some((e) => /statements\[1\]: .*illustrative/.test(e))).toBe(true);
  });

  it('refuses an empty explanation and one without English', () => {
    const empty = copy();
    empty.statements[2]!.explanation = { en: '  ', zh: '空' };
    const errors = errorsOf(empty);
    expect(errors).toContain('levels/x.json: statements[2].explanation.en: English text must not be empty');
    expect(errors.every((e) => e.startsWith('levels/x.json: statements[2].explanation.en: '))).toBe(true);
    const noEnglish = copy();
    noEnglish.statements[2]!.explanation = { zh: '只有中文' };
    expect(errorsOf(noEnglish)).toEqual([expect.stringMatching(/^levels\/x\.json: statements\[2\]\.explanation\.en: /)]);
  });

  it('refuses a nuance on a myth', () => {
    const level = copy();
    const i = level.statements.findIndex((s) => s.verdict === 'myth');
    level.statements[i]!.nuance = 'being-introduced';
    expect(errorsOf(level)).toEqual([`levels/x.json: statements[${i}].nuance: a nuance qualifies a "reality"; a myth explains itself in its explanation`]);
  });

  it('refuses duplicate ids and unknown fields', () => {
    const dup = copy();
    dup.statements[5]!.id = dup.statements[4]!.id;
    expect(errorsOf(dup)).toEqual([`levels/x.json: statements[5].id: duplicate id "${dup.statements[4]!.id as string}"`]);
    const extra = copy();
    extra.statements[0]!.score = 3;
    expect(errorsOf(extra)).toEqual([expect.stringMatching(/^levels\/x\.json: statements\[0\]: .*score/)]);
  });

  it('refuses rounds the statements cannot fill with a balance', () => {
    const big = copy();
    // The largest round: one statement from each group, every other statement once.
    const units = big.statements.length - new Set(big.statements.flatMap((s) => (s.group ? [s.group] : []))).size;
    big.rounds = { full: units, short: 6 };
    expect(check(big)).toMatchObject({ ok: true });
    big.rounds = { full: units + 1, short: 6 };
    expect(errorsOf(big)).toEqual([`levels/x.json: rounds.full: a round of ${units + 1} needs at least ${units + 1} statements from different groups; the level has ${units}`]);
    big.rounds = { full: 8, short: 6 };
    big.statements = big.statements.slice(0, 7).map(({ group: _group, ...s }) => s);
    big.rounds = { full: 8, short: 6 };
    expect(errorsOf(big)).toContain('levels/x.json: rounds.full: a round of 8 needs at least 8 statements from different groups; the level has 7');
    const fewMyths = copy();
    fewMyths.statements = fewMyths.statements
      .filter((s) => s.verdict === 'reality')
      .concat(fewMyths.statements.filter((s) => s.verdict === 'myth').slice(0, 2))
      .map(({ group: _group, ...s }) => s);
    const errors = errorsOf(fewMyths);
    expect(errors).toContain('levels/x.json: rounds.full: a round of 8 needs at least 3 statements of verdict "myth"; the level has 2');
    expect(errors.some((e) => e.startsWith('levels/x.json: rounds.short: '))).toBe(false);
  });

  it('counts a group once, and keeps room for the partners a round may shut out', () => {
    const level = copy();
    // Keep 3 myths, all grouped, and every reality: a round of 8 needs 3 myths, and 3 more in case
    // the realities drawn first shut out the myths' partners.
    const grouped = level.statements.filter((s) => s.verdict === 'myth' && s.group !== undefined);
    expect(grouped).toHaveLength(3);
    level.statements = level.statements.filter((s) => s.verdict === 'reality').concat(grouped);
    expect(errorsOf(level)).toContain(
      'levels/x.json: rounds.full: a round of 8 needs at least 6 statements of verdict "myth" (3, and 3 more in case other picks shut out their group partners); the level has 3',
    );
  });

  it('refuses a group that is not one myth and one reality', () => {
    const lone = copy();
    const i = lone.statements.findIndex((s) => s.group === undefined);
    lone.statements[i]!.group = 'alone';
    expect(errorsOf(lone)).toEqual([`levels/x.json: statements[${i}].group: group "alone" must hold one myth and one reality; it holds ${lone.statements[i]!.verdict as string}`]);
    const twoMyths = copy();
    const myths = twoMyths.statements.flatMap((s, k) => (s.verdict === 'myth' && s.group === undefined ? [k] : []));
    for (const k of myths.slice(0, 2)) twoMyths.statements[k]!.group = 'pair';
    expect(errorsOf(twoMyths)).toEqual([`levels/x.json: statements[${myths[1]}].group: group "pair" must hold one myth and one reality; it holds myth, myth`]);
  });

  it('refuses a level for another role or format', () => {
    expect(errorsOf({ ...copy(), format: 2 })).toEqual([expect.stringMatching(/^levels\/x\.json: format: /)]);
    expect(parseLevel([mythsRole], { ...copy(), role: 'village' }, FILE)).toMatchObject({ ok: false, errors: [expect.stringMatching(/unknown role "village"/)] });
  });
});
