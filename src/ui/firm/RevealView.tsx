/**
 * The reveal, one beat at a time (each under 250 words before "more"): the wrong record replayed on
 * the map, what each institution took, what the appeal gave back and what it could not, the legal
 * representative's travel, and why the report calls this system the least controversial yet the
 * most consequential for firms. Tables wait behind a control.
 */
import type { FirmLevel } from '../../core/firm/schema';
import { BEATS, type FirmRun } from '../../core/firm/rules';
import { currentBeat, type RevealBeat } from '../../core/firm/reveal';
import { Button, FocusHeading, Icon, InventedMark, Provenance, Statement } from '../common';
import { NextBar } from '../Debrief';
import { useStore } from '../hooks';
import { CascadeList, ChannelBadge, Fold, NotCollected, useFirm, useShow, useShowClock } from './shared';

export function RevealView({ level, run }: { level: FirmLevel; run: FirmRun }) {
  const { t } = useFirm(level);
  const store = useStore();
  const beat = currentBeat(level, run);
  if (!beat) return null;
  const last = run.beat >= BEATS.length - 1;
  const next = () => {
    const s = store.getState();
    if (!s.act('firm', { type: 'nextBeat' })) return;
    const r = store.getState().sessions.firm?.run as FirmRun | undefined;
    const id = r?.phase === 'reveal' ? BEATS[r.beat] : undefined;
    s.announce('firm.said', { text: id ? t(`firm.beat.${id}`) : t('debrief.heading') });
  };
  return (
    <div class={`fm-reveal fm-beat-${beat.id}`}>
      <p class="eyebrow">
        {t('firm.revealHeading')} · {t('firm.beatOf', { index: run.beat + 1, count: BEATS.length })}
      </p>
      <FocusHeading key={beat.id}>{t(`firm.beat.${beat.id}`)}</FocusHeading>
      {beat.id === 'replay' && <Replay level={level} run={run} beat={beat} />}
      {beat.id === 'taken' && <Taken level={level} beat={beat} />}
      {beat.id === 'appeal' && <Appeal level={level} beat={beat} />}
      {beat.id === 'travel' && <Travel level={level} run={run} beat={beat} />}
      {beat.id === 'why' && <Why level={level} beat={beat} />}
      <NextBar>
        <Button onClick={next}>{last ? t('firm.toDebrief') : t('firm.nextBeat')}</Button>
      </NextBar>
    </div>
  );
}

type Beat<K extends RevealBeat['id']> = Extract<RevealBeat, { id: K }>;

function Replay({ level, run, beat }: { level: FirmLevel; run: FirmRun; beat: Beat<'replay'> }) {
  const { t, text } = useFirm(level);
  const show = useShow(level, run);
  const clock = useShowClock(show);
  const r = beat.record;
  const errLog = run.log.find((q) => q.error !== null);
  const steps = errLog?.cascades.find((c) => c.cause === 'error')?.steps ?? [];
  return (
    <>
      <Statement s={beat.text} />
      {r && (
        <div class="fm-box fm-box-error">
          <p class="fm-when">
            {t('firm.replayWhen', { index: r.index + 1 })} <ChannelBadge channel={r.channel ?? undefined} />
          </p>
          <p class="fm-error-text">{text(r.error.text)}</p>
          <p class="fm-truth">
            <strong>{t('firm.truth')}</strong> {text(r.error.truth)}
          </p>
          <InventedMark />
        </div>
      )}
      <CascadeList level={level} steps={steps} cause="error" cascade={0} show={show} t={clock} takes={false} />
    </>
  );
}

function Taken({ level, beat }: { level: FirmLevel; beat: Beat<'taken'> }) {
  const { t, text, money } = useFirm(level);
  const took = beat.rows.filter((r) => r.operation);
  const top = [...took].sort((a, b) => b.lost - a.lost).slice(0, 4);
  return (
    <>
      <Statement s={beat.text} />
      <p class="fm-lead">
        {t('firm.takenLead', { count: took.length, money: money(beat.totalLost) })}
        <InventedMark />
      </p>
      <ul class="fm-taken">
        {top.map((r) => (
          <li key={r.institution.id}>
            <Icon name={r.institution.icon} size={28} />
            <span>
              <strong>{text(r.institution.name)}</strong>: {r.operation ? text(r.operation.name) : ''}.{' '}
              {t('firm.takenFor', { count: r.quarters, money: money(r.lost) })}
              {r.lifted ? ` ${t('firm.takenLifted')}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <Fold summary={t('firm.showTable')}>
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('firm.colInstitution')}</th>
                <th scope="col">{t('firm.colTook')}</th>
                <th scope="col" class="num">
                  {t('firm.colQuarters')}
                </th>
                <th scope="col" class="num">
                  {t('firm.colLost')}
                </th>
                <th scope="col">{t('firm.colNow')}</th>
              </tr>
            </thead>
            <tbody>
              {beat.rows.map((r) => (
                <tr key={r.institution.id}>
                  <th scope="row">{text(r.institution.name)}</th>
                  <td>{r.operation ? text(r.operation.name) : t('firm.passesOn')}</td>
                  <td class="num">{r.quarters}</td>
                  <td class="num">{money(r.lost)}</td>
                  <td>{r.lifted ? t('firm.cleared') : t('firm.stillListed')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Fold>
    </>
  );
}

function Appeal({ level, beat }: { level: FirmLevel; beat: Beat<'appeal'> }) {
  const { t, text, list, money } = useFirm(level);
  const s = beat.summary;
  return (
    <>
      <Statement s={beat.text} />
      <ul class="fm-summary">
        {s.outcome === 'restored' && s.filedAt !== null && s.restoredAt !== null && (
          <li class="up">
            <span aria-hidden="true">✓ </span>
            {t('firm.appealRestoredLine', { filed: s.filedAt + 1, restored: s.restoredAt + 1, units: s.units })}
          </li>
        )}
        {s.outcome === 'pending' && s.filedAt !== null && (
          <li>
            <span aria-hidden="true">… </span>
            {t('firm.appealPendingLine', { filed: s.filedAt + 1, units: s.units, need: level.appeal.cost.units })}
          </li>
        )}
        {s.restored.length > 0 && (
          <li class="up">
            <span aria-hidden="true">▲ </span>
            {t('firm.reopenedLine', { ops: list(s.restored.map((o) => text(o.name))) })}
          </li>
        )}
        {s.stillClosed.length > 0 && (
          <li class="down">
            <span aria-hidden="true">▼ </span>
            {t('firm.stillClosedLine', { ops: list(s.stillClosed.map((o) => text(o.name))) })}
          </li>
        )}
        <li class="down">
          <span aria-hidden="true">▼ </span>
          {t('firm.lostMeanwhile', { money: money(s.lostMeanwhile) })}
          <InventedMark />
        </li>
        {s.lostForGood.map((x, i) => (
          <li class="down" key={i}>
            <span aria-hidden="true">✕ </span>
            {text(x)}
          </li>
        ))}
        {s.measures.length > 0 && (
          <li class="down">
            <span aria-hidden="true">▼ </span>
            {t('firm.measuresMeanwhile', { count: s.measures.length })}
          </li>
        )}
      </ul>
      <Statement s={beat.notRestored} />
      {beat.summary.outcome !== 'restored' && <Statement s={beat.rectified} />}
      {s.measures.length > 0 && (
        <Fold summary={t('firm.showMeasures')}>
          <ul class="findings">
            {s.measures.map((m, i) => (
              <li key={i}>
                {t('firm.quarterShort', { index: m.index + 1 })}: {text(m.effect.text)}
              </li>
            ))}
          </ul>
        </Fold>
      )}
    </>
  );
}

function Travel({ level, run, beat }: { level: FirmLevel; run: FirmRun; beat: Beat<'travel'> }) {
  const { t, text } = useFirm(level);
  const s = beat.summary;
  const profile = level.profiles.find((p) => p.id === run.profile);
  const name = profile ? text(profile.representative.name) : '';
  const [media, ...rest] = beat.statements.filter((x) => x !== level.courtOrder.text);
  return (
    <>
      <p class="fm-lead">
        {s.met && s.imposedAt !== null
          ? s.liftedAt !== null
            ? t('firm.travelMetLifted', { name, from: s.imposedAt + 1, to: s.liftedAt + 1 })
            : t('firm.travelMet', { name, from: s.imposedAt + 1 })
          : t('firm.travelNotMet', { name })}
      </p>
      {s.regularTrains > 0 && <p>{t('firm.regularTrips', { count: s.regularTrains, name })}</p>}
      {media && (
        <div class="fm-media">
          <p class="fm-media-label">{t('firm.mediaSaid')}</p>
          <p class="myth-text">
            <span aria-hidden="true">✗ </span>
            {text(media.text)}
          </p>
          <Provenance of={media} />
        </div>
      )}
      {rest.slice(0, 1).map((x, i) => (
        <Statement s={x} key={i} />
      ))}
      <h3>{t('firm.whenListed')}</h3>
      {rest.slice(1).map((x, i) => (
        <Statement s={x} key={i} icon={i === 0 ? 'plane' : 'train'} />
      ))}
    </>
  );
}

function Why({ level, beat }: { level: FirmLevel; beat: Beat<'why'> }) {
  const { t } = useFirm(level);
  // The two sides first: least controversial in its norms, yet far-reaching across sectors.
  const first = beat.statements.slice(1, 4);
  const more = [...beat.statements.slice(0, 1), ...beat.statements.slice(4)];
  const foreignFirst = beat.foreignFirm ? beat.foreign.slice(0, 2) : [];
  const foreignMore = beat.foreignFirm ? beat.foreign.slice(2) : beat.foreign;
  return (
    <>
      {first.map((s, i) => (
        <Statement s={s} key={i} />
      ))}
      {beat.foreignFirm && (
        <section aria-labelledby="fm-foreign-h">
          <h3 id="fm-foreign-h">{t('firm.foreignHeading')}</h3>
          {foreignFirst.map((s, i) => (
            <Statement s={s} key={i} />
          ))}
        </section>
      )}
      <Fold summary={t('firm.moreWhy')}>
        {more.map((s, i) => (
          <Statement s={s} key={i} />
        ))}
        <h3>{beat.foreignFirm ? t('firm.foreignMore') : t('firm.foreignIf')}</h3>
        {foreignMore.map((s, i) => (
          <Statement s={s} key={i} />
        ))}
        <h3>{t('firm.notCollectedHeading')}</h3>
        <NotCollected level={level} />
      </Fold>
    </>
  );
}
