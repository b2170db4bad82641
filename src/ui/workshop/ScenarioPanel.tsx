/** The scenario loader as a facilitator's panel (L), for the role on screen. */
import { useT } from '../hooks';
import { Dialog } from './Dialog';
import { useRoleNow } from './now';
import { ScenarioLoader } from './ScenarioLoader';

export default function ScenarioPanel({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const now = useRoleNow();
  return (
    <Dialog id="ws-scenarios" title={t('workshop.scenarios.heading')} onClose={onClose} kind="wide">
      <ScenarioLoader defaultRole={now?.roleId} />
    </Dialog>
  );
}
