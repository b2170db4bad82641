/** A firm under audit: the map of institutions and the firm on the stage, the view for the run's phase beside it. */
import { useEffect, useRef } from 'preact/hooks';
import type { FirmLevel } from '../../core/firm/schema';
import type { FirmRun } from '../../core/firm/rules';
import type { RoleScreenProps } from '../roleViews';
import { Stage } from '../Stage';
import { ProfileView } from './ProfileView';
import { BudgetView } from './BudgetView';
import { EventsView } from './EventsView';
import { QuarterView } from './QuarterView';
import { RevealView } from './RevealView';
import { DebriefView } from './DebriefView';
import './firm.css';

const scene = () => import('../../game/firm/FirmScene').then((m) => m.firmScene);

export default function FirmScreen(props: RoleScreenProps) {
  const level = props.level as FirmLevel;
  const run = props.run as FirmRun;
  const panel = useRef<HTMLElement>(null);
  // A new view starts at its top (its heading has focus already: children's effects run first).
  useEffect(() => {
    if (panel.current) panel.current.scrollTop = 0;
  }, [run.phase, run.index, run.beat]);
  let body;
  if (run.phase === 'profile') body = <ProfileView level={level} run={run} />;
  else if (run.phase === 'budget') body = <BudgetView level={level} run={run} />;
  else if (run.phase === 'events') body = <EventsView level={level} run={run} />;
  else if (run.phase === 'quarter') body = <QuarterView level={level} run={run} />;
  else if (run.phase === 'reveal') body = <RevealView level={level} run={run} />;
  else body = <DebriefView level={level} run={run} />;
  const beat = run.phase === 'reveal' ? ` beat-${run.beat}` : '';
  return (
    <div class={`role-layout firm-layout phase-${run.phase}${beat}${run.phase === 'debrief' ? ' wide-panel' : ''}`}>
      <Stage scene={scene} />
      <section class="panel" ref={panel}>
        {body}
      </section>
    </div>
  );
}
