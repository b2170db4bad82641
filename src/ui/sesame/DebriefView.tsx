/** The debrief quotes the player's own week: the choices they made, in their own words, each beside what the report says. */
import type { Statement as StatementData } from '../../core/content';
import type { SesameRun } from '../../core/sesame/rules';
import { chasing, citations, debriefMoments, type Moment } from '../../core/sesame/reveal';
import type { MomentKind, SesameLevel } from '../../core/sesame/schema';
import { Icon, InventedMark, Statement } from '../common';
import { Debrief } from '../Debrief';
import { useT } from '../hooks';
import { Delta } from './shared';

const KIND_ICON: Record<MomentKind, string> = {
  scoreOnly: 'gauge',
  late: 'bill',
  dropped: 'friend-drop',
  added: 'friend-add',
  shared: 'share',
  compared: 'leaderboard',
  blocked: 'shop-luxury',
  listed: 'institution-court',
  paid: 'gavel',
  triedRate: 'reaction-hurt',
  competitor: 'gauge',
  perkUsed: 'badge',
  left: 'leave',
};

/** One choice of the week, with every kind of moment it was (a friend removed only for the score is both). */
interface Group {
  first: Moment;
  kinds: MomentKind[];
  facts: StatementData[];
}

function grouped(moments: readonly Moment[]): Group[] {
  const out: Group[] = [];
  for (const m of moments) {
    const last = out[out.length - 1];
    const same = last && m.card && last.first.card === m.card && last.first.day === m.day && last.first.label === m.label;
    if (same) {
      last.kinds.push(m.kind);
      if (!last.facts.some((f) => f.text.en === m.fact.text.en)) last.facts.push(m.fact);
    } else out.push({ first: m, kinds: [m.kind], facts: [m.fact] });
  }
  return out;
}

export function DebriefView({ level, run }: { level: SesameLevel; run: SesameRun }) {
  const { t, text } = useT();
  const groups = grouped(debriefMoments(level, run));
  const c = chasing(level, run);
  const sources = citations(level, run);
  return (
    <Debrief role="sesame" run={run} debrief={level.debrief}>
      <p class="sesame-summary">
        {run.member
          ? t('sesame.summary', { app: text(level.app.score), start: level.model.start, score: run.score })
          : t('sesame.summaryLeft', { app: text(level.app.score), day: (run.leftOn ?? 0) + 1 })}{' '}
        <InventedMark /> {c.count > 0 ? t('sesame.summaryChasing', { count: c.count, of: c.of }) : t('sesame.summaryNoChasing', { of: c.of })}
      </p>
      {groups.length > 0 ? (
        <ul class="moments sesame-moments">
          {groups.map(({ first: m, kinds, facts }, i) => (
            <li key={i} class={`moment ${kinds.map((k) => `moment-${k}`).join(' ')}`}>
              <p class="moment-text">
                <Icon name={KIND_ICON[kinds[0] ?? 'scoreOnly']} size={24} />
                {kinds.map((k) => (
                  <span class="sesame-moment-kind" key={k}>
                    {t(`sesame.moment.${k}`)}
                  </span>
                ))}{' '}
                {m.kind === 'listed' ? t('sesame.momentListed', { day: m.day }) : t('sesame.momentChose', { day: m.day, choice: m.label ? text(m.label) : '' })}
                {m.delta !== 0 && (
                  <>
                    {' '}
                    <Delta n={m.delta} />
                  </>
                )}
              </p>
              {facts.map((f, j) => (
                <Statement s={f} key={j} />
              ))}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('sesame.noMoments')}</p>
      )}
      <details class="sesame-more">
        <summary>{t('sesame.sources', { count: sources.length })}</summary>
        <ul class="sesame-sources">
          {sources.map((s, i) => (
            <li key={i}>
              <strong>{/^\d/.test(s.section) ? t('provenance.source', { section: s.section }) : t('provenance.sourceNamed', { section: t(`provenance.sections.${s.section}`) })}</strong>{' '}
              <q lang="en">{s.quote}</q>
            </li>
          ))}
        </ul>
      </details>
    </Debrief>
  );
}
