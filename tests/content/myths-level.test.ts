/**
 * The shipped "Myth or reality?" level: it parses, every quote is in the report (in the section it
 * names), every text has its Chinese, the word budgets hold, it covers what issue 9 asks for, and
 * a full and a short round play through the role's own interface to the result.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/core/validate';
import { isFinished, phaseKind } from '../../src/core/role';
import { mythsRole } from '../../src/core/myths/role';
import { KNOWN_MAX, currentStatement, result, type MythsAction, type MythsRun } from '../../src/core/myths/rules';
import { INVITE_ROLES, type MythsLevel } from '../../src/core/myths/schema';
import raw from '../../levels/myths.json';
import { norm, REPORT_PATH } from '../fixtures/report';

const parsed = parseLevel([mythsRole], raw, 'levels/myths.json');
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const level = parsed.level as MythsLevel;

// The report where .ci/run found it (SCORED_REPORT), else beside the project.
const REPORT = REPORT_PATH;

/** Where each section of the report starts, by its heading (in the report's order). */
const HEADINGS: [string, string][] = [
  ['Summary', 'Summary · There is currently no single'],
  ['Introduction', 'Introduction "Orwellian reality'],
  ['1', '1. Origins and political background of the Chinese social credit system'],
  ['2', '2. Legal basis and initial implementation attempts'],
  ['3', '3. Different types of systems, their functions and examples of pilot programmes'],
  ['3.1', '3.1. Systems created by private entities to assess individuals'],
  ['3.2', '3.2 Systems created by party-state apparatus to assess individuals'],
  ['3.2.1', '3.2.1 Moral education'],
  ['3.2.2', '3.2.2 Blacklists and redlists'],
  ['3.3', '3.3 Corporate social credit system'],
  ['3.3.1', '3.3.1 Creating stable business environment'],
  ['3.3.2', '3.3.2 Impact of corporate social credit system on foreign enterprises in China'],
  ['4', '4. Future implications'],
];

/** The text of one section, its subsections included. */
function sectionText(report: string, section: string): string {
  const starts = HEADINGS.map(([id, heading]) => {
    const at = report.indexOf(heading);
    if (at < 0) throw new Error(`heading of section ${id} not found`);
    return { id, at };
  });
  const i = starts.findIndex((s) => s.id === section);
  const start = starts[i];
  if (!start) throw new Error(`no section ${section}`);
  const end = starts.slice(i + 1).find((s) => !s.id.startsWith(`${section}.`));
  return report.slice(start.at, end?.at ?? report.length);
}

function everyObject(node: unknown, visit: (o: Record<string, unknown>, path: string) => void, path = '') {
  if (Array.isArray(node)) node.forEach((n, i) => everyObject(n, visit, `${path}[${i}]`));
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>, path);
    for (const [k, v] of Object.entries(node)) everyObject(v, visit, path ? `${path}.${k}` : k);
  }
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const byId = (id: string) => {
  const s = level.statements.find((x) => x.id === id);
  if (!s) throw new Error(`no statement ${id}`);
  return s;
};

describe('levels/myths.json', () => {
  it.skipIf(!existsSync(REPORT))('quotes the report word for word, in the section it names', () => {
    const report = norm(readFileSync(REPORT, 'utf8'));
    const wrong: string[] = [];
    let count = 0;
    everyObject(raw, (o, path) => {
      const src = o.source as { section?: string; quote?: string } | undefined;
      if (!src?.quote || !src.section) return;
      count++;
      const quote = norm(src.quote);
      if (!report.includes(quote)) wrong.push(`${path}: not in the report: ${src.quote}`);
      else if (!sectionText(report, src.section).includes(quote)) wrong.push(`${path}: not in section ${src.section}: ${src.quote}`);
    });
    expect(count).toBeGreaterThanOrEqual(level.statements.length + 5);
    expect(wrong).toEqual([]);
  });

  it('has every text in English and Simplified Chinese, with Chinese punctuation', () => {
    const problems: string[] = [];
    everyObject(raw, (o, path) => {
      if (!('en' in o)) return;
      const zh = o.zh;
      if (!(typeof zh === 'string' && zh.trim())) {
        problems.push(`${path}: no zh`);
        return;
      }
      if (!/[\u4e00-\u9fff]/.test(zh)) problems.push(`${path}: zh has no Chinese`);
      if (/[,;:!?()"]/.test(zh)) problems.push(`${path}: half-width punctuation in zh: ${zh}`);
      if (/\.(?!\d)/.test(zh.replace(/\d\.\d/g, ''))) problems.push(`${path}: a full stop that is not 。 in zh: ${zh}`);
      if (/[。，：；！？] /.test(zh)) problems.push(`${path}: a space after Chinese punctuation: ${zh}`);
    });
    expect(problems).toEqual([]);
  });

  it('keeps to the word budgets', () => {
    const over: string[] = [];
    for (const s of level.statements) {
      if (words(s.explanation.en) > 40) over.push(`${s.id}.explanation: ${words(s.explanation.en)} words`);
      if (words(s.claim.en) > 25) over.push(`${s.id}.claim: ${words(s.claim.en)} words`);
      if (words(s.learned.en) > 20) over.push(`${s.id}.learned: ${words(s.learned.en)} words`);
      // The first screen: the one intro line and a statement, then the two answers.
      if (words(level.intro.text.en) + words(s.claim.en) > 40) over.push(`${s.id}: intro and claim over 40 words`);
    }
    expect(over).toEqual([]);
    // The result at its longest: the longest "what you now know" lines, the caveat and the longest invitation.
    const known = level.statements
      .map((s) => words(s.learned.en))
      .sort((a, b) => b - a)
      .slice(0, KNOWN_MAX)
      .reduce((a, b) => a + b, 0);
    const invitation = Math.max(...INVITE_ROLES.map((r) => words(level.result.invitations[r].text.en)));
    expect(known + words(level.result.caveat.text.en) + invitation).toBeLessThanOrEqual(250);
  });

  it('holds enough statements, balanced between myths and realities, on all three kinds of systems', () => {
    const myths = level.statements.filter((s) => s.verdict === 'myth');
    const realities = level.statements.filter((s) => s.verdict === 'reality');
    expect(level.statements.length).toBeGreaterThanOrEqual(20);
    expect(myths.length).toBeGreaterThanOrEqual(8);
    expect(realities.length).toBeGreaterThanOrEqual(8);
    for (const system of ['private', 'state', 'corporate'] as const)
      for (const verdict of ['myth', 'reality'] as const)
        expect(level.statements.some((s) => s.system === system && s.verdict === verdict), `${system}/${verdict}`).toBe(true);
    for (const role of INVITE_ROLES) expect(level.statements.some((s) => s.role === role), role).toBe(true);
    expect(level.rounds).toEqual({ full: 8, short: 6 });
  });

  it('has the verdicts and hedges issue 9 names', () => {
    const expected: [string, 'myth' | 'reality', string?][] = [
      ['single-score', 'myth'],
      ['travel-ban-score', 'myth'],
      ['village-by-hand', 'reality', 'media-account'],
      ['companies-33m', 'reality'],
      ['sesame-government', 'myth'],
      ['sesame-compulsory', 'myth'],
      ['joint-punishment', 'reality', 'being-introduced'],
      ['blacklists-apps', 'myth'],
      ['centralised-2020', 'myth'],
      ['foreigners-sesame', 'reality', 'lesser-extent'],
      ['biometric-firms', 'myth'],
      ['algorithms-public', 'myth'],
      ['acceptance-rural', 'myth'],
      ['suining-1000', 'reality', 'dropped-later'],
      ['xinhua-cards', 'reality'],
    ];
    for (const [id, verdict, nuance] of expected) {
      const s = byId(id);
      expect(s.verdict, id).toBe(verdict);
      expect(s.nuance, id).toBe(nuance);
    }
    // The corrections the report makes are in the explanations, not only in the verdicts.
    expect(byId('travel-ban-score').explanation.en).toMatch(/court orders/);
    expect(byId('travel-ban-score').explanation.en).toMatch(/regular trains/);
    expect(byId('centralised-2020').explanation.en).toMatch(/highly unlikely/);
    expect(byId('biometric-firms').explanation.en).toMatch(/^Officially/);
    expect(byId('acceptance-rural').explanation.en).toMatch(/lowest/);
    expect(byId('companies-33m').claim.en).toMatch(/33 million/);
    expect(byId('companies-33m').claim.en).toMatch(/September 2019/);
    expect(byId('suining-1000').claim.en).toMatch(/1000/);
  });

  it('keeps the report’s hedges wherever a nuance says so', () => {
    const hedges: Record<string, { en: RegExp; zh: RegExp }> = {
      'media-account': { en: /media/i, zh: /媒体/ },
      'being-introduced': { en: /introduced/, zh: /推行/ },
      'lesser-extent': { en: /few/, zh: /不多/ },
      'dropped-later': { en: /dropped/, zh: /取消/ },
      pilot: { en: /pilot/, zh: /试点/ },
    };
    for (const s of level.statements) {
      if (!s.nuance) continue;
      expect(s.explanation.en, s.id).toMatch(hedges[s.nuance]!.en);
      expect(s.explanation.zh, s.id).toMatch(hedges[s.nuance]!.zh);
    }
    // "Supposedly" and "officially" are the report's words about firms; the game keeps them.
    expect(byId('biometric-firms').explanation.en).toMatch(/supposedly/);
  });

  it('names only icons the art set has', () => {
    const ICONS = new Set(
      'reaction-pleased reaction-hurt reaction-angry reaction-grateful role-myths myth reality bill shop-practical shop-luxury loan friend-add friend-drop profile share bike hotel visa gavel leave badge streak leaderboard gauge institution-platform institution-tax institution-customs institution-land institution-procurement institution-bank institution-transport institution-court institution-market institution-environment firm-manufacturer firm-joint-venture firm-online-seller inspection filing monitoring appeal budget redlist blacklist train plane'.split(' '),
    );
    const unknown = level.statements.filter((s) => s.icon !== undefined && !ICONS.has(s.icon)).map((s) => `${s.id}: ${s.icon}`);
    expect(unknown).toEqual([]);
  });
});

/** Play a round through the role's interface as the kiosk does: the decision's options and advance(). */
function playRound(route: 'full' | 'short', seed: number, pick: (options: readonly { id: string; action: MythsAction }[], run: MythsRun) => MythsAction) {
  let run = mythsRole.create(level, seed, route);
  const seen: string[] = [];
  for (let guard = 0; guard < 100 && !isFinished(mythsRole, run); guard++) {
    const progress = mythsRole.progress(level, run);
    expect(progress.unit).toBe('statement');
    expect(progress.index).toBeGreaterThanOrEqual(1);
    expect(progress.index).toBeLessThanOrEqual(progress.total);
    const decision = mythsRole.decision(level, run);
    const action = decision ? pick(decision.options, run) : mythsRole.advance(level, run);
    if (decision) {
      expect(phaseKind(mythsRole, run)).toBe('decide');
      expect(mythsRole.advance(level, run)).toBeNull();
      seen.push(decision.id);
    }
    expect(action).not.toBeNull();
    expect(mythsRole.actionSchema.safeParse(action).success).toBe(true);
    const r = mythsRole.step(level, run, action as MythsAction);
    if (!r.ok) throw new Error(`refused ${JSON.stringify(action)}: ${r.reason}`);
    run = r.run;
  }
  return { run, seen };
}

describe('rounds played through step()', () => {
  for (const [route, n] of [
    ['full', 8],
    ['short', 6],
  ] as const) {
    it(`a ${route} round asks ${n} statements and ends on a result`, () => {
      const right = playRound(route, 2019, (options, run) => {
        const truth = currentStatement(level, run)!.verdict;
        return options.find((o) => o.id === truth)!.action;
      });
      expect(mythsRole.phase(right.run)).toBe('result');
      expect(right.seen).toHaveLength(n);
      expect(new Set(right.seen).size).toBe(n);
      const best = result(level, right.run);
      expect(best).toMatchObject({ score: n, total: n });
      expect(best.known).toHaveLength(KNOWN_MAX);

      const wrong = playRound(route, 2019, (options, run) => {
        const truth = currentStatement(level, run)!.verdict;
        return options.find((o) => o.id !== truth)!.action;
      });
      expect(wrong.seen).toEqual(right.seen);
      const worst = result(level, wrong.run);
      expect(worst.score).toBe(0);
      expect(worst.items.every((m) => !m.correct)).toBe(true);
      expect(worst.invitation).toBe(level.result.invitations[worst.invite]);
      expect(mythsRole.progress(level, wrong.run)).toEqual({ unit: 'statement', index: n, total: n });
    });
  }
});
