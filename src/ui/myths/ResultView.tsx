/**
 * The result: the score, what the player now knows (a short list, each line's source one tap
 * away), an invitation to the role that shows the most of what they missed, and the report's own
 * warning. In a kiosk: another game, or finish (back to the attract loop).
 */
import { result, type MythsRun } from '../../core/myths/rules';
import type { MythsLevel } from '../../core/myths/schema';
import { Button, FocusHeading, Statement } from '../common';
import { useApp, useStore, useT } from '../hooks';
import { roleView } from '../roleViews';
import { MythsHeader, ROLE, SourceTag, useSettled } from './shared';

export function ResultView({ level, run }: { level: MythsLevel; run: MythsRun }) {
  const { t, text } = useT();
  const store = useStore();
  const kiosk = useApp((s) => s.mode === 'kiosk');
  const r = result(level, run);
  const settled = useSettled('result');
  // The lines of what the player now knows, each with the statement it came from.
  const known = r.known.map((line) => ({ line, from: r.items.find((m) => m.statement.learned === line)?.statement }));
  const canInvite = roleView(r.invite) !== undefined;
  return (
    <div class="myths-result">
      <MythsHeader level={level} run={run} index={r.total} />
      <FocusHeading>{t('myths.resultHeading', { score: r.score, total: r.total })}</FocusHeading>
      <section class="myths-known" aria-labelledby="myths-known-h">
        <h3 id="myths-known-h">{t('myths.known')}</h3>
        <ul>
          {known.map(({ line, from }, i) => (
            <li key={i}>
              <span class="myths-known-line">{text(line)}</span>
              {from && <SourceTag source={from.source} />}
            </li>
          ))}
        </ul>
      </section>
      <section class="myths-invite" aria-labelledby="myths-invite-h">
        <h3 id="myths-invite-h">{t('myths.inviteHeading')}</h3>
        <Statement s={r.invitation} />
        {canInvite && <Button onClick={() => store.getState().startNew(r.invite)} disabled={!settled}>{t('myths.invitePlay', { role: t(`${r.invite}.card.name`) })}</Button>}
      </section>
      <section class="caveat myths-caveat" aria-labelledby="myths-caveat-h">
        <h3 id="myths-caveat-h">{t('debrief.caveat')}</h3>
        <Statement s={r.caveat} />
      </section>
      <details class="myths-answers-list">
        <summary>{t('myths.yourAnswers')}</summary>
        <ol>
          {r.items.map((m) => (
            <li key={m.statement.id} class={m.correct ? 'ok' : 'no'}>
              <span class="myths-row-mark" aria-hidden="true">
                {m.correct ? '✓' : '✗'}
              </span>
              <span>
                {text(m.statement.claim)}{' '}
                <span class="myths-row-verdict">{t('myths.answerRow', { answer: t(`myths.${m.answer}`), verdict: t(`myths.${m.statement.verdict}`) })}</span>
              </span>
            </li>
          ))}
        </ol>
      </details>
      {kiosk ? (
        <div class="actions">
          <Button kind="secondary" onClick={() => store.getState().go({ name: 'kiosk' })} disabled={!settled}>
            {t('kiosk.another')}
          </Button>
          <Button kind="secondary" onClick={() => store.getState().resetAll()} disabled={!settled}>
            {t('kiosk.finish')}
          </Button>
        </div>
      ) : (
        <div class="actions">
          <Button kind="secondary" onClick={() => store.getState().startNew(ROLE)} disabled={!settled}>
            {t('myths.again')}
          </Button>
          <Button kind="secondary" onClick={() => store.getState().go({ name: 'roles' })} disabled={!settled}>
            {t('debrief.backToRoles')}
          </Button>
        </div>
      )}
    </div>
  );
}
