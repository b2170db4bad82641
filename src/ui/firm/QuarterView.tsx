/**
 * A quarter closes: the grade moves, and what came with it. In the error's quarter, the wrong
 * record and its cascade, step by step in time with the stage, with the report's warnings about
 * human error and the snowball. Lifted listings, a court order, a redlist, the grade's measures
 * for next quarter, and every record with how its data arrived.
 */
import type { FirmLevel } from '../../core/firm/schema';
import { errorOf, type FirmRun } from '../../core/firm/rules';
import { measures, quarterRecords, stepViews } from '../../core/firm/reveal';
import { Button, FocusHeading, Icon, InventedMark, Statement } from '../common';
import { NextBar } from '../Debrief';
import { useStore } from '../hooks';
import { CascadeList, cascadeSentence, ChannelBadge, Dashboard, Delta, Fold, GradeBadge, StatusStrip, useFirm, useShow, useShowClock } from './shared';

export function QuarterView({ level, run }: { level: FirmLevel; run: FirmRun }) {
  const { t, text, instName, catName, lineName } = useFirm(level);
  const store = useStore();
  const log = run.log[run.log.length - 1];
  const show = useShow(level, run);
  const clock = useShowClock(show);
  if (!log) return null;
  const last = run.index >= run.quarters.length - 1;
  const error = log.error ? errorOf(level, run) : undefined;
  const errorChannel = level.channels.find((c) => c.id === error?.channel);
  const records = quarterRecords(level, log);
  const effects = measures(level, log).filter((e) => e.kind !== 'none');
  const standing = measures(level, log).filter((e) => e.kind === 'none');
  const next = () => {
    const s = store.getState();
    if (!s.act('firm', { type: 'nextQuarter' })) return;
    const r = store.getState().sessions.firm?.run as FirmRun | undefined;
    if (r?.phase === 'reveal') {
      const errLog = r.log.find((q) => q.error !== null);
      const c = errLog?.cascades.find((x) => x.cause === 'error');
      s.announce('firm.said', { text: `${t('firm.beat.replay')}. ${c ? cascadeSentence(level, t, text, c.steps) : ''}` });
    } else s.announce('firm.announce.quarterStarts', { index: (r?.index ?? 0) + 1, units: r?.budget ?? 0 });
  };
  const down = log.score < log.scoreBefore;
  return (
    <div class="fm-quarter">
      <p class="eyebrow">
        {t('firm.quarterOf', { index: log.index + 1, total: run.quarters.length })} · {t('firm.closedStep')}
      </p>
      <StatusStrip level={level} run={run} />
      <FocusHeading>{t('firm.quarterClosed', { index: log.index + 1 })}</FocusHeading>
      <p class="fm-grade-line">
        <span>
          {t('firm.scoreMove', { from: log.scoreBefore, to: log.score })} <Delta n={log.score - log.scoreBefore} />
          <InventedMark />
        </span>
        <span class="fm-grade-move">
          {log.gradeBefore !== log.grade ? (
            <>
              <GradeBadge grade={log.gradeBefore} /> <span aria-hidden="true">{down ? '▼' : '▲'}</span>
              <span class="sr-only">{t('firm.becomes')}</span> <GradeBadge grade={log.grade} size="lg" />
            </>
          ) : (
            <>
              {t('firm.gradeStays')} <GradeBadge grade={log.grade} size="lg" />
            </>
          )}
        </span>
      </p>

      {log.cascades.map((c, i) => {
        if (c.cause === 'error' && error)
          return (
            <section class="fm-box fm-box-error" key={`c${i}`} aria-labelledby={`fm-c${i}`}>
              <h3 id={`fm-c${i}`}>
                <Icon name="blacklist" size={26} />
                {t('firm.errorHeading', { inst: instName(error.institution) })}
              </h3>
              <p class="fm-error-text">
                <ChannelBadge channel={errorChannel} /> {text(error.text)} <span class="fm-cat">({catName(error.category)})</span>
              </p>
              <Statement s={level.facts.humanError} />
              <Statement s={level.facts.jointPunishment} />
              <p class="fm-lead">{t('firm.cascadeLead', { count: c.steps.length, closed: c.steps.filter((s) => s.operation).length })}</p>
              <CascadeList level={level} steps={c.steps} cause="error" cascade={i} show={show} t={clock} />
              <Statement s={level.facts.snowball} />
            </section>
          );
        if (c.cause === 'court')
          return (
            <section class="fm-box fm-box-court" key={`c${i}`} aria-labelledby={`fm-c${i}`}>
              <h3 id={`fm-c${i}`}>
                <Icon name="gavel" size={26} />
                {t('firm.courtHeading')}
              </h3>
              <Statement s={level.courtOrder.text} />
              <CascadeList level={level} steps={c.steps} cause="court" cascade={i} show={show} t={clock} />
              <Statement s={level.courtOrder.refused} icon="plane" />
              <Statement s={level.courtOrder.open} icon="train" />
            </section>
          );
        return (
          <section class="fm-box fm-box-grade" key={`c${i}`} aria-labelledby={`fm-c${i}`}>
            <h3 id={`fm-c${i}`}>
              <Icon name="blacklist" size={26} />
              {t('firm.gradeCascadeHeading', { inst: instName(c.origin) })}
            </h3>
            <CascadeList level={level} steps={c.steps} cause="grade" cascade={i} show={show} t={clock} />
            <Statement s={level.facts.jointPunishment} />
          </section>
        );
      })}

      {log.lifted.length > 0 && (
        <section class="fm-box fm-box-lifted" aria-labelledby="fm-lifted-h">
          <h3 id="fm-lifted-h">
            <Icon name="appeal" size={26} />
            {log.restored ? t('firm.restoredHeading') : t('firm.liftedHeading')}
          </h3>
          <ul class="fm-lifts">
            {stepViews(level, log.lifted).map((s, i) => (
              <li key={`${s.institution.id}-${i}`}>
                <span aria-hidden="true">✓ </span>
                {t('firm.lifted', { inst: text(s.institution.name) })}
                {s.operation && <span class="fm-step-takes"> {t('firm.reopened', { op: text(s.operation.name) })}</span>}
              </li>
            ))}
          </ul>
          {log.restored && <Statement s={level.appeal.rectified} />}
        </section>
      )}

      {log.court === 'settled' && <p class="fm-note">{t('firm.courtSettled')}</p>}
      {log.court === 'lifted' && <p class="fm-note">{t('firm.courtLifted')}</p>}
      {log.redlisted && <Statement s={level.redlist.text} icon="redlist" />}

      <section class="fm-measures" aria-labelledby="fm-measures-h">
        <h3 id="fm-measures-h">{t('firm.measuresHeading', { grade: t(`firm.grade.${log.grade}`) })}</h3>
        {effects.length > 0 ? (
          <ul class="findings">
            {effects.map((e) => (
              <Statement s={e} as="li" key={e.id} />
            ))}
          </ul>
        ) : (
          standing.map((e) => <Statement s={e} key={e.id} />)
        )}
        {log.index === 0 && <Statement s={level.facts.gradesNote} />}
        {log.cut !== 0 && (
          <p class="fm-note">
            <span aria-hidden="true">{log.cut > 0 ? '▼ ' : '▲ '}</span>
            {t(log.cut > 0 ? 'firm.nextBudgetCut' : 'firm.nextBudgetMore', { count: Math.abs(log.cut) })}
            <InventedMark />
          </p>
        )}
      </section>

      <Fold class="fm-quarter-records" open={log.cascades.length === 0} summary={t('firm.recordsHeading', { count: records.length })}>
        <ol class="fm-record-list">
          {records.map((r, i) => (
            <li key={`${r.event.id}-${i}`}>
              <span class="fm-record-head">
                {r.channel ? <ChannelBadge channel={r.channel} /> : <span class="fm-channel">{t(`firm.kind.${r.event.kind}`)}</span>}
                <span class="fm-record-to">{r.via ? t('firm.recordBy', { inst: text(r.via.name) }) : r.event.category ? t('firm.recordIn', { category: catName(r.event.category) }) : ''}</span>
              </span>
              <span class="fm-record-text">
                {r.option ? `“${text(r.option.label)}”: ` : ''}
                {text(r.outcome.text)} <Delta n={r.outcome.delta} />
                {r.passed === false && <span class="fm-missed"> {t('firm.notEnough', { line: lineName((r.option?.check ?? r.event.result?.check)?.line ?? '') })}</span>}
              </span>
            </li>
          ))}
        </ol>
      </Fold>
      <Dashboard level={level} run={run} />
      <NextBar>
        <Button onClick={next}>{last ? t('firm.toReveal') : t('firm.nextQuarter', { index: log.index + 2 })}</Button>
      </NextBar>
    </div>
  );
}
