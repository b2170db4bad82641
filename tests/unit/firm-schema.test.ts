/**
 * Bad firm levels are refused with the file, the field path and what was expected (issue 8,
 * "Bad input"). Cycles in "who honours whose blacklist" are allowed: the cascade visits each
 * institution once, so it always ends.
 */
import { describe, expect, it } from 'vitest';
import { parseLevel, parseLevelText } from '../../src/core/validate';
import { firmRole } from '../../src/core/firm/role';
import { cascade } from '../../src/core/firm/cascade';
import raw from '../../levels/firm.json';

type Raw = typeof raw & Record<string, unknown>;
const FILE = 'levels/firm.json';
const copy = (): Raw => JSON.parse(JSON.stringify(raw)) as Raw;
const errorsOf = (level: unknown) => {
  const r = parseLevel([firmRole], level, FILE);
  return r.ok ? [] : r.errors;
};
const index = <T extends { id: string }>(list: readonly T[], id: string) => list.findIndex((x) => x.id === id);

describe('levels/firm.json as shipped', () => {
  it('parses', () => {
    expect(errorsOf(raw)).toEqual([]);
  });

  it('has cycles in who honours whose blacklist, and is accepted', () => {
    const net: { id: string; honours: string[] }[] = raw.institutions;
    const cyclic = net.filter((a) => a.honours.some((b) => net.find((n) => n.id === b)?.honours.includes(a.id)));
    expect(cyclic.length).toBeGreaterThan(1);
    for (const inst of net) expect(cascade(net, inst.id).length).toBeLessThanOrEqual(net.length);
  });
});

describe('bad input is refused with the field path and the expectation', () => {
  it('an institution that names an unknown institution', () => {
    const level = copy();
    const i = index(level.institutions, 'bank');
    level.institutions[i]!.honours = ['platform', 'ministry-of-luck'];
    expect(errorsOf(level)).toEqual([`${FILE}: institutions[${i}].honours[1]: no institution "ministry-of-luck"`]);
  });

  it('an institution that honours its own blacklist', () => {
    const level = copy();
    const i = index(level.institutions, 'tax');
    level.institutions[i]!.honours = ['tax', 'platform'];
    expect(errorsOf(level)).toEqual([`${FILE}: institutions[${i}].honours[0]: "tax" cannot honour its own blacklist`]);
  });

  it('a new cycle is accepted (the cascade uses a visited set)', () => {
    const level = copy();
    for (const inst of level.institutions) if (inst.id !== 'court') inst.honours = level.institutions.filter((o) => o.id !== inst.id).map((o) => o.id);
    expect(errorsOf(level)).toEqual([]);
  });

  it('grade thresholds out of order', () => {
    const level = copy();
    level.grades[1]!.threshold.min = 90;
    expect(errorsOf(level)).toEqual([`${FILE}: grades[1].threshold.min: thresholds go down from 优 to 差: 90 must be below the threshold of "excellent" (85)`]);
    const equal = copy();
    equal.grades[2]!.threshold.min = equal.grades[1]!.threshold.min;
    expect(errorsOf(equal)).toEqual([`${FILE}: grades[2].threshold.min: thresholds go down from 优 to 差: 70 must be below the threshold of "good" (70)`]);
  });

  it('grades in the wrong order, or a lowest grade that leaves scores without a grade', () => {
    const level = copy();
    [level.grades[0], level.grades[1]] = [level.grades[1]!, level.grades[0]!];
    expect(errorsOf(level)).toContain(`${FILE}: grades[0].id: grade 1 is "excellent"; the grades go excellent, good, medium, poor`);
    const gap = copy();
    gap.grades[3]!.threshold.min = 10;
    expect(errorsOf(gap)).toEqual([`${FILE}: grades[3].threshold.min: the lowest grade starts at 0, so every score has a grade`]);
  });

  it('an event that names an unknown category', () => {
    const level = copy();
    const i = index(level.events, 'complaint');
    level.events[i]!.category = 'astrology';
    expect(errorsOf(level)).toEqual([`${FILE}: events[${i}].category: no category "astrology"`]);
  });

  it('a record without its channel, and a consequence without the institution that acts', () => {
    const level = copy();
    const i = index(level.events, 'fine');
    delete (level.events[i] as { channel?: string }).channel;
    const j = index(level.events, 'trip');
    level.events[j]!.via = 'weather-bureau';
    expect(errorsOf(level)).toEqual([
      `${FILE}: events[${i}].channel: a record says how its data arrives: "transfer", "inspection" or "technology"`,
      `${FILE}: events[${j}].via: no institution "weather-bureau"`,
    ]);
  });

  it('a category, a profile or a human error naming what does not exist', () => {
    const level = copy();
    level.categories[0]!.institution = 'nowhere';
    level.profiles[1]!.operations.push('casino');
    level.humanError[0]!.institution = 'oracle';
    expect(errorsOf(level)).toEqual([
      `${FILE}: categories[0].institution: no institution "nowhere"`,
      `${FILE}: profiles[1].operations[${level.profiles[1]!.operations.length - 1}]: no operation "casino"`,
      `${FILE}: humanError[0].institution: no institution "oracle"`,
    ]);
  });

  it('a firm with no human error in its categories', () => {
    const level = copy();
    level.humanError = level.humanError.filter((e) => e.category === 'environment');
    const i = index(level.profiles, 'qingshao');
    expect(errorsOf(level)).toEqual([`${FILE}: profiles[${i}].categories: no human error candidate is in a category of "qingshao"; every firm meets the error`]);
  });

  it('an error quarter that leaves no time to appeal, or is not on the route', () => {
    const level = copy();
    level.routes.short.errorAt = 's3';
    level.routes.full.errorAt = 's1';
    expect(errorsOf(level)).toEqual([
      `${FILE}: routes.full.errorAt: "s1" is not one of this route's quarters`,
      `${FILE}: routes.short.errorAt: the error comes before the last quarter, so an appeal has time`,
    ]);
  });

  it('an event that requires a flag nothing sets, or a follow-up listed in a quarter', () => {
    const level = copy();
    const i = index(level.events, 'trip');
    level.events[i]!.requires = ['moon-landing'];
    level.quarters[0]!.events.push('fine-reminder');
    expect(errorsOf(level)).toEqual([
      `${FILE}: events[${i}].requires[0]: no outcome or rule ever sets flag "moon-landing"`,
      `${FILE}: quarters[0].events[2]: "fine-reminder" requires flags, so it arrives by itself; do not list it in a quarter`,
    ]);
  });

  it('a court order honoured by an institution that does not honour the court', () => {
    const level = copy();
    level.courtOrder.honouredBy = 'bank';
    expect(errorsOf(level)).toEqual([`${FILE}: courtOrder.honouredBy: "bank" must honour the blacklist of "court"`]);
  });

  it('a number without the illustrative mark, and a check without a fail outcome', () => {
    const level = copy();
    delete (level.scoring as { illustrative?: boolean }).illustrative;
    const i = index(level.events, 'inspection');
    delete (level.events[i]!.options![0] as { fail?: unknown }).fail;
    expect(errorsOf(level)).toEqual([
      `${FILE}: scoring.illustrative: Invalid input: expected true`,
      `${FILE}: events[${i}].options[0].fail: an option with a check needs a "fail" outcome`,
    ]);
  });

  it('too many presets for a room to vote on, and a budget line missing', () => {
    const level = copy();
    level.budget.presets.push({ ...level.budget.presets[0]!, id: 'fifth' });
    level.budget.lines = level.budget.lines.slice(0, 4);
    const errors = errorsOf(level);
    expect(errors).toContain(`${FILE}: budget.presets: Too big: expected array to have <=4 items`);
    expect(errors).toContain(`${FILE}: budget.lines: Too small: expected array to have exactly 5 items`);
  });

  it('names the file and the line for broken JSON', () => {
    const text = JSON.stringify(raw, null, 2).replace('"format": 1,', '"format": 1');
    const r = parseLevelText([firmRole], text, FILE);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^levels\/firm\.json: not valid JSON \(line 4, column 3\): expected "," or "}"$/);
  });
});
