/**
 * The reveal, one beat at a time: the media account's values applied to the player's own week,
 * the board re-ranked under them, who would have been a model citizen, and the pressures of the
 * week. Each beat is short; the tables are there for those who ask.
 */
import type { TFunction } from 'i18next';
import { signed } from '../../core/format';
import type { VillageLevel } from '../../core/village/schema';
import { currentBeat, type ModelBeat, type PressuresBeat, type Ratio, type RerankedBeat, type ValuesBeat } from '../../core/village/reveal';
import { REVEAL_BEATS, type VillageRun } from '../../core/village/rules';
import { Button, FocusHeading, Icon, Provenance, Statement } from '../common';
import { NextBar } from '../Debrief';
import { useStore, useT } from '../hooks';
import { Face, Points, useVillage } from './shared';

const ratioWords = (t: TFunction, r: Ratio, a: string, b: string) => t(`village.ratio.${r.direction}`, { factor: r.factor, a, b });

export function RevealView({ level, run }: { level: VillageLevel; run: VillageRun }) {
  const { t } = useT();
  const store = useStore();
  const beat = currentBeat(level, run);
  if (!beat) return null;
  const last = run.beat >= REVEAL_BEATS.length - 1;
  return (
    <div class="vl-reveal">
      <p class="eyebrow">
        {t('village.revealHeading')} · {t('village.beatCount', { index: run.beat + 1, count: REVEAL_BEATS.length })}
      </p>
      <FocusHeading key={beat.beat}>{t(`village.beat.${beat.beat}`)}</FocusHeading>
      {beat.beat === 'values' && <Values level={level} b={beat.data} />}
      {beat.beat === 'reranked' && <Reranked level={level} b={beat.data} />}
      {beat.beat === 'model' && <Model level={level} b={beat.data} />}
      {beat.beat === 'pressures' && <Pressures level={level} b={beat.data} />}
      <NextBar>
        <Button onClick={() => store.getState().act('village', { type: 'nextBeat' })}>
          {last ? (
            <>
              <Icon name="city" size={24} />
              {t('village.toCities')}
            </>
          ) : (
            t('village.nextBeat')
          )}
        </Button>
      </NextBar>
    </div>
  );
}

function Values({ level, b }: { level: VillageLevel; b: ValuesBeat }) {
  const { t, text } = useT();
  const { name, deedText, written } = useVillage(level);
  return (
    <>
      <Statement s={b.text} />
      {b.comparisons.length > 0 && (
        <div class="comparison">
          {b.comparisons.map((c) => {
            const a = text(c.comparison.aLabel);
            const label = text(c.comparison.bLabel);
            // Two comparisons with the same label (two tours of army service) are told apart by name.
            const twin = b.comparisons.filter((x) => text(x.comparison.bLabel) === label).length > 1;
            const who = level.deeds.find((d) => d.id === c.comparison.b)?.villager;
            const bb = twin && who ? t('village.bWho', { b: label, name: name(who) }) : label;
            const ra = level.deeds.find((d) => d.id === c.comparison.a)?.reportPoints ?? 0;
            const rb = level.deeds.find((d) => d.id === c.comparison.b)?.reportPoints ?? 0;
            return (
              <div class="compare-pair" key={`${c.comparison.a}-${c.comparison.b}`}>
                {c.report && <p class="compare-report">{t('village.compareReport', { a, b: bb, ra: signed(ra), rb: signed(rb), ratio: ratioWords(t, c.report, a, bb) })}</p>}
                <p class="compare-you">
                  {c.player
                    ? t('village.compareYou', { a, b: bb, pa: written(c.playerA), pb: written(c.playerB), ratio: ratioWords(t, c.player, a, bb) })
                    : t('village.compareYouNone', { a, b: bb, pa: written(c.playerA), pb: written(c.playerB) })}
                </p>
              </div>
            );
          })}
          <Provenance of={b.comparisons[0]!.comparison} />
        </div>
      )}
      {b.deductions.length > 0 && (
        <>
          <p>
            {t('village.allegedly', {
              deeds: b.deductions.map((d) => `${name(d.villagerId)}: ${deedText(d.deedId)}`).join(t('village.listSeparator')),
              yours: b.deductions.map((d) => written(d.choice)).join(t('village.listSeparator')),
            })}
          </p>
          <Provenance of={b.deductionsText} />
        </>
      )}
      <details>
        <summary>{t('village.showValues')}</summary>
        <table class="reveal-table">
          <thead>
            <tr>
              <th scope="col">{t('village.deed')}</th>
              <th scope="col" class="num">
                {t('village.mediaValue')}
              </th>
              <th scope="col" class="num">
                {t('village.you')}
              </th>
            </tr>
          </thead>
          <tbody>
            {b.rows.map((r) => (
              <tr key={r.deedId}>
                <th scope="row">
                  {name(r.villagerId)}: {deedText(r.deedId)}
                </th>
                <td class="num">
                  <Points n={r.reportPoints} />
                </td>
                <td class="num">{written(r.choice)}</td>
              </tr>
            ))}
            <tr class="totals">
              <th scope="row">{t('village.totals')}</th>
              <td class="num">
                <Points n={b.reportTotal} />
              </td>
              <td class="num">
                <Points n={b.yourTotal} />
              </td>
            </tr>
          </tbody>
        </table>
      </details>
    </>
  );
}

function Reranked({ level, b }: { level: VillageLevel; b: RerankedBeat }) {
  const { t } = useT();
  const { name, villager } = useVillage(level);
  const moved = b.moves.filter((m) => m.yours !== m.report);
  const biggest = [...moved].sort((x, y) => Math.abs(y.yours - y.report) - Math.abs(x.yours - x.report)).slice(0, 4);
  return (
    <>
      <Statement s={b.text} />
      <p class="lead-line">{moved.length ? t('village.rerankedMoves', { count: moved.length }) : t('village.rerankedNone')}</p>
      <ul class="moves">
        {biggest.map((m) => (
          <li key={m.villagerId}>
            <Face v={villager(m.villagerId)} size={36} />
            <span class={m.report < m.yours ? 'up' : 'down'}>
              <span aria-hidden="true">{m.report < m.yours ? '▲ ' : '▼ '}</span>
              {t(m.report < m.yours ? 'village.rerankedUp' : 'village.rerankedDown', { name: name(m.villagerId), from: m.yours, to: m.report })}
            </span>
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('village.showBoard')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('village.villager')}</th>
              <th scope="col" class="num">
                {t('village.yourBoard')}
              </th>
              <th scope="col" class="num">
                {t('village.reportBoard')}
              </th>
            </tr>
          </thead>
          <tbody>
            {b.moves.map((m) => (
              <tr key={m.villagerId}>
                <th scope="row">{name(m.villagerId)}</th>
                <td class="num">{m.yours}</td>
                <td class="num">{m.report}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}

function Model({ level, b }: { level: VillageLevel; b: ModelBeat }) {
  const { t } = useT();
  const { names } = useVillage(level);
  return (
    <>
      <Statement s={b.text} />
      <ul class="findings model-changes">
        {b.gained.length === 0 && b.lost.length === 0 ? (
          <li>{t('village.sameModels')}</li>
        ) : (
          <>
            {b.gained.length > 0 && (
              <li class="up">
                <span aria-hidden="true">▲ </span>
                {t('village.gained', { names: names(b.gained) })}
              </li>
            )}
            {b.lost.length > 0 && (
              <li class="down">
                <span aria-hidden="true">▼ </span>
                {t('village.lost', { names: names(b.lost) })}
              </li>
            )}
            {b.kept.length > 0 && <li>{t('village.kept', { names: names(b.kept) })}</li>}
          </>
        )}
      </ul>
      <Statement s={b.reward} icon="reward" />
    </>
  );
}

function Pressures({ level, b }: { level: VillageLevel; b: PressuresBeat }) {
  const { t } = useT();
  const { name } = useVillage(level);
  return (
    <>
      <Statement s={b.text} />
      <ul class="findings">
        <li>
          <Icon name="pressure" size={24} />
          {b.favours.length ? t('village.favoursLine', { total: b.favours.length, followed: b.followed }) : t('village.noFavours')}
        </li>
        <li>
          <Icon name="reward" size={24} />
          {t('village.connectedLine', { points: signed(b.pointsToConnected) })}
        </li>
        {b.hearsay.length > 0 && (
          <li>
            <Icon name="hearsay" size={24} />
            {t('village.hearsayLine', { scored: b.hearsayScored, total: b.hearsay.length })}
          </li>
        )}
        {b.silenced.map((s) => (
          <li key={s.villagerId}>
            <Icon name="decline" size={24} />
            {t('village.silencedLine', { name: name(s.villagerId), count: s.dropped.length })}
          </li>
        ))}
        {b.unseen.map((v) => (
          <li key={v.id}>
            <Icon name="decline" size={24} />
            {t('village.unseenLine', { name: name(v.id) })}
          </li>
        ))}
      </ul>
    </>
  );
}
