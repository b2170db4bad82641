/** "Myth or reality?": the desk of clippings on the stage, the statement and its answer beside it. */
import type { MythsLevel } from '../../core/myths/schema';
import type { MythsRun } from '../../core/myths/rules';
import type { RoleScreenProps } from '../roleViews';
import { Stage } from '../Stage';
import { QuestionView } from './QuestionView';
import { AnswerView } from './AnswerView';
import { ResultView } from './ResultView';
import './myths.css';

const scene = () => import('../../game/myths/MythsScene').then((m) => m.mythsScene);

export default function MythsScreen(props: RoleScreenProps) {
  const level = props.level as MythsLevel;
  const run = props.run as MythsRun;
  let body;
  if (run.phase === 'question') body = <QuestionView level={level} run={run} />;
  else if (run.phase === 'answer') body = <AnswerView level={level} run={run} />;
  else body = <ResultView level={level} run={run} />;
  return (
    <div class={`role-layout myths-layout phase-${run.phase}`}>
      <Stage scene={scene} />
      <section class="panel">{body}</section>
    </div>
  );
}
