/**
 * A day on the phone: the card waiting (a situation and two to four choices, and leaving the
 * programme while the player is in it), and what followed the last choice, said plainly: the
 * outcome, the score's move, the report beside it; a luxury purchase refused while on the court's
 * list; the one-way rating set against platforms that rate both ways; leaving and what it cost.
 */
import { useEffect, useRef } from 'preact/hooks';
import { signed } from '../../core/format';
import { LEAVE, sesameDecision } from '../../core/sesame/role';
import { actionOf, cardOf, pendingCard, type SesameAction, type SesameRun } from '../../core/sesame/rules';
import { blockedNow, lastOutcome, status, type LastOutcome } from '../../core/sesame/reveal';
import type { SesameLevel } from '../../core/sesame/schema';
import { Button, FocusHeading, Icon, InventedMark, Provenance, Statement } from '../common';
import { NextBar } from '../Debrief';
import { useT } from '../hooks';
import { Delta, Folded, PhoneDetails, ROOMY, StatusLine, WIDE, useMedia, useSay, useSesameAct } from './shared';

export function DayView({ level, run }: { level: SesameLevel; run: SesameRun }) {
  const { t, text } = useT();
  const act = useSesameAct();
  const say = useSay();
  const cardId = pendingCard(run);
  const decision = sesameDecision(level, run);
  const last = lastOutcome(level, run);
  const lastToday = last && last.taken.day === run.dayIndex ? last : null;
  // Leaving is the latest thing that happened today if no choice came after it.
  const justLeft = !run.member && run.leftOn === run.dayIndex && (!lastToday || lastToday.taken.member);
  const answered = Object.keys(run.answered).length;
  const total = run.cards.length;

  const choose = (action: SesameAction, label: string) => {
    const next = act(action);
    if (!next) return;
    if (action.type === 'leave') {
      say(`${t('sesame.announce.left', { count: run.perks.length })} ${text(level.leaving.left.text)}`);
      return;
    }
    const o = lastOutcome(level, next);
    if (!o) return;
    const st = status(level, next);
    const score = st.shown === null ? '' : o.delta === 0 ? t('sesame.announce.scoreSame', { score: st.shown }) : t('sesame.announce.score', { score: st.shown, move: signed(o.delta) });
    const head = o.taken.blocked ? t('sesame.announce.blocked', { choice: label }) : t('sesame.announce.chose', { choice: label });
    say(`${head} ${text(o.text)} ${score}`.trim());
  };

  const closeDay = () => {
    const next = act({ type: 'closeDay' });
    if (!next) return;
    const log = next.log[next.log.length - 1];
    if (!log) return;
    const move = log.scoreEnd - log.scoreStart;
    say(
      log.member
        ? t('sesame.announce.evening', { day: run.dayIndex + 1, score: log.scoreEnd, move: signed(move), count: log.notifications.length })
        : t('sesame.announce.eveningOutside', { day: run.dayIndex + 1 }),
    );
  };

  const card = cardId ? cardOf(level, cardId) : null;
  // The card's choices stay in view: after the heading takes focus, and whenever the window changes size.
  const cardRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const keep = () => {
      const el = cardRef.current?.querySelector('.sesame-leave') ?? cardRef.current?.querySelector('.sesame-option:last-child');
      el?.scrollIntoView({ block: 'nearest' });
    };
    const frame = requestAnimationFrame(keep);
    window.addEventListener('resize', keep);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', keep);
    };
  }, [cardId]);
  return (
    <div class="sesame-day">
      <p class="eyebrow">
        {t('sesame.dayHeading', { day: run.dayIndex + 1, total: run.dayIds.length })}
        {card && <span> · {t('sesame.cardCount', { index: answered + 1, count: total })}</span>}
      </p>
      <StatusLine level={level} run={run} />
      {justLeft ? <LeftBox level={level} run={run} /> : lastToday && <Followed level={level} o={lastToday} />}
      {card && decision ? (
        <article class="sesame-card" ref={cardRef} aria-labelledby={`sesame-card-${card.id}`}>
          <FocusHeading key={card.id} id={`sesame-card-${card.id}`}>
            {card.icon && <Icon name={card.icon} size={32} />}
            {text(card.text)}
          </FocusHeading>
          <Provenance of={card} />
          <div class="sesame-options" role="group" aria-labelledby={`sesame-card-${card.id}`}>
            {decision.options
              .filter((o) => o.id !== LEAVE)
              .map((o) => {
                const a = actionOf(level, o.id);
                const blocked = blockedNow(level, run, o.id);
                const label = text(a.label);
                return (
                  <button
                    type="button"
                    key={o.id}
                    class={`sesame-option${blocked ? ' is-blocked' : ''}`}
                    aria-describedby={blocked ? 'sesame-blocked-note' : undefined}
                    onClick={() => choose(o.action, label)}
                  >
                    {a.icon && <Icon name={a.icon} size={28} />}
                    <span class="sesame-option-label">{label}</span>
                    {blocked && (
                      <span class="sesame-refused-tag">
                        <Icon name="gavel" size={18} />
                        {t('sesame.refusedTag')}
                      </span>
                    )}
                  </button>
                );
              })}
          </div>
          {decision.options.some((o) => o.id !== LEAVE && blockedNow(level, run, o.id)) && (
            <p id="sesame-blocked-note" class="sesame-note">
              {t('sesame.blockedNote')}
            </p>
          )}
          {decision.options.some((o) => o.id === LEAVE) && (
            <button type="button" class="sesame-leave" onClick={() => choose({ type: 'leave' }, text(level.leaving.label))}>
              <Icon name="leave" size={24} />
              {text(level.leaving.label)}
            </button>
          )}
        </article>
      ) : (
        <div class="sesame-day-done">
          <FocusHeading>{t('sesame.dayDone', { day: run.dayIndex + 1 })}</FocusHeading>
          <NextBar>
            <Button onClick={closeDay}>
              <Icon name="gauge" size={24} />
              {t('sesame.closeDay', { day: run.dayIndex + 1 })}
            </Button>
          </NextBar>
        </div>
      )}
      <PhoneDetails level={level} run={run} />
    </div>
  );
}

/** What followed the last choice: in words, with the score's move, and the report beside it. */
function Followed({ level, o }: { level: SesameLevel; o: LastOutcome }) {
  const { t, text } = useT();
  const rating = o.action.id === 'rate-two-way' || actionOf(level, o.action.id).rateBack;
  const scored = o.taken.member && !o.taken.blocked;
  // The rating moment shows its own statements: the action's fact is one of them.
  const fact = rating ? null : o.fact;
  return (
    <section class={`sesame-followed${o.taken.blocked ? ' is-blocked' : ''}`} aria-label={t('sesame.followed')}>
      <p class="sesame-followed-head">
        <span class="sesame-you-chose">{t('sesame.youChose', { choice: text(o.action.label) })}</span>
        {scored && (
          <span class="sesame-followed-move">
            <Delta n={o.delta} />
            <InventedMark />
          </span>
        )}
        {o.taken.blocked && (
          <span class="sesame-refusal">
            <Icon name="gavel" size={24} />
            {t('sesame.refused')}
          </span>
        )}
      </p>
      <p class="sesame-outcome">{text(o.text)}</p>
      {fact && (
        <Folded>
          <Statement s={fact} />
        </Folded>
      )}
      {rating && <RatingMoment level={level} tried={actionOf(level, o.action.id).rateBack} />}
    </section>
  );
}

/** The app rates you; you cannot rate it. eBay, Uber and Airbnb let both sides rate (and can block a driver). */
function RatingMoment({ level, tried }: { level: SesameLevel; tried: boolean }) {
  const { t, text } = useT();
  const roomy = useMedia(ROOMY);
  const yes = (
    <span class="sesame-yes">
      <span aria-hidden="true">✓ </span>
      {t('sesame.rating.yes')}
    </span>
  );
  const no = (
    <span class="sesame-no">
      <span aria-hidden="true">✗ </span>
      {t('sesame.rating.no')}
    </span>
  );
  const wide = useMedia(WIDE);
  const table = (
    <table>
      <caption>{t(tried ? 'sesame.rating.captionTried' : 'sesame.rating.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('sesame.rating.who')}</th>
          <th scope="col">{t('sesame.rating.ratesYou')}</th>
          <th scope="col">{t('sesame.rating.youRate')}</th>
        </tr>
      </thead>
      <tbody>
        <tr class="is-oneway">
          <th scope="row">{text(level.app.name)}</th>
          <td>{yes}</td>
          <td>{no}</td>
        </tr>
        <tr>
          <th scope="row">{t('sesame.rating.platforms')}</th>
          <td>{yes}</td>
          <td>{yes}</td>
        </tr>
      </tbody>
    </table>
  );
  const facts = [level.rating.oneWay, level.rating.twoWay, ...(roomy ? [] : [level.rating.blocked])].map((s, i) => <Statement s={s} key={i} />);
  // On a phone: the contrast in one line, the table and the report one tap away, the card's choices in view.
  if (!wide) {
    return (
      <div class="sesame-rating">
        <p class="sesame-rating-short">
          <span aria-hidden="true">⇄ </span>
          {t('sesame.rating.short')}
        </p>
        <details class="sesame-more sesame-folded">
          <summary>{t('sesame.fromReport')}</summary>
          {table}
          {facts}
        </details>
      </div>
    );
  }
  return (
    <div class="sesame-rating">
      {table}
      <Folded when={ROOMY}>{facts}</Folded>
      {roomy ? (
        <details class="sesame-more">
          <summary>{t('sesame.rating.more')}</summary>
          <Statement s={level.rating.blocked} />
        </details>
      ) : null}
    </div>
  );
}

/** The player left: what it cost (the perks), and what did not happen (anything else). */
function LeftBox({ level, run }: { level: SesameLevel; run: SesameRun }) {
  const { t, text } = useT();
  const lost = level.perks.filter((p) => run.lostOnLeaving.includes(p.id));
  return (
    <section class="sesame-followed is-left" aria-label={t('sesame.followed')}>
      <p class="sesame-followed-head">
        <Icon name="leave" size={24} />
        <span class="sesame-you-chose">{t('sesame.youChose', { choice: text(level.leaving.label) })}</span>
      </p>
      <Statement s={level.leaving.left} />
      <p>{lost.length ? t('sesame.lostPerks', { perks: lost.map((p) => text(p.name)).join(t('sesame.listSeparator')) }) : t('sesame.noPerksLost')}</p>
      <Folded>
        <Statement s={level.leaving.competing} />
      </Folded>
    </section>
  );
}
