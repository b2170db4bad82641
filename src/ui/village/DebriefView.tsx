/** Debrief: what the report says, the myth it corrects, questions for the room. */
import type { VillageLevel } from '../../core/schema';
import type { VillageRun } from '../../core/village/rules';
import { Button, FocusHeading, Icon, Provenance, Statement } from '../common';
import { useStore, useT } from '../hooks';

export function DebriefView({ level, run }: { level: VillageLevel; run: VillageRun }) {
  const { t, text } = useT();
  const store = useStore();
  const { debrief } = level;
  return (
    <div class="debrief">
      <FocusHeading>{t('village.debriefHeading')}</FocusHeading>
      <section class="myth" aria-labelledby="myth-h">
        <h3 id="myth-h">{t('village.mythHeading')}</h3>
        <p class="myth-text">
          <span aria-hidden="true">✗ </span>
          {text(debrief.myth.myth)}
        </p>
        <h3>{t('village.realityHeading')}</h3>
        <p class="reality-text">
          <span aria-hidden="true">✓ </span>
          {text(debrief.myth.reality.text)}
        </p>
        <Provenance of={debrief.myth.reality} />
      </section>
      <section aria-labelledby="findings-h">
        <h3 id="findings-h">
          <Icon name="source" size={24} />
          {t('village.findingsHeading')}
        </h3>
        <ul class="findings">
          {debrief.findings.map((f, i) => (
            <Statement s={f} as="li" key={i} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="questions-h">
        <h3 id="questions-h">{t('village.questionsHeading')}</h3>
        <ol class="questions">
          {debrief.questions.map((q, i) => (
            <li key={i}>{text(q)}</li>
          ))}
        </ol>
      </section>
      <p class="seed">
        {t('village.seed', { seed: run.seed })}{' '}
        <a href={`?role=village&seed=${run.seed}&route=${run.route}`}>{t('village.seedLink')}</a>
      </p>
      <div class="actions">
        <Button onClick={() => store.getState().startVillage()}>{t('village.replay')}</Button>
        <Button kind="secondary" onClick={() => store.getState().go('roles')}>
          {t('village.backToRoles')}
        </Button>
      </div>
    </div>
  );
}
