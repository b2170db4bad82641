/** The level format refuses bad follow-ups with the file, the field path and what was expected. */
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/core/validate';
import { villageRole } from '../../src/core/village/role';
import { eventDependencies, findLoop } from '../../src/core/village/schema';
import { tinyLevel, tinyLevelData } from '../fixtures/tiny-level';

const FILE = 'levels/tiny.json';
type Data = ReturnType<typeof tinyLevelData>;

function errorsFor(edit: (d: Data) => void): string[] {
  const data = tinyLevelData();
  edit(data);
  const r = parseLevel([villageRole], data, FILE);
  return r.ok ? [] : r.errors;
}

const event = (d: Data, i: number) => d.events[i] as Record<string, unknown>;

describe('follow-up events in the level', () => {
  it('the fixture itself is valid', () => {
    expect(errorsFor(() => {})).toEqual([]);
  });

  const cases: [string, (d: Data) => void, string][] = [
    ['an unknown villager in a condition', (d) => (event(d, 1).when = { is: 'grievance', villager: 'zed' }),
      `${FILE}: events[1].when.villager: no villager "zed"; expected the id of a villager in "villagers"`],
    ['an unknown deed in a nested condition', (d) => (event(d, 0).when = { is: 'all', of: [{ is: 'declined', deed: 'help' }, { is: 'not', of: { is: 'given', deed: 'nope' } }] }),
      `${FILE}: events[0].when.of[1].of.deed: no deed "nope"; expected the id of a deed in "deeds"`],
    ['an unknown condition', (d) => (event(d, 2).when = { is: 'bribed', villager: 'a' }),
      `${FILE}: events[2].when.is: unknown condition; expected "is" to be one of: given, declined, favourFollowed, favourRefused, modelCitizen, standing, grievance, gratitude, event, all, any, not`],
    ['a field a condition does not have', (d) => (event(d, 2).when = { is: 'declined', deed: 'help', villager: 'a' }),
      `${FILE}: events[2].when: Unrecognized key: "villager"`],
    ['an unknown event', (d) => (event(d, 3).when = { is: 'event', event: 'ghost' }),
      `${FILE}: events[3].when.event: no event "ghost"; expected the id of an event in "events"`],
    ['a favour condition on a deed that asks none', (d) => (event(d, 3).when = { is: 'favourFollowed', deed: 'help' }),
      `${FILE}: events[3].when.deed: deed "help" asks no favour, so "favourFollowed" can never hold`],
    ['an unknown card', (d) => (event(d, 0).card = 'nothing'),
      `${FILE}: events[0].card: no deed "nothing"; expected the id of a deed in "deeds"`],
    ['a card that is already in a day', (d) => (event(d, 0).card = 'litter'),
      `${FILE}: events[0].card: deed "litter" is already in a day; a follow-up card arrives only through its event`],
    ['both a card and a scene', (d) => (event(d, 0).scene = { villager: 'a', text: { en: 'x' } }),
      `${FILE}: events[0]: an event has either a "card" (a deed the next day) or a "scene" (on the board), exactly one`],
    ['an unknown villager who stops reporting', (d) => (event(d, 1).stopsReporting = 'zed'),
      `${FILE}: events[1].stopsReporting: no villager "zed"; expected the id of a villager in "villagers"`],
    ['an unknown villager in a scene', (d) => ((event(d, 2).scene as Record<string, unknown>).villager = 'zed'),
      `${FILE}: events[2].scene.villager: no villager "zed"; expected the id of a villager in "villagers"`],
    ['an event that triggers itself through its own card', (d) => (event(d, 0).when = { is: 'given', deed: 'protest' }),
      `${FILE}: events[0].when: event "ann-protests" could trigger itself (ann-protests → ann-protests); follow-ups must not loop`],
    ['two events that trigger each other', (d) => {
      // ann-thanks already waits for the protest card; make the protest wait for ann-thanks.
      event(d, 0).when = { is: 'event', event: 'ann-thanks' };
    }, `${FILE}: events[0].when: event "ann-protests" could trigger itself (ann-protests → ann-thanks → ann-protests); follow-ups must not loop`],
    ['a loop through a villager', (d) => {
      // The protest card is Ann's; an event about Ann's mood that brings it could trigger itself.
      event(d, 0).when = { is: 'grievance', villager: 'a' };
    }, `${FILE}: events[0].when: event "ann-protests" could trigger itself (ann-protests → ann-protests); follow-ups must not loop`],
  ];
  for (const [what, edit, message] of cases) {
    it(`refuses ${what}`, () => {
      expect(errorsFor(edit)).toContain(message);
    });
  }

  it('a deed from the report cannot be one someone stops reporting', () => {
    expect(errorsFor((d) => ((d.deeds[0] as Record<string, unknown>).reportedBy = 'b'))).toContain(
      `${FILE}: deeds[0].reportedBy: a deed from the report arrives in every week, so nobody can stop reporting it`,
    );
  });

  it('refuses a grid too big for a favour card, and cut-offs that do not fit the grades', () => {
    expect(errorsFor((d) => (d.points.options = [-10, -5, 2, 10, 30]))).toContain(
      `${FILE}: points.options: at most 4 point options, so a favour card (points, "Do as asked", Decline) has at most 6 choices`,
    );
    expect(errorsFor((d) => ((d.scales[0] as { rule: { cutoffs: number[] } }).rule.cutoffs = [990]))).toContain(
      `${FILE}: scales[0].rule.cutoffs: expected 2 cut-offs for 3 grades (every grade but the last)`,
    );
  });

  it('finds the dependencies the loop check walks', () => {
    const deps = eventDependencies(tinyLevel());
    expect(deps.get('ann-thanks')).toEqual(['ann-protests']);
    expect(deps.get('ann-protests')).toEqual([]);
    expect(findLoop(new Map([['x', ['y']], ['y', ['z']], ['z', ['y']]]), 'x')).toEqual(['y', 'z', 'y']);
    expect(findLoop(deps, 'ann-thanks')).toBeNull();
  });
});
