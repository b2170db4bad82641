/** Same week, other cities: one villager of the player's week followed through Suining, Suqian and Suzhou; the full table on request. */
import type { VillageLevel } from '../../core/village/schema';
import { cityFace, cityTable, swaps } from '../../core/village/scales';
import { standings, type VillageRun } from '../../core/village/rules';
import { Button, FocusHeading, Icon, InventedMark, Provenance, Statement } from '../common';
import { NextBar } from '../Debrief';
import { useStore, useT } from '../hooks';
import { Face, Points, useVillage } from './shared';

export function CitiesView({ level, run }: { level: VillageLevel; run: VillageRun }) {
  const { t, text } = useT();
  const store = useStore();
  const { villager, name } = useVillage(level);
  const face = cityFace(level, run);
  const rows = cityTable(level, run);
  const flips = swaps(level, run);
  const board = new Map(standings(level, run).map((e) => [e.villager.id, e]));
  const scaleOf = (id: string) => level.scales.find((s) => s.id === id);
  return (
    <div class="vl-cities">
      <FocusHeading>{t('village.citiesHeading')}</FocusHeading>
      {face ? (
        <section class="city-face" aria-label={name(face.villagerId)}>
          <div class="face-head">
            <Face v={villager(face.villagerId)} size={64} />
            <div>
              <p class="lead-line">{t('village.faceLead', { name: name(face.villagerId) })}</p>
              <p>
                {t(face.village.modelCitizen ? 'village.faceVillageModel' : 'village.faceVillage', {
                  place: face.village.place,
                  count: level.villagers.length,
                  points: face.village.points,
                })}
              </p>
            </div>
          </div>
          <ol class="city-steps">
            {face.cities.map((c) => {
              const scale = scaleOf(c.scaleId);
              const grade = c.gradeIndex >= 0 ? scale?.grades[c.gradeIndex] : undefined;
              return (
                <li key={c.scaleId} class="city-step">
                  <h3>
                    <Icon name="city" size={24} />
                    {text(c.city)}
                  </h3>
                  <p class="city-result">
                    <strong>{t('village.cityScore', { score: c.score })}</strong>
                    <InventedMark />
                    {grade && (
                      <>
                        {' · '}
                        <span class={`cat cat-${c.gradeIndex}`}>{t('village.cityGrade', { grade: text(grade.label) })}</span>
                      </>
                    )}
                  </p>
                  {scale && <p class="scale-rule muted">{text(scale.rangeLabel)}</p>}
                  {grade && <Provenance of={grade} />}
                  <p class="meant-h">{t('village.meant')}</p>
                  <Statement s={c.stake} />
                </li>
              );
            })}
          </ol>
        </section>
      ) : (
        <p>{t('village.noFace')}</p>
      )}
      <p class="illustrative-note">
        <Icon name="illustrative" size={20} />
        {t('village.conversionNote')}
      </p>
      <p>{flips.count ? t('village.swapsSummary', { count: flips.count }) : t('village.noSwaps')}</p>
      <details>
        <summary>{t('village.showCities')}</summary>
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="cities-caption">
          <table class="cities-table">
            <caption id="cities-caption">{t('village.citiesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('village.villager')}</th>
                <th scope="col" class="num">
                  {t('village.points')}
                </th>
                {level.scales.map((s) => (
                  <th scope="col" class="num" key={s.id}>
                    {text(s.city)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.villagerId} class={board.get(row.villagerId)?.modelCitizen ? 'is-model' : ''}>
                  <th scope="row">{name(row.villagerId)}</th>
                  <td class="num">
                    <Points n={row.village} />
                  </td>
                  {row.results.map((r, i) => {
                    const g = r.gradeIndex >= 0 ? level.scales[i]?.grades[r.gradeIndex] : undefined;
                    return (
                      <td class="num" key={i}>
                        {r.score}
                        <InventedMark />
                        {g && <span class={`cat cat-${r.gradeIndex}`}> {text(g.label)}</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <div class="scale-cards">
        {level.scales.map((s) => (
          <section class="scale-card" key={s.id} aria-labelledby={`scale-${s.id}`}>
            <h3 id={`scale-${s.id}`}>{text(s.name)}</h3>
            {s.facts.map((f, i) => (
              <Statement s={f} key={i} />
            ))}
          </section>
        ))}
      </div>
      <NextBar>
        <Button onClick={() => store.getState().act('village', { type: 'nextBeat' })}>{t('village.toDebrief')}</Button>
      </NextBar>
    </div>
  );
}
