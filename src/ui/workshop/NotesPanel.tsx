/** The facilitator's notes for the role on screen, at any point of the week (a look ahead at the debrief). */
import { useT } from '../hooks';
import { Dialog } from './Dialog';
import { debriefOf, FacilitatorNotes } from './Facilitator';
import { useRoleNow } from './now';

export default function NotesPanel({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const now = useRoleNow();
  const debrief = now ? debriefOf(now.level) : null;
  return (
    <Dialog id="ws-notes" title={t('workshop.notes.heading')} onClose={onClose} kind="wide">
      {debrief ? (
        <FacilitatorNotes debrief={debrief} />
      ) : (
        <p>
          {t('workshop.notes.none')} <a href="?page=guide&mode=workshop#guide-answers">{t('workshop.notes.answerKey')}</a>
        </p>
      )}
    </Dialog>
  );
}
