/** Same village, other cities: the week re-scored under the schemes the report names. */
import type { VillageLevel } from '../../core/schema';
import { boardAfterDay, type VillageRun } from '../../core/village/rules';
import { cityTable, swaps, type ScaleResult } from '../../core/village/scales';
import { Button, FocusHeading, Icon, Portrait, Statement } from '../common';
import { signed, useStore, useT } from '../hooks';

const MAX_EXAMPLES = 4;

export function CitiesView({ level, run }: { level: VillageLevel; run: VillageRun }) {
  const { t, text } = useT();
  const store = useStore();
  const villagers = new Map(level.villagers.map((v) => [v.id, v]));
  const finalBoard = boardAfterDay(level, run, run.plan.length - 1);
  const models = new Set(finalBoard.filter((e) => e.modelCitizen).map((e) => e.villager.id));
  const rows = cityTable(level, run);
  const flips = swaps(level, run);
  const flipped = new Set(flips.examples.flatMap((s) => [s.above, s.below]));
  const rowOf = new Map(rows.map((r) => [r.villagerId, r]));
  const verdict = (r: ScaleResult | undefined) => (r ? (r.category ? `${text(r.category)} (${r.score})` : String(r.score)) : '–');
  const nameOf = (id: string) => text(villagers.get(id)?.name ?? { en: id });
  return (
    <div class="cities">
      <FocusHeading>{t('village.citiesHeading')}</FocusHeading>
      <p>{t('village.citiesLead')}</p>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="cities-table-caption">
        <table class="cities-table">
          <caption id="cities-table-caption">{t('village.citiesHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('village.villager')}</th>
              <th scope="col" class="num">
                {t('village.inVillage')}
              </th>
              {level.scales.map((s) => (
                <th scope="col" class="num" key={s.id}>
                  {text(s.city)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const v = villagers.get(row.villagerId);
              if (!v) return null;
              return (
                <tr key={row.villagerId} class={flipped.has(row.villagerId) ? 'is-shift' : ''}>
                  <th scope="row" class="who">
                    <div class="who-inner">
                      <Portrait id={v.portrait} size={32} faded={!v.seen} />
                      {text(v.name)}
                    </div>
                  </th>
                  <td class="num">
                    {signed(row.village)}
                    {models.has(row.villagerId) && (
                      <span class="tag tag-model" title={t('village.modelCitizen')}>
                        <Icon name="model-citizen" size={16} />
                        <span class="sr-only">{t('village.modelCitizen')}</span>
                      </span>
                    )}
                  </td>
                  {row.results.map((r, i) => (
                    <td class="num" key={i}>
                      {r.score}
                      {r.category && <span class={`cat cat-${r.categoryIndex}`}> {text(r.category)}</span>}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="illustrative-note">
        <Icon name="illustrative" size={20} />
        {t('village.citiesIllustrative')}
      </p>
      <div class="shifts">
        {flips.count > 0 ? (
          <>
            <p>
              <strong>{t('village.swapsSummary', { count: flips.count })}</strong>
            </p>
            <ul class="findings">
              {flips.examples.slice(0, MAX_EXAMPLES).map((f) => {
                const a = rowOf.get(f.above);
                const b = rowOf.get(f.below);
                return (
                  <li key={`${f.above}-${f.below}`}>
                    <span aria-hidden="true">⇄ </span>
                    {t('village.swap', {
                      above: nameOf(f.above),
                      below: nameOf(f.below),
                      pa: signed(a?.village ?? 0),
                      pb: signed(b?.village ?? 0),
                      city: text(level.scales[f.scaleIndex]?.city ?? { en: '' }),
                      ca: verdict(a?.results[f.scaleIndex]),
                      cb: verdict(b?.results[f.scaleIndex]),
                    })}
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <p>{t('village.noSwaps')}</p>
        )}
      </div>
      <div class="scale-cards">
        {level.scales.map((s) => (
          <section class="scale-card" key={s.id} aria-labelledby={`scale-${s.id}`}>
            <h3 id={`scale-${s.id}`}>
              <Icon name="city" size={24} />
              {text(s.name)}
            </h3>
            {s.facts.map((f, i) => (
              <Statement s={f} key={i} />
            ))}
            <p class="scale-rule">
              <Icon name="illustrative" size={20} />
              {text(s.rangeLabel)}
            </p>
            {s.categories.length > 0 && (
              <p class="scale-cats">
                {s.categories.map((c, i) => (
                  <span class={`cat cat-${i}`} key={i}>
                    {text(c.label)}
                  </span>
                ))}
              </p>
            )}
          </section>
        ))}
      </div>
      <div class="next-bar">
        <Button onClick={() => store.getState().villageAct({ type: 'toDebrief' })}>{t('village.toDebrief')}</Button>
      </div>
    </div>
  );
}
