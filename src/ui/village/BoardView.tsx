/** The village information board after a day: everyone ranked, the top names as model citizens. */
import type { VillageLevel } from '../../core/schema';
import { boardAfterDay, isLastDay, rankChanges, type VillageRun } from '../../core/village/rules';
import { Button, FocusHeading, Icon, Portrait, Statement } from '../common';
import { signed, useStore, useT } from '../hooks';

export function BoardView({ level, run }: { level: VillageLevel; run: VillageRun }) {
  const { t, text } = useT();
  const store = useStore();
  const board = boardAfterDay(level, run);
  const moves = rankChanges(level, run);
  const models = board.filter((e) => e.modelCitizen);
  const last = isLastDay(run);
  // Movement means something from the second day on.
  const showMoves = run.dayIndex > 0;
  return (
    <div class="board">
      <FocusHeading>{t('village.boardHeading', { day: run.dayIndex + 1 })}</FocusHeading>
      <p class="model-line">
        <Icon name="model-citizen" size={24} />
        {models.length
          ? t('village.modelCitizens', { names: models.map((e) => text(e.villager.name)).join(t('village.listSeparator')) })
          : t('village.noModelCitizens')}
      </p>
      <table class="board-table">
        <caption class="sr-only">{t('village.boardCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('village.rank')}</th>
            <th scope="col">{t('village.villager')}</th>
            <th scope="col" class="num">
              {t('village.points')}
            </th>
            {showMoves && <th scope="col">{t('village.change')}</th>}
          </tr>
        </thead>
        <tbody>
          {board.map((e) => {
            const move = moves.get(e.villager.id) ?? 0;
            return (
              <tr key={e.villager.id} class={e.modelCitizen ? 'is-model' : e.villager.seen ? '' : 'is-unseen'}>
                <td class="rank">{e.rank}</td>
                <th scope="row" class="who">
                  <div class="who-inner">
                    <Portrait id={e.villager.portrait} size={40} faded={!e.villager.seen} />
                    <span>
                      {text(e.villager.name)}
                      {e.modelCitizen && (
                        <span class="tag tag-model">
                          <Icon name="model-citizen" size={18} />
                          {t('village.modelCitizen')}
                        </span>
                      )}
                      {!e.villager.seen && <span class="tag tag-unseen">{t('village.neverSeen')}</span>}
                    </span>
                  </div>
                </th>
                <td class="num">{signed(e.points)}</td>
                {showMoves && (
                  <td class={`move ${move > 0 ? 'up' : move < 0 ? 'down' : ''}`}>
                    <span aria-hidden="true">{move > 0 ? '▲ ' : move < 0 ? '▼ ' : '– '}</span>
                    {move > 0
                      ? t('village.movedUp', { count: move })
                      : move < 0
                        ? t('village.movedDown', { count: -move })
                        : t('village.noChange')}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <Statement s={level.board.reward} icon="reward" />
      <div class="next-bar">
        <Button onClick={() => store.getState().villageAct({ type: 'nextDay' })}>
          {last ? t('village.toReveal') : t('village.nextDay', { day: run.dayIndex + 2 })}
        </Button>
      </div>
    </div>
  );
}
