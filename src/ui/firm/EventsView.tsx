/**
 * The quarter's cards, one at a time: an event with its choices (and which budget line each leans
 * on), or the appeal against the wrong record. Each answer says at once what was recorded, by whom
 * and how the data arrived; the stage sends the record on its way. Then the quarter closes.
 */
import type { FirmLevel } from '../../core/firm/schema';
import { errorOf, eventOf, outcomeOf, pending, type FirmAction, type FirmRun } from '../../core/firm/rules';
import { LINE_ICON } from '../../game/firm/model';
import { Button, FocusHeading, Icon, InventedMark, Provenance } from '../common';
import { NextBar } from '../Debrief';
import { useStore } from '../hooks';
import { cascadeSentence, ChannelBadge, Dashboard, Delta, StatusStrip, useFirm } from './shared';

export function EventsView({ level, run }: { level: FirmLevel; run: FirmRun }) {
  const { t, text, instName, catName, channel } = useFirm(level);
  const store = useStore();
  const id = pending(level, run);
  const deciding = run.events.filter((e) => eventOf(level, e)?.options);
  const appealCounts = run.appealChoice !== null || id === 'appeal';
  const count = deciding.length + (appealCounts ? 1 : 0);
  const done = deciding.filter((e) => e in run.answers).length + (run.appealChoice !== null ? 1 : 0);
  const answered = run.events.filter((e) => e in run.answers);
  // Records that arrive by themselves at the quarter's end: filings, sensors, platforms, a boycott outside the system.
  const auto = run.events.filter((e) => !eventOf(level, e)?.options);
  const split = run.split;

  /** Who gets a record's data (or who acts, for a consequence). */
  const receiver = (eventId: string) => {
    const e = eventOf(level, eventId);
    return e?.via ?? level.categories.find((c) => c.id === e?.category)?.institution ?? null;
  };

  const act = (action: FirmAction) => store.getState().act('firm', action);
  const answer = (eventId: string, option: string) => {
    if (!act({ type: 'answer', event: eventId, option })) return;
    const e = eventOf(level, eventId);
    const res = e && split ? outcomeOf(e, option, split) : null;
    if (!e || !res) return;
    const ch = channel(e.channel);
    const delta = res.outcome.delta;
    const key = e.kind === 'record' ? 'firm.announce.record' : 'firm.announce.consequence';
    store.getState().announce(key, { outcome: text(res.outcome.text), inst: instName(receiver(eventId)), channel: ch ? text(ch.name) : '', delta: t('firm.scoreChange', { delta: delta > 0 ? `+${delta}` : String(delta) }) });
  };
  const appeal = (choice: 'contest' | 'wait') => {
    if (!act({ type: 'appeal', choice })) return;
    store.getState().announce(choice === 'contest' ? 'firm.announce.contested' : 'firm.announce.waited', { inst: instName(errorOf(level, run)?.institution ?? null) });
  };
  const close = () => {
    const s = store.getState();
    if (!s.act('firm', { type: 'closeQuarter' })) return;
    const next = store.getState().sessions.firm?.run as FirmRun | undefined;
    const log = next?.log[next.log.length - 1];
    if (!next || !log) return;
    const parts = [t('firm.announce.closed', { index: log.index + 1, score: log.score, grade: t(`firm.grade.${log.grade}`) })];
    for (const c of log.cascades) parts.push(cascadeSentence(level, t, text, c.steps));
    if (log.restored) parts.push(t('firm.announce.restored', { count: log.lifted.length }));
    s.announce('firm.said', { text: parts.join(' ') });
  };

  const lastId = answered[answered.length - 1];
  const lastEvent = lastId ? eventOf(level, lastId) : undefined;
  const lastRes = lastEvent && split ? outcomeOf(lastEvent, run.answers[lastId as string] ?? null, split) : null;

  return (
    <div class="fm-events">
      <p class="eyebrow">
        {t('firm.quarterOf', { index: run.index + 1, total: run.quarters.length })}
        {id !== null && count > 0 && <span class="fm-count"> · {t('firm.cardOf', { index: done + 1, count })}</span>}
      </p>
      <StatusStrip level={level} run={run} />
      {lastRes && lastEvent && (
        <p class="fm-aftermath" aria-hidden="true">
          <Icon name={channel(lastEvent.channel)?.icon ?? lastEvent.icon ?? 'bill'} size={24} />
          <span>{text(lastRes.outcome.text)}</span> <Delta n={lastRes.outcome.delta} />
        </p>
      )}
      {id === 'appeal' ? (
        <AppealCard level={level} run={run} onChoose={appeal} />
      ) : id !== null ? (
        <EventCard level={level} run={run} eventId={id} onChoose={(o) => answer(id, o)} />
      ) : (
        <div class="fm-ready">
          <FocusHeading>{t('firm.readyHeading', { index: run.index + 1 })}</FocusHeading>
          <p>{t('firm.readyText')}</p>
          {auto.length > 0 && (
            <ul class="fm-record-list fm-auto">
              {auto.map((eid) => {
                const e = eventOf(level, eid);
                if (!e) return null;
                return (
                  <li key={eid}>
                    <span class="fm-record-head">
                      {e.kind === 'record' ? <ChannelBadge channel={channel(e.channel)} /> : <span class="fm-channel">{t(`firm.kind.${e.kind}`)}</span>}
                    </span>
                    <span class="fm-record-text">{text(e.text)}</span>
                  </li>
                );
              })}
            </ul>
          )}
          <NextBar>
            <Button onClick={close}>{t('firm.closeQuarter', { index: run.index + 1 })}</Button>
          </NextBar>
        </div>
      )}
      {answered.length > 0 && (
        <section class="fm-records" aria-labelledby="fm-records-h">
          <h3 id="fm-records-h">{t('firm.recordsSoFar')}</h3>
          <ol class="fm-record-list">
            {answered.map((eid) => {
              const e = eventOf(level, eid);
              const res = e && split ? outcomeOf(e, run.answers[eid] ?? null, split) : null;
              if (!e || !res) return null;
              return (
                <li key={eid}>
                  <span class="fm-record-head">
                    {e.kind === 'record' ? <ChannelBadge channel={channel(e.channel)} /> : <span class="fm-channel">{t(`firm.kind.${e.kind}`)}</span>}
                    <span class="fm-record-to">{e.kind === 'outside' ? '' : t('firm.recordTo', { inst: instName(receiver(eid)), category: catName(e.category) })}</span>
                  </span>
                  <span class="fm-record-text">
                    “{text(res.option?.label ?? { en: '' })}”: {text(res.outcome.text)} <Delta n={res.outcome.delta} />
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
      )}
      <Dashboard level={level} run={run} />
    </div>
  );
}

function EventCard({ level, run, eventId, onChoose }: { level: FirmLevel; run: FirmRun; eventId: string; onChoose: (option: string) => void }) {
  const { t, text, instName, catName, channel, lineName } = useFirm(level);
  const e = eventOf(level, eventId);
  if (!e) return null;
  const heading = e.kind === 'outside' ? t('firm.kind.outside') : e.kind === 'consequence' ? instName(e.via ?? null) : catName(e.category);
  const icon = e.icon ?? channel(e.channel)?.icon ?? 'bill';
  const followUp = e.requires.length > 0;
  return (
    <article class={`fm-card fm-card-${e.kind}`} key={eventId} aria-labelledby="fm-card-h">
      <header class="fm-card-head">
        <Icon name={icon} size={40} />
        <div>
          <FocusHeading id="fm-card-h">{heading}</FocusHeading>
          {e.kind === 'record' && <ChannelBadge channel={channel(e.channel)} />}
          {e.kind === 'consequence' && <span class="fm-channel">{t('firm.kind.consequence')}</span>}
        </div>
        {followUp && <span class="tag fm-follow">{t('firm.followUp')}</span>}
      </header>
      <p class="fm-card-text">{text(e.text)}</p>
      <Provenance of={e} />
      <fieldset class="fm-choices">
        <legend class="sr-only">{t('firm.chooseHeading')}</legend>
        {(e.options ?? []).map((o) => (
          <button type="button" class="btn btn-secondary fm-choice" key={o.id} onClick={() => onChoose(o.id)}>
            <span class="fm-choice-label">{text(o.label)}</span>
            {o.check && run.split && (
              <span class="fm-leans">
                <Icon name={LINE_ICON[o.check.line]} size={18} />
                {t('firm.leansOn', { line: lineName(o.check.line), count: run.split[o.check.line] })}
              </span>
            )}
          </button>
        ))}
      </fieldset>
    </article>
  );
}

function AppealCard({ level, run, onChoose }: { level: FirmLevel; run: FirmRun; onChoose: (choice: 'contest' | 'wait') => void }) {
  const { t, text, channel, instName } = useFirm(level);
  const error = errorOf(level, run);
  const cost = level.appeal.cost;
  return (
    <article class="fm-card fm-card-appeal" aria-labelledby="fm-card-h">
      <header class="fm-card-head">
        <Icon name="appeal" size={40} />
        <div>
          <FocusHeading id="fm-card-h">{t('firm.appealHeading', { inst: instName(error?.institution ?? null) })}</FocusHeading>
          {error && <ChannelBadge channel={channel(error.channel)} />}
        </div>
      </header>
      <p class="fm-card-text">{text(level.appeal.card)}</p>
      <p class="fm-cost">
        {t('firm.appealCost', { units: cost.units, quarters: cost.quarters, count: run.split?.appeals ?? 0 })}
        <InventedMark />
      </p>
      <fieldset class="fm-choices">
        <legend class="sr-only">{t('firm.chooseHeading')}</legend>
        <button type="button" class="btn btn-secondary fm-choice" onClick={() => onChoose('contest')}>
          <span class="fm-choice-label">{text(level.appeal.contest)}</span>
        </button>
        <button type="button" class="btn btn-secondary fm-choice" onClick={() => onChoose('wait')}>
          <span class="fm-choice-label">{text(level.appeal.wait)}</span>
        </button>
      </fieldset>
    </article>
  );
}
