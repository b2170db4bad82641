/**
 * The end of every role: the player's own moments set beside what the report says, the myth the
 * report corrects, its own caveat, questions for the room, and the week's code to share.
 * Prints as clean pages (see the print stylesheet).
 */
import type { ComponentChildren } from 'preact';
import type { Debrief as DebriefData } from '../core/content';
import type { BaseRun } from '../core/role';
import { seedCode } from '../core/seed';
import { Button, FocusHeading, Icon, Provenance, Statement } from './common';
import { useApp, useStore, useT } from './hooks';
import { FacilitatorNotes, GroupTools } from './workshop/Facilitator';

export function Debrief({ role, run, debrief, children }: { role: string; run: BaseRun; debrief: DebriefData; children?: ComponentChildren }) {
  const { t, text } = useT();
  const store = useStore();
  const mode = useApp((s) => s.mode);
  const kiosk = mode === 'kiosk';
  const code = seedCode(run.seed);
  if (mode === 'workshop') return <FacilitatorDebrief role={role} run={run} debrief={debrief} code={code}>{children}</FacilitatorDebrief>;
  return (
    <div class="debrief">
      <FocusHeading>{t('debrief.heading')}</FocusHeading>
      {children && (
        <section class="your-week" aria-labelledby="your-week-h">
          <h3 id="your-week-h">{t('debrief.yourWeek')}</h3>
          {children}
        </section>
      )}
      <MythAndReality debrief={debrief} />
      <section aria-labelledby="findings-h">
        <h3 id="findings-h">
          <Icon name="source" size={24} />
          {t('debrief.findings')}
        </h3>
        <ul class="findings">
          {debrief.findings.map((f, i) => (
            <Statement s={f} as="li" key={i} />
          ))}
        </ul>
      </section>
      <Caveat debrief={debrief} />
      <section aria-labelledby="questions-h">
        <h3 id="questions-h">{t('debrief.questions')}</h3>
        <ol class="questions">
          {debrief.questions.map((q, i) => (
            <li key={i}>{text(q)}</li>
          ))}
        </ol>
      </section>
      {kiosk ? (
        <div class="actions">
          <Button onClick={() => store.getState().go({ name: 'kiosk' })}>{t('kiosk.another')}</Button>
          <Button kind="secondary" onClick={() => store.getState().resetAll()}>
            {t('kiosk.finish')}
          </Button>
        </div>
      ) : (
        <>
          <p class="seed">
            {t('debrief.code', { code })}{' '}
            <a href={`?role=${role}&seed=${code}&route=${run.route}`}>{t('debrief.codeLink')}</a>
          </p>
          <DebriefActions role={role} />
        </>
      )}
    </div>
  );
}

/** The myth the role answers, and what the report found instead, with its source. */
function MythAndReality({ debrief }: { debrief: DebriefData }) {
  const { t, text } = useT();
  return (
    <section class="myth" aria-labelledby="myth-h">
      <h3 id="myth-h">{t('debrief.myth')}</h3>
      <p class="myth-text">
        <span aria-hidden="true">✗ </span>
        {text(debrief.myth.myth)}
      </p>
      <h3>{t('debrief.reality')}</h3>
      <p class="reality-text">
        <span aria-hidden="true">✓ </span>
        {text(debrief.myth.reality.text)}
      </p>
      <Provenance of={debrief.myth.reality} />
    </section>
  );
}

/** The report's own caveat, where the role has one. */
function Caveat({ debrief }: { debrief: DebriefData }) {
  const { t } = useT();
  return debrief.caveat ? (
    <section class="caveat" aria-labelledby="caveat-h">
      <h3 id="caveat-h">{t('debrief.caveat')}</h3>
      <Statement s={debrief.caveat} />
    </section>
  ) : null;
}

/**
 * The facilitator's variant, for a projector: the questions first (each with a note on what the
 * report says, folded), the myths to watch for, passages to quote; the report's findings and the
 * group's own week one click away; then the tools that keep this group's week.
 */
function FacilitatorDebrief({ role, run, debrief, code, children }: { role: string; run: BaseRun; debrief: DebriefData; code: string; children?: ComponentChildren }) {
  const { t } = useT();
  return (
    <div class="debrief ws-debrief">
      <FocusHeading>{t('debrief.heading')}</FocusHeading>
      <MythAndReality debrief={debrief} />
      <FacilitatorNotes debrief={debrief} />
      <Caveat debrief={debrief} />
      {children && (
        <details class="ws-more">
          <summary>{t('debrief.yourWeek')}</summary>
          <div class="your-week">{children}</div>
        </details>
      )}
      <details class="ws-more">
        <summary>
          <Icon name="source" size={24} />
          {t('debrief.findings')}
        </summary>
        <ul class="findings">
          {debrief.findings.map((f, i) => (
            <Statement s={f} as="li" key={i} />
          ))}
        </ul>
      </details>
      <GroupTools role={role} run={run} />
      <p class="seed">{t('debrief.code', { code })}</p>
      <DebriefActions role={role} />
    </div>
  );
}

function DebriefActions({ role }: { role: string }) {
  const { t } = useT();
  const store = useStore();
  return (
    <div class="actions">
        <Button onClick={() => store.getState().startNew(role)}>{t('debrief.replay')}</Button>
        <Button kind="secondary" onClick={() => store.getState().go({ name: 'roles' })}>
          {t('debrief.backToRoles')}
        </Button>
        <Button kind="quiet" onClick={() => window.print()}>
          {t('debrief.print')}
        </Button>
    </div>
  );
}

/** The sticky bar at the foot of a panel: the step that moves the role on stays in view. */
export function NextBar({ children }: { children: ComponentChildren }) {
  return <div class="next-bar">{children}</div>;
}
