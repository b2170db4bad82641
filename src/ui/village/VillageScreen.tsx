/** The Village Ledger: the village on the stage, the view for the run's phase beside it. */
import type { VillageLevel } from '../../core/village/schema';
import type { VillageRun } from '../../core/village/rules';
import type { RoleScreenProps } from '../roleViews';
import { Stage } from '../Stage';
import { IntroView } from './IntroView';
import { DayView } from './DayView';
import { BoardView } from './BoardView';
import { RevealView } from './RevealView';
import { CitiesView } from './CitiesView';
import { DebriefView } from './DebriefView';
import './village.css';

const scene = () => import('../../game/village/VillageScene').then((m) => m.villageScene);

export default function VillageScreen(props: RoleScreenProps) {
  const level = props.level as VillageLevel;
  const run = props.run as VillageRun;
  let body;
  if (run.phase === 'intro') body = <IntroView level={level} run={run} />;
  else if (run.phase === 'day') body = <DayView level={level} run={run} />;
  else if (run.phase === 'board') body = <BoardView level={level} run={run} />;
  else if (run.phase === 'reveal') body = <RevealView level={level} run={run} />;
  else if (run.phase === 'cities') body = <CitiesView level={level} run={run} />;
  else body = <DebriefView level={level} run={run} />;
  const wide = run.phase === 'cities' || run.phase === 'debrief';
  return (
    <div class={`role-layout village-layout phase-${run.phase}${wide ? ' wide-panel' : ''}`}>
      <Stage scene={scene} />
      <section class="panel">{body}</section>
    </div>
  );
}
