/**
 * What the Sesame role shows: the phone and the evenings never expose a weight; the reveal's beats
 * show the hidden weights, each choice's move (adding up), the choices made only for the number and
 * a FICO-like reading of the same week; the debrief's moments quote the player's own choices.
 */
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/core/validate';
import { sesameDecision, sesameRole } from '../../src/core/sesame/role';
import { BEATS, actionOf, cardActions, createRun, pendingCard, step, type SesameAction, type SesameRun } from '../../src/core/sesame/rules';
import {
  blockedNow, chasing, citations, contributions, currentBeat, debriefMoments, evening, ficoReading, hiddenWeights, lastOutcome, leaderboard, momentKinds,
  revealBeats, status,
} from '../../src/core/sesame/reveal';
import type { SesameLevel } from '../../src/core/sesame/schema';
import raw from '../../levels/sesame.json';

const parsed = parseLevel([sesameRole], raw, 'levels/sesame.json');
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const level = parsed.level as SesameLevel;

function must(run: SesameRun, action: SesameAction): SesameRun {
  const r = step(level, run, action);
  if (!r.ok) throw new Error(`refused ${JSON.stringify(action)}: ${r.reason}`);
  return r.run;
}
function play(route: 'full' | 'short', seed: number, prefer: (id: string) => number, until?: (r: SesameRun) => boolean, seen?: (r: SesameRun) => void): SesameRun {
  let run = createRun(level, seed, route);
  while (run.phase !== 'debrief' && !until?.(run)) {
    seen?.(run);
    const card = pendingCard(run);
    run = must(run, card ? { type: 'choose', card, option: [...cardActions(level, run, card)].sort((a, b) => prefer(b.id) - prefer(a.id))[0]!.id } : sesameRole.advance(level, run)!);
  }
  return run;
}
const chaser = (id: string) => {
  const a = actionOf(level, id);
  if (a.court) return a.court === 'pay' ? 20 : -20;
  if (a.lingers) return -10;
  return (a.scoreOnly ? 8 : 0) + (a.uses ? 7 : 0) + (a.share ? 6 : 0) + (a.rateBack ? 1 : 0) + a.effects.reduce((s, e) => s + e.points, 0);
};
const careless = (id: string) => {
  const a = actionOf(level, id);
  return (a.court === 'ignore' ? 20 : 0) + (a.court === 'pay' ? -20 : 0) + (a.lingers ? 9 : 0) + (a.luxury ? 8 : 0);
};

/** Every weight value, as it would appear in JSON. */
const weightValues = level.factors.map((f) => f.weight.value);

describe('before the reveal, no weight is shown', () => {
  it('the phone, the decisions and the evenings carry the score but never a weight or a factor', () => {
    let checked = 0;
    play('full', 11, chaser, (r) => r.phase === 'reveal', (run) => {
      const shown = JSON.stringify([status(level, run), sesameDecision(level, run), run.phase === 'evening' ? evening(level, run) : null]);
      expect(shown).not.toMatch(/"weight"|"factors?"|"fico"|"effects"/);
      for (const f of level.factors) expect(shown).not.toContain(JSON.stringify(f.name));
      checked++;
    });
    expect(checked).toBeGreaterThan(40);
    expect(currentBeat(level, createRun(level, 1, 'short'))).toBeNull();
  });

  it('gives only vague tips: no number, no factor’s name', () => {
    for (const tip of level.tips) {
      expect(tip.text.en).not.toMatch(/\d/);
      for (const f of level.factors) expect(tip.text.en.toLowerCase()).not.toContain(f.name.en.toLowerCase());
    }
  });
});

describe('the phone and the evenings', () => {
  it('answers each choice back at once, and says why a luxury purchase is refused while listed', () => {
    let run = must(createRun(level, 4, 'short'), { type: 'begin' });
    run = must(run, { type: 'choose', card: 'c-phone-bill', option: 'pay-bill-on-time' });
    const last = lastOutcome(level, run)!;
    expect(last.text).toEqual(actionOf(level, 'pay-bill-on-time').outcome);
    expect(last.delta).toBe(run.score - level.model.start);
    expect(last.delta).toBeGreaterThan(0);

    const listed = play('short', 4, careless, (r) => r.phase === 'day' && r.dayIndex === 2);
    expect(status(level, listed).listed).toBe(true);
    expect(blockedNow(level, listed, 'buy-jade-bracelet')).toBe(true);
    expect(blockedNow(level, listed, 'buy-scarf')).toBe(false);
    const refused = must(listed, { type: 'choose', card: 'c-gift', option: 'buy-jade-bracelet' });
    const out = lastOutcome(level, refused)!;
    expect(out.taken.blocked).toBe(true);
    expect(out.text).toEqual(level.court.blocked.text);
    expect(out.fact).toBe(level.court.cooperation);
    expect(out.delta).toBe(0);
  });

  it('the evening the list comes, it says a court did it, with the platform’s cooperation, cited', () => {
    const run = play('short', 4, careless, (r) => r.phase === 'evening' && r.dayIndex === 1);
    const e = evening(level, run)!;
    expect(e.court).toEqual([level.court.listed, level.court.list, level.court.cooperation, level.court.state]);
    expect(e.court.every((s) => s.source)).toBe(true);
    expect(e.notifications.map((n) => n.id)).toContain('n-listed');
    expect(e.lingering.map((l) => l.action.id)).toEqual(['pay-bill-late']);
    expect(e.lingering[0]!.delta).toBeLessThan(0);
  });

  it('ranks the leaderboard, the player included; sharing makes friends react', () => {
    const run = play('short', 5, (id) => (id === 'share-score' ? 50 : 0), (r) => r.phase === 'evening' && r.dayIndex === 1);
    const board = leaderboard(level, run);
    expect(board.map((r) => r.rank)).toEqual(board.map((_, i) => i + 1));
    expect(board.some((r) => r.id === 'you' && r.score === run.score)).toBe(true);
    expect([...board].sort((a, b) => b.score - a.score)).toEqual(board);
    expect(board.find((r) => r.id === 'chen-yaqin')).toMatchObject({ reacted: true, score: 720 + level.leaderboard.shareRise });
    const left = must(play('short', 5, () => 0, (r) => r.phase === 'day'), { type: 'leave' });
    expect(leaderboard(level, left).some((r) => r.id === 'you')).toBe(false);
    expect(status(level, left)).toMatchObject({ shown: null, member: false });
  });
});

describe('the reveal', () => {
  it('shows the hidden weights, their shares adding up to 100', () => {
    const rows = hiddenWeights(level);
    expect(rows.map((r) => r.weight)).toEqual(weightValues);
    expect(rows.reduce((s, r) => s + r.percent, 0)).toBe(100);
    expect(rows.filter((r) => r.fico).map((r) => r.factor.id)).toEqual(['history', 'obligations']);
    for (const r of rows) expect(Math.abs(r.percent - (r.weight * 100) / weightValues.reduce((a, b) => a + b, 0))).toBeLessThan(1);
  });

  it('comes in the role’s beats, in order, and each choice’s move adds up to the week', () => {
    for (const [route, seed] of [['full', 3], ['short', 8]] as const) {
      for (const prefer of [chaser, careless]) {
        const run = play(route, seed, prefer);
        const beats = revealBeats(level, run);
        expect(beats.map((b) => b.id)).toEqual([...BEATS]);
        const moves = beats[1]!;
        if (moves.id !== 'moves') throw new Error('order');
        expect(moves.rows.reduce((s, r) => s + r.total, 0)).toBe(moves.score - moves.start);
        expect(moves.rows.every((r) => r.total === r.immediate + r.later)).toBe(true);
        const c = chasing(level, run);
        expect(c.count).toBe(run.taken.filter((t) => !t.blocked && t.member && actionOf(level, t.action).scoreOnly).length);
        expect(c.points).toBe(c.choices.reduce((s, x) => s + x.total, 0));
        const f = ficoReading(level, run);
        expect(f.fico).toBe(run.fico);
        expect(f.fico - f.start).toBe(contributions(level, run).reduce((s, x) => s + x.fico, 0));
        const reality = beats[4]!;
        if (reality.id !== 'reality') throw new Error('order');
        expect(reality.facts.every((s) => s.source)).toBe(true);
      }
    }
  });

  it('the FICO-like reading ignores what was done only for the number', () => {
    const run = play('full', 7, chaser);
    const f = ficoReading(level, run);
    expect(run.score - f.fico).toBeGreaterThan(80);
    const onlyForScore = contributions(level, run).filter((c) => c.action.scoreOnly && c.action.effects.every((e) => e.factor === 'network' || e.factor === 'personal'));
    expect(onlyForScore.length).toBeGreaterThan(2);
    for (const c of onlyForScore) {
      expect(c.fico).toBe(0);
      expect(f.differences).toContainEqual(c);
    }
  });

  it('walks the beats with nextBeat, the current beat following', () => {
    let run = play('short', 2, () => 0, (r) => r.phase === 'reveal');
    const seen: string[] = [];
    while (run.phase === 'reveal') {
      seen.push(currentBeat(level, run)!.id);
      run = must(run, { type: 'nextBeat' });
    }
    expect(seen).toEqual([...BEATS]);
  });
});

describe('the debrief', () => {
  it('quotes the player’s own choices, with the report beside each', () => {
    const run = play('full', 7, chaser);
    const moments = debriefMoments(level, run);
    const labels = moments.flatMap((m) => (m.label ? [m.label.en] : []));
    expect(labels).toEqual(expect.arrayContaining(['Remove Pan Jun', 'Remove He Xiulan', 'Add him', 'Share my score', 'Book a room, deposit-free', 'Look for a way to rate the app']));
    // A choice both dropped a friend and was made only for the score: two moments, one label.
    expect(moments.filter((m) => m.label?.en === 'Remove Pan Jun').map((m) => m.kind)).toEqual(['scoreOnly', 'dropped']);
    for (const m of moments) {
      expect(m.fact).toBe(level.moments[m.kind]);
      expect(m.fact.source).toBeDefined();
    }
    const days = moments.map((m) => m.day);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    expect(momentKinds(actionOf(level, 'buy-smartwatch'), false)).toEqual(['scoreOnly']);
    expect(momentKinds(actionOf(level, 'buy-smartwatch'), true)).toEqual(['blocked']);
  });

  it('cites each source once, in the report’s order', () => {
    const run = play('short', 4, careless);
    const cites = citations(level, run);
    const keys = cites.map((c) => `${c.section}|${c.quote}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(cites.length).toBeGreaterThan(10);
    expect(cites[0]!.section).toBe('Summary');
    expect(cites.map((c) => c.section)).toContain('3.2.2');
  });
});
