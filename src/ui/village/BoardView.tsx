/** The board after a day: who leads, the three model citizens, what happened in the village because of you. */
import type { VillageLevel } from '../../core/village/schema';
import { followUpsOn, } from '../../core/village/reveal';
import { isLastDay, placeChanges, standings, stoppedReporting, type VillageRun } from '../../core/village/rules';
import { Button, FocusHeading, Icon, Statement } from '../common';
import { NextBar } from '../Debrief';
import { useStore, useT } from '../hooks';
import { Face, Points, useVillage } from './shared';

const REACTION_ICON = { pleased: 'reaction-pleased', hurt: 'reaction-hurt', angry: 'reaction-angry', grateful: 'reaction-grateful' } as const;

export function BoardView({ level, run }: { level: VillageLevel; run: VillageRun }) {
  const { t, text } = useT();
  const store = useStore();
  const { villager, names } = useVillage(level);
  const board = standings(level, run, run.dayIndex);
  const moves = placeChanges(level, run);
  const models = board.filter((e) => e.modelCitizen);
  const silent = stoppedReporting(level, run);
  const { scenes } = followUpsOn(level, run);
  const last = isLastDay(run);
  return (
    <div class="vl-board">
      <FocusHeading>{t('village.boardHeading', { day: run.dayIndex + 1 })}</FocusHeading>
      <p class="model-line">
        <Icon name="model-citizen" size={28} />
        {models.length ? t('village.modelCitizens', { names: names(models.map((e) => e.villager.id)) }) : t('village.noModelCitizens')}
      </p>
      <Statement s={level.board.tieRule} />
      {scenes.length > 0 && (
        <section class="scenes" aria-labelledby="scenes-h">
          <h3 id="scenes-h">{t('village.inVillage')}</h3>
          {scenes.map((e) =>
            e.scene ? (
              <div class="scene" key={e.id}>
                <Face v={villager(e.scene.villager)} size={48} />
                {e.scene.reaction && <Icon name={REACTION_ICON[e.scene.reaction]} size={32} />}
                <div>
                  <p>{text(e.scene.text)}</p>
                  {e.scene.fact && <Statement s={e.scene.fact} />}
                </div>
              </div>
            ) : null,
          )}
        </section>
      )}
      <details class="board-details">
        <summary>{t('village.showBoard')}</summary>
        <table class="board-table">
          <thead>
            <tr>
              <th scope="col">{t('village.place')}</th>
              <th scope="col">{t('village.villager')}</th>
              <th scope="col" class="num">
                {t('village.points')}
              </th>
              {run.dayIndex > 0 && <th scope="col">{t('village.change')}</th>}
            </tr>
          </thead>
          <tbody>
            {board.map((e) => {
              const move = moves.get(e.villager.id) ?? 0;
              return (
                <tr key={e.villager.id} class={e.modelCitizen ? 'is-model' : e.villager.seen ? '' : 'is-unseen'}>
                  <td class="rank">{e.place}</td>
                  <th scope="row" class="who">
                    <div class="who-inner">
                      <Face v={e.villager} size={32} />
                      <span>
                        {text(e.villager.name)}
                        {e.modelCitizen && <span class="tag tag-model">{t('village.modelCitizen')}</span>}
                        {!e.villager.seen && <span class="tag tag-unseen">{t('village.neverSeen')}</span>}
                        {silent.has(e.villager.id) && <span class="tag tag-unseen">{t('village.notReporting')}</span>}
                      </span>
                    </div>
                  </th>
                  <td class="num">
                    <Points n={e.points} />
                  </td>
                  {run.dayIndex > 0 && (
                    <td class={`move ${move > 0 ? 'up' : move < 0 ? 'down' : ''}`}>
                      <span aria-hidden="true">{move > 0 ? '▲ ' : move < 0 ? '▼ ' : '– '}</span>
                      {move > 0 ? t('village.movedUp', { count: move }) : move < 0 ? t('village.movedDown', { count: -move }) : t('village.noChange')}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
      <Statement s={level.board.reward} icon="reward" />
      <NextBar>
        <Button onClick={() => store.getState().act('village', { type: 'nextDay' })}>
          {last ? t('village.toReveal') : t('village.nextDay', { day: run.dayIndex + 2 })}
        </Button>
      </NextBar>
    </div>
  );
}
