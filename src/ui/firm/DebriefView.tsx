/** The debrief quotes the player's own quarters first (the choices that mattered), then every choice and the sources, folded. */
import type { FirmLevel } from '../../core/firm/schema';
import { errorOf, type FirmRun } from '../../core/firm/rules';
import { appealSummary, citations, debriefMoments, type Moment } from '../../core/firm/reveal';
import { Debrief } from '../Debrief';
import { Icon } from '../common';
import { Delta, Fold, GradeBadge, useFirm } from './shared';

/** At most this many lines before "all your choices". */
const SHOWN = 8;

export function DebriefView({ level, run }: { level: FirmLevel; run: FirmRun }) {
  const { t, instName, lang } = useFirm(level);
  const moments = debriefMoments(level, run);
  // The moments worth quoting first, then the player's other answers (their own words), in order, up to SHOWN.
  const key = new Set(moments.filter((m) => m.key));
  for (const m of moments) if (key.size < SHOWN && m.kind === 'answer') key.add(m);
  const shown = moments.filter((m) => key.has(m));
  const sources = citations(level, run);
  const error = errorOf(level, run);
  const reached = run.log.find((q) => q.error !== null)?.cascades.find((c) => c.cause === 'error')?.steps.length ?? 0;
  const appeal = appealSummary(level, run);
  return (
    <Debrief role="firm" run={run} debrief={level.debrief}>
      <ul class="fm-moments">
        {shown.slice(0, 1).map((m, i) => (
          <MomentLine level={level} run={run} m={m} key={`p${i}`} />
        ))}
        {error && reached > 0 && (
          <li class="fm-moment fm-moment-error">
            <Icon name="blacklist" size={32} />
            <span>
              {t('firm.moment.error', { inst: instName(error.institution), count: reached })}
              {lang === 'zh' ? '' : ' '}
              {appeal.outcome === 'restored' && appeal.restoredAt !== null
                ? t('firm.moment.errorRestored', { index: appeal.restoredAt + 1 })
                : appeal.outcome === 'pending'
                  ? t('firm.moment.errorPending')
                  : t('firm.moment.errorStood')}
            </span>
          </li>
        )}
        {shown.slice(1).map((m, i) => (
          <MomentLine level={level} run={run} m={m} key={i} />
        ))}
      </ul>
      <Fold summary={t('firm.allChoices', { count: moments.length })}>
        <ol class="fm-moments fm-moments-all">
          {moments.map((m, i) => (
            <MomentLine level={level} run={run} m={m} key={i} />
          ))}
        </ol>
      </Fold>
      <Fold
        summary={
          <>
            <Icon name="source" size={22} />
            {t('firm.citations', { count: sources.length })}
          </>
        }
      >
        <ul class="fm-sources">
          {sources.map((s, i) => (
            <li key={i} lang="en">
              <strong>{/^\d/.test(s.section) ? `§${s.section}` : t(`provenance.sections.${s.section}`)}</strong> “{s.quote}”
            </li>
          ))}
        </ul>
      </Fold>
    </Debrief>
  );
}

function MomentLine({ level, run, m }: { level: FirmLevel; run: FirmRun; m: Moment }) {
  const { t, text } = useFirm(level);
  const q = m.index === null ? 0 : m.index + 1;
  switch (m.kind) {
    case 'profile':
      return (
        <li class="fm-moment">
          <Icon name={level.profiles.find((p) => p.id === run.profile)?.icon ?? 'role-firm'} size={32} />
          <span>{t('firm.moment.profile', { firm: text(m.label) })}</span>
        </li>
      );
    case 'budget':
      return (
        <li class="fm-moment">
          <Icon name="budget" size={32} />
          <span>{t(m.preset ? 'firm.moment.budget' : 'firm.moment.budgetOwn', { index: q, preset: m.preset ? text(m.preset) : '', count: m.split.appeals })}</span>
        </li>
      );
    case 'answer':
      return (
        <li class="fm-moment">
          <Icon name={m.event.icon ?? 'bill'} size={32} />
          <span>
            {t('firm.moment.answer', { index: q, choice: text(m.label), outcome: text(m.outcome) })} <Delta n={m.delta} />
            {m.carried && <span class="tag fm-follow">{t('firm.cameBack')}</span>}
          </span>
        </li>
      );
    case 'appeal':
      return (
        <li class="fm-moment">
          <Icon name="appeal" size={32} />
          <span>{t('firm.moment.appeal', { index: q, choice: text(m.label) })}</span>
        </li>
      );
    case 'grade':
      return (
        <li class="fm-moment">
          <Icon name="gauge" size={32} />
          <span>
            {t('firm.moment.grade', { score: m.score })} <GradeBadge grade={m.grade} />
          </span>
        </li>
      );
  }
}
