/**
 * "A Sesame Credit user": a drawn phone on the stage, the app's day beside it. On a phone the drawn
 * phone fills the screen and this panel sits on its screen, under the app's header (sesame.css).
 */
import type { SesameLevel } from '../../core/sesame/schema';
import type { SesameRun } from '../../core/sesame/rules';
import type { RoleScreenProps } from '../roleViews';
import { Stage } from '../Stage';
import { IntroView } from './IntroView';
import { DayView } from './DayView';
import { EveningView } from './EveningView';
import { RevealView } from './RevealView';
import { DebriefView } from './DebriefView';
import './sesame.css';

const scene = () => import('../../game/sesame/SesameScene').then((m) => m.sesameScene);

export default function SesameScreen(props: RoleScreenProps) {
  const level = props.level as SesameLevel;
  const run = props.run as SesameRun;
  let body;
  if (run.phase === 'intro') body = <IntroView level={level} run={run} />;
  else if (run.phase === 'day') body = <DayView level={level} run={run} />;
  else if (run.phase === 'evening') body = <EveningView level={level} run={run} />;
  else if (run.phase === 'reveal') body = <RevealView level={level} run={run} />;
  else body = <DebriefView level={level} run={run} />;
  return (
    <div class={`role-layout sesame-layout phase-${run.phase}${run.phase === 'debrief' ? ' wide-panel' : ''}`}>
      <Stage scene={scene} />
      <section class="panel">{body}</section>
    </div>
  );
}
