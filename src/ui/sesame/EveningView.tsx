/**
 * The day's end: the app answers back. The score's move, the app's notifications, perks gained or
 * lost, badges, a late bill still weighing, the court's move (cited, and said to be the state's),
 * leaving, the friends' board (who shared back), and a vague tip: never a weight.
 */
import { signed } from '../../core/format';
import type { SesameRun } from '../../core/sesame/rules';
import { evening } from '../../core/sesame/reveal';
import type { SesameLevel } from '../../core/sesame/schema';
import { Button, FocusHeading, Icon, InventedMark, Provenance, Statement } from '../common';
import { NextBar } from '../Debrief';
import { useT } from '../hooks';
import { Board, Delta, StatusLine, useSay, useSesameAct } from './shared';

export function EveningView({ level, run }: { level: SesameLevel; run: SesameRun }) {
  const { t, text } = useT();
  const act = useSesameAct();
  const say = useSay();
  const e = evening(level, run);
  if (!e) return null;
  const lastDay = run.dayIndex >= run.dayIds.length - 1;
  const move = e.scoreEnd - e.scoreStart;
  const next = () => {
    const after = act({ type: 'nextDay' });
    if (!after) return;
    if (after.phase === 'reveal') say(t('sesame.announce.reveal'));
    else say(t('sesame.announce.day', { day: after.dayIndex + 1, total: after.dayIds.length, count: after.cards.length }));
  };
  return (
    <div class="sesame-evening">
      <p class="eyebrow">{t('sesame.dayHeading', { day: run.dayIndex + 1, total: run.dayIds.length })}</p>
      <FocusHeading>{t('sesame.eveningHeading', { day: run.dayIndex + 1 })}</FocusHeading>
      <StatusLine level={level} run={run} />
      {e.log.member ? (
        <p class="sesame-day-move">
          {t('sesame.dayMove', { app: text(level.app.score), from: e.scoreStart, to: e.scoreEnd })} <Delta n={move} />
          <InventedMark />
        </p>
      ) : (
        <p class="sesame-day-move">{t('sesame.noScoreNow')}</p>
      )}
      {e.left && (
        <section class="sesame-section is-left" aria-labelledby="sesame-left-h">
          <h3 id="sesame-left-h">
            <Icon name="leave" size={24} />
            {t('sesame.leftHeading')}
          </h3>
          <Statement s={e.left.text} />
          {e.left.perks.length > 0 && <p>{t('sesame.lostPerks', { perks: e.left.perks.map((p) => text(p.name)).join(t('sesame.listSeparator')) })}</p>}
        </section>
      )}
      {e.court.length > 0 && (
        <section class="sesame-section sesame-court" aria-labelledby="sesame-court-h">
          <h3 id="sesame-court-h">
            <Icon name="institution-court" size={28} />
            {t(e.log.court === 'listed' ? 'sesame.courtListed' : 'sesame.courtLifted')}
          </h3>
          {e.court.map((s, i) => (
            <Statement s={s} key={i} />
          ))}
        </section>
      )}
      {e.notifications.length > 0 && (
        <section class="sesame-section" aria-labelledby="sesame-notes-h">
          <h3 id="sesame-notes-h">{t('sesame.notificationsHeading', { app: text(level.app.name) })}</h3>
          <ul class="sesame-notes">
            {e.notifications.map((n) => (
              <li key={n.id}>
                <Icon name={n.icon ?? 'gauge'} size={24} />
                {text(n.text)}
              </li>
            ))}
          </ul>
          <Provenance of={{ illustrative: true }} />
        </section>
      )}
      {(e.lingering.length > 0 || e.unlocked.length > 0 || e.lost.length > 0 || e.badges.length > 0) && (
        <ul class="sesame-changes">
          {e.lingering.map((l, i) => (
            <li key={`l${i}`} class="is-linger">
              <Icon name={l.action.icon ?? 'bill'} size={24} />
              <span>
                {t('sesame.lingering', { choice: text(l.action.label) })} {text(l.text)} <Delta n={l.delta} />
              </span>
            </li>
          ))}
          {e.unlocked.map((p) => (
            <li key={`u${p.id}`} class="is-unlocked">
              <Icon name={p.icon ?? 'badge'} size={24} />
              <span>
                {t('sesame.perkUnlocked', { perk: text(p.name), score: p.threshold.score })} <InventedMark />
              </span>
            </li>
          ))}
          {e.lost.map((p) => (
            <li key={`x${p.id}`} class="is-lost">
              <Icon name={p.icon ?? 'badge'} size={24} />
              <span>{t('sesame.perkLost', { perk: text(p.name), score: p.threshold.score })}</span>
            </li>
          ))}
          {e.badges.map((b) => (
            <li key={`b${b.id}`} class="is-badge">
              <Icon name={b.icon ?? 'badge'} size={24} />
              <span>{t('sesame.badgeEarned', { badge: text(b.name), text: text(b.text) })}</span>
            </li>
          ))}
        </ul>
      )}
      {e.leaderboard.length > 0 && (
        <section class="sesame-section" aria-labelledby="sesame-board-h">
          <h3 id="sesame-board-h">
            <Icon name="leaderboard" size={24} />
            {t('sesame.boardHeading')} <InventedMark />
          </h3>
          <Board level={level} rows={e.leaderboard} />
          {e.log.reactions.length > 0 && <p class="sesame-note">{t('sesame.reactedNote', { count: e.log.reactions.length, rise: signed(level.leaderboard.shareRise) })}</p>}
        </section>
      )}
      {e.tip && (
        <p class="sesame-tip">
          <span class="sesame-tip-label">{t('sesame.tip', { app: text(level.app.name) })}</span> “{text(e.tip.text)}”
        </p>
      )}
      <NextBar>
        <Button onClick={next}>
          {lastDay ? (
            <>
              <Icon name="gauge" size={24} />
              {t('sesame.toReveal')}
            </>
          ) : (
            t('sesame.nextDay', { day: run.dayIndex + 2, total: run.dayIds.length })
          )}
        </Button>
      </NextBar>
    </div>
  );
}
