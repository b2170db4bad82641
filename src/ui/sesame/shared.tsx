/** Small pieces the Sesame role's views share: acting, signed moves, the phone's state in words. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { signed } from '../../core/format';
import type { LText } from '../../core/content';
import type { SesameAction, SesameRun } from '../../core/sesame/rules';
import { status, type LeaderRow } from '../../core/sesame/reveal';
import type { SesameLevel } from '../../core/sesame/schema';
import { Icon, InventedMark, Portrait } from '../common';
import { useStore, useT } from '../hooks';

/** Wide: the stage beside the panel (sesame.css's breakpoint). Roomy: wide and tall enough for a long answer and the next card. */
export const WIDE = '(min-width: 821px)';
export const ROOMY = '(min-width: 821px) and (min-height: 900px)';

export function useMedia(query: string): boolean {
  const [match, setMatch] = useState(() => (typeof matchMedia === 'function' ? matchMedia(query).matches : true));
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const m = matchMedia(query);
    const on = () => setMatch(m.matches);
    on();
    m.addEventListener('change', on);
    return () => m.removeEventListener('change', on);
  }, [query]);
  return match;
}

/** Cited sentences: in view where there is room; one tap away where the card's choices need the room. */
export function Folded({ children, when = WIDE }: { children: ComponentChildren; when?: string }) {
  const { t } = useT();
  const open = useMedia(when);
  if (open) return <>{children}</>;
  return (
    <details class="sesame-more sesame-folded">
      <summary>{t('sesame.fromReport')}</summary>
      {children}
    </details>
  );
}

/** Act, and get the run as it is after (null when the rules refused). */
export function useSesameAct() {
  const store = useStore();
  return (action: SesameAction): SesameRun | null => {
    if (!store.getState().act('sesame', action)) return null;
    return (store.getState().sessions.sesame?.run ?? null) as SesameRun | null;
  };
}

/** Say something to screen readers (already worded). */
export function useSay() {
  const store = useStore();
  return (text: string) => store.getState().announce('sesame.said', { text });
}

/** A move of the score with its sign and an arrow, so a fall differs from a rise by shape, not colour alone. */
export function Delta({ n, class: extra = '' }: { n: number; class?: string }) {
  return (
    <span class={`sesame-delta ${n > 0 ? 'gain' : n < 0 ? 'loss' : 'even'} ${extra}`}>
      <span aria-hidden="true">{n > 0 ? '▲ ' : n < 0 ? '▼ ' : '= '}</span>
      {signed(n)}
    </span>
  );
}

/** A name's initials for a drawn face: the family name in Chinese, the first letters in English. */
export function initials(name: string, lang: string): string {
  if (lang === 'zh') return name.slice(0, 1);
  return name
    .split(/\s+/)
    .map((w) => w.charAt(0))
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

export function Face({ row, level }: { row: LeaderRow; level: SesameLevel }) {
  const { text, lang } = useT();
  if (!row.friend) return <Portrait id="player-sesame" size={32} />;
  const i = level.friends.findIndex((f) => f.id === row.id);
  return (
    <span class={`sesame-face face-${i % 6}`} aria-hidden="true">
      {initials(text(row.friend.name), lang)}
    </span>
  );
}

/** The friends' board as an ordered list: rank, name, score, who shared back. */
export function Board({ level, rows }: { level: SesameLevel; rows: readonly LeaderRow[] }) {
  const { t, text } = useT();
  return (
    <ol class="sesame-board">
      {rows.map((r) => (
        <li key={r.id} class={r.friend ? '' : 'is-you'}>
          <span class="sesame-rank">{r.rank}</span>
          <Face row={r} level={level} />
          <span class="sesame-board-name">{r.friend ? text(r.friend.name) : t('sesame.you')}</span>
          {r.reacted && (
            <span class="sesame-tag tag-shared">
              <Icon name="share" size={18} />
              {t('sesame.sharedBack')}
            </span>
          )}
          <span class="sesame-board-score num">{r.score}</span>
        </li>
      ))}
    </ol>
  );
}

/**
 * The phone in one line (the canvas is decorative: this is what it shows, in words): the score,
 * the streak, the perks open, the court's list. Hidden to the eye on a phone, where the drawn
 * phone shows it right above; always read by screen readers.
 */
export function StatusLine({ level, run }: { level: SesameLevel; run: SesameRun }) {
  const { t, text } = useT();
  const st = status(level, run);
  const open = st.perks.filter((p) => p.open).length;
  return (
    <p class="sesame-status">
      <span class="sesame-status-score">
        <Icon name="gauge" size={22} />
        {text(level.app.score)}: <strong>{st.shown ?? t('sesame.noScore')}</strong>
        {st.shown !== null && <InventedMark />}
      </span>
      <span>
        <Icon name="streak" size={20} />
        {t('sesame.streak', { count: st.streak })}
      </span>
      <span>{t('sesame.perksOpen', { open, total: st.perks.length })}</span>
      {st.listed && (
        <span class="sesame-tag tag-listed">
          <Icon name="gavel" size={18} />
          {t('sesame.onList')}
        </span>
      )}
      {!st.member && (
        <span class="sesame-tag tag-left">
          <Icon name="leave" size={18} />
          {t('sesame.outside')}
        </span>
      )}
    </p>
  );
}

/** Everything on the phone, folded: perks with their thresholds, badges, the board. */
export function PhoneDetails({ level, run }: { level: SesameLevel; run: SesameRun }) {
  const { t, text } = useT();
  const st = status(level, run);
  return (
    <details class="sesame-phone-details">
      <summary>{t('sesame.phoneHeading')}</summary>
      <h3>{t('sesame.perksHeading')}</h3>
      <ul class="sesame-perks">
        {st.perks.map(({ perk, open }) => (
          <li key={perk.id} class={open ? 'is-open' : 'is-closed'}>
            <Icon name={perk.icon ?? 'badge'} size={24} />
            <span>{text(perk.name)}</span>
            <span class="sesame-perk-state">
              {open ? t('sesame.perkOpen') : st.member ? t('sesame.perkFrom', { score: perk.threshold.score }) : t('sesame.perkGone')}
              {!open && st.member && <InventedMark />}
            </span>
          </li>
        ))}
      </ul>
      {st.badges.length > 0 && (
        <>
          <h3>{t('sesame.badgesHeading')}</h3>
          <ul class="sesame-badges">
            {st.badges.map((b) => (
              <li key={b.id}>
                <Icon name={b.icon ?? 'badge'} size={22} />
                <strong>{text(b.name)}</strong>: {text(b.text)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>
        {t('sesame.boardHeading')} <InventedMark />
      </h3>
      <Board level={level} rows={st.leaderboard} />
    </details>
  );
}

export const labelOf = (text: (l: LText) => string, l: LText | null | undefined) => (l ? `“${text(l)}”` : '');
