/**
 * The reveal, one beat at a time: the hidden weights; what each of the player's choices moved;
 * the choices made only for the number; the same week under a FICO-like reading; myth and reality,
 * cited. Each beat is short; the full tables are there for those who ask.
 */
import { useState } from 'preact/hooks';
import { signed } from '../../core/format';
import { BEATS, type SesameRun } from '../../core/sesame/rules';
import { MOVES_SHOWN, currentBeat, type Contribution, type RevealBeat } from '../../core/sesame/reveal';
import type { SesameLevel } from '../../core/sesame/schema';
import { Button, FocusHeading, Icon, InventedMark, Statement } from '../common';
import { NextBar } from '../Debrief';
import { useT } from '../hooks';
import { Delta, useSay, useSesameAct } from './shared';

export function RevealView({ level, run }: { level: SesameLevel; run: SesameRun }) {
  const { t } = useT();
  const act = useSesameAct();
  const say = useSay();
  const beat = currentBeat(level, run);
  if (!beat) return null;
  const last = run.beat >= BEATS.length - 1;
  const next = () => {
    const after = act({ type: 'nextBeat' });
    if (after) say(after.phase === 'debrief' ? t('sesame.announce.debrief') : t(`sesame.beat.${BEATS[after.beat] ?? 'weights'}`));
  };
  return (
    <div class="sesame-reveal">
      <p class="eyebrow">
        {t('sesame.revealHeading')} · {t('sesame.beatCount', { index: run.beat + 1, count: BEATS.length })}
      </p>
      <FocusHeading key={beat.id}>{t(`sesame.beat.${beat.id}`)}</FocusHeading>
      <Beat level={level} beat={beat} key={beat.id} />
      <NextBar>
        <Button onClick={next}>{last ? t('sesame.toDebrief') : t('sesame.nextBeat')}</Button>
      </NextBar>
    </div>
  );
}

function Beat({ level, beat }: { level: SesameLevel; beat: RevealBeat }) {
  switch (beat.id) {
    case 'weights':
      return <Weights beat={beat} />;
    case 'moves':
      return <Moves level={level} beat={beat} />;
    case 'chasing':
      return <Chasing beat={beat} />;
    case 'fico':
      return <Fico level={level} beat={beat} />;
    case 'reality':
      return <Reality beat={beat} />;
  }
}

function Weights({ beat }: { beat: Extract<RevealBeat, { id: 'weights' }> }) {
  const { t, text } = useT();
  return (
    <>
      <Statement s={beat.text} />
      <ul class="sesame-weights" aria-label={t('sesame.weightsLabel')}>
        {beat.rows.map((r) => (
          <li key={r.factor.id}>
            <span class="sesame-weight-name">{text(r.factor.name)}</span>
            <span class="sesame-bar" aria-hidden="true">
              <span style={{ width: `${Math.max(2, r.percent * 2)}%` }} />
            </span>
            <span class="sesame-weight-value num">
              {t('sesame.weightShare', { percent: r.percent })}
              <InventedMark />
            </span>
          </li>
        ))}
      </ul>
      {beat.facts.map((s, i) => (
        <Statement s={s} key={i} />
      ))}
    </>
  );
}

const biggest = (rows: readonly Contribution[]) => [...rows].sort((a, b) => Math.abs(b.total) - Math.abs(a.total) || a.taken.index - b.taken.index);

function MoveRow({ c }: { c: Contribution }) {
  const { t, text } = useT();
  return (
    <li>
      <span class="sesame-move-day">{t('sesame.dayShort', { day: c.taken.day + 1 })}</span>
      <span class="sesame-move-label">“{text(c.action.label)}”</span>
      <Delta n={c.total} />
      {c.later !== 0 && <span class="sesame-move-later">{t('sesame.later', { now: signed(c.immediate), later: signed(c.later) })}</span>}
      {c.taken.blocked && <span class="sesame-tag tag-listed">{t('sesame.refusedTag')}</span>}
      {!c.taken.member && !c.taken.blocked && <span class="sesame-tag tag-left">{t('sesame.outside')}</span>}
    </li>
  );
}

function Moves({ level, beat }: { level: SesameLevel; beat: Extract<RevealBeat, { id: 'moves' }> }) {
  const { t, text } = useT();
  const [all, setAll] = useState(false);
  const top = biggest(beat.rows).slice(0, MOVES_SHOWN);
  const sum = beat.rows.reduce((s, r) => s + r.total, 0);
  return (
    <>
      <Statement s={beat.text} />
      <p class="sesame-sum">
        {t('sesame.movesSum', { app: text(level.app.score), start: beat.start, score: beat.score })} <Delta n={sum} />
        <InventedMark />
      </p>
      <h3>{t('sesame.biggestMoves', { count: top.length })}</h3>
      <ol class="sesame-moves">
        {top.map((c) => (
          <MoveRow c={c} key={c.taken.index} />
        ))}
      </ol>
      {beat.rows.length > top.length && (
        <button type="button" class="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {t(all ? 'sesame.hideTable' : 'sesame.showTable', { count: beat.rows.length })}
        </button>
      )}
      {(all || beat.rows.length <= top.length) && beat.rows.length > 0 && <MovesTable rows={beat.rows} sum={sum} />}
    </>
  );
}

function MovesTable({ rows, sum }: { rows: readonly Contribution[]; sum: number }) {
  const { t, text } = useT();
  return (
    <div class="table-scroll">
      <table class="sesame-table">
        <caption>{t('sesame.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sesame.col.day')}</th>
            <th scope="col">{t('sesame.col.choice')}</th>
            <th scope="col" class="num">
              {t('sesame.col.now')}
            </th>
            <th scope="col" class="num">
              {t('sesame.col.later')}
            </th>
            <th scope="col" class="num">
              {t('sesame.col.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.taken.index}>
              <td>{c.taken.day + 1}</td>
              <td>{text(c.action.label)}</td>
              <td class="num">{c.immediate}</td>
              <td class="num">{c.later}</td>
              <td class="num">
                <Delta n={c.total} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {t('sesame.col.sum')}
            </th>
            <td class="num">
              <Delta n={sum} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Chasing({ beat }: { beat: Extract<RevealBeat, { id: 'chasing' }> }) {
  const { t } = useT();
  const c = beat.chasing;
  return (
    <>
      <p class="sesame-big">
        {c.count > 0 ? t('sesame.chasingCount', { count: c.count, of: c.of }) : t('sesame.chasingNone', { of: c.of })}
        {c.count > 0 && (
          <>
            {' '}
            {t('sesame.chasingPoints')} <Delta n={c.points} />
            <InventedMark />
          </>
        )}
      </p>
      {c.count > 0 && (
        <ol class="sesame-moves">
          {c.choices.map((x) => (
            <MoveRow c={x} key={x.taken.index} />
          ))}
        </ol>
      )}
      <Statement s={beat.text} />
    </>
  );
}

function Fico({ level, beat }: { level: SesameLevel; beat: Extract<RevealBeat, { id: 'fico' }> }) {
  const { t, text } = useT();
  const [all, setAll] = useState(false);
  const r = beat.reading;
  const shown = all ? r.differences : r.differences.slice(0, 3);
  return (
    <>
      <Statement s={beat.text} />
      <div class="sesame-two">
        <p>
          <span class="sesame-two-name">{text(level.app.score)}</span>
          <strong class="sesame-two-num">{r.score}</strong>
          <InventedMark />
        </p>
        <p>
          <span class="sesame-two-name">{t('sesame.ficoName')}</span>
          <strong class="sesame-two-num">{r.fico}</strong>
          <InventedMark />
        </p>
      </div>
      <p>{t('sesame.ficoCounts', { factors: r.counted.map((f) => text(f.name)).join(t('sesame.listSeparator')) })}</p>
      {r.differences.length > 0 ? (
        <>
          <h3>{t('sesame.ficoDiffers')}</h3>
          <ul class="sesame-moves">
            {shown.map((c) => (
              <li key={c.taken.index}>
                <span class="sesame-move-label">“{text(c.action.label)}”</span>
                <span>
                  {text(level.app.score)} <Delta n={c.total} />
                </span>
                <span>
                  {t('sesame.ficoShort')} <Delta n={c.fico} />
                </span>
              </li>
            ))}
          </ul>
          {r.differences.length > 3 && (
            <button type="button" class="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
              {t(all ? 'sesame.showFewer' : 'sesame.showAllDiff', { count: r.differences.length })}
            </button>
          )}
        </>
      ) : (
        <p>{t('sesame.ficoSame')}</p>
      )}
      <Statement s={beat.fact} />
    </>
  );
}

/** Facts of the last beat shown before "more": the rest (what is not known, and the myth the debrief takes up) one click away. */
const FACTS_SHOWN = 6;

function Reality({ beat }: { beat: Extract<RevealBeat, { id: 'reality' }> }) {
  const { t } = useT();
  const [more, setMore] = useState(false);
  const shown = more ? beat.facts : beat.facts.slice(0, FACTS_SHOWN);
  return (
    <>
      <p class="sesame-lead">
        <Icon name="reality" size={28} />
        {t('sesame.realityLead')}
      </p>
      <ul class="findings sesame-facts">
        {shown.map((s, i) => (
          <Statement s={s} as="li" key={i} />
        ))}
      </ul>
      {beat.facts.length > FACTS_SHOWN && (
        <button type="button" class="link-button" aria-expanded={more} onClick={() => setMore(!more)}>
          {t(more ? 'sesame.showFewer' : 'sesame.moreFacts', { count: beat.facts.length - FACTS_SHOWN })}
        </button>
      )}
    </>
  );
}
