/** The reveal: the report's own values set against the player's, and what the week showed. */
import type { VillageLevel } from '../../core/schema';
import type { VillageRun } from '../../core/village/rules';
import { comparisons, evidenceSummary, pointsToConnected, pressureOutcomes, reportedValues, unseenVillagers } from '../../core/village/reveal';
import { Button, FocusHeading, Icon, Provenance } from '../common';
import { signed, useStore, useT } from '../hooks';

export function RevealView({ level, run }: { level: VillageLevel; run: VillageRun }) {
  const { t, text, lang, choice: shown } = useT();
  const store = useStore();
  const names = new Map(level.villagers.map((v) => [v.id, v.name]));
  const values = reportedValues(level, run);
  const comps = comparisons(level, run);
  const pressures = pressureOutcomes(level, run);
  const evidence = evidenceSummary(level, run);
  const ratio = (n: number) => new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 }).format(n);
  return (
    <div class="reveal">
      <FocusHeading>{t('village.revealHeading')}</FocusHeading>
      <p>{t('village.revealLead')}</p>
      <table class="reveal-table">
        <thead>
          <tr>
            <th scope="col">{t('village.deed')}</th>
            <th scope="col" class="num">
              {t('village.reportGave')}
            </th>
            <th scope="col" class="num">
              {t('village.youGave')}
            </th>
          </tr>
        </thead>
        <tbody>
          {values.map((v) => (
            <tr key={v.deed.id}>
              <th scope="row">
                {text(v.deed.text)}
                <Provenance of={v.deed} />
              </th>
              <td class="num">{signed(v.reportPoints)}</td>
              <td class="num">{shown(v.choice)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {comps.map((c) => (
        <div class="statement comparison" key={`${c.comparison.a}-${c.comparison.b}`}>
          <p>
            <strong>{text(c.comparison.text)}</strong>
          </p>
          <p>
            {t(c.playerRatio === null ? 'village.yourRatioNone' : c.playerRatio === 1 ? 'village.yourRatioSame' : 'village.yourRatio', {
              a: text(c.comparison.aLabel),
              b: text(c.comparison.bLabel),
              pa: shown(c.playerA),
              pb: shown(c.playerB),
              ratio: c.playerRatio === null ? '' : ratio(c.playerRatio),
            })}
          </p>
          <Provenance of={c.comparison} />
        </div>
      ))}
      <ul class="findings">
        {pressures.length > 0 && (
          <li>
            <Icon name="pressure" size={24} />
            {t('village.pressureSummary', { total: pressures.length, followed: pressures.filter((p) => p.followed).length })}{' '}
            {t('village.connected', { points: signed(pointsToConnected(level, run)) })}
          </li>
        )}
        {evidence.hearsayScored + evidence.hearsayDeclined > 0 && (
          <li>
            <Icon name="hearsay" size={24} />
            {t('village.hearsaySummary', { scored: evidence.hearsayScored, declined: evidence.hearsayDeclined })}
          </li>
        )}
        {unseenVillagers(level).map((v) => (
          <li key={v.id}>
            <Icon name="decline" size={24} />
            {t('village.unseen', { name: text(names.get(v.id) ?? v.name) })}
          </li>
        ))}
      </ul>
      <div class="next-bar">
        <Button onClick={() => store.getState().villageAct({ type: 'toCities' })}>
          <Icon name="city" size={24} />
          {t('village.toCities')}
        </Button>
      </div>
    </div>
  );
}
