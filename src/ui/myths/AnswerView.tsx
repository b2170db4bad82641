/**
 * The answer: right or wrong by shape and word, the report's verdict, its hedge where there is
 * one, one or two sentences of why, and the report's passage one tap away. Then the next statement.
 */
import { lastAnswer, score, type MythsRun } from '../../core/myths/rules';
import type { MythsLevel } from '../../core/myths/schema';
import { Button, FocusHeading, Icon, Provenance } from '../common';
import { NextBar } from '../Debrief';
import { useT } from '../hooks';
import { MythsHeader, useAct, useSettled } from './shared';

export function AnswerView({ level, run }: { level: MythsLevel; run: MythsRun }) {
  const { t, text } = useT();
  const act = useAct();
  const m = lastAnswer(level, run);
  const settled = useSettled(`${run.answers.length}`);
  if (!m) return null;
  const { statement, correct } = m;
  const total = run.statements.length;
  const n = run.answers.length;
  const last = n >= total;
  const next = () =>
    act(
      { type: 'next' },
      last
        ? { key: 'myths.announce.result', params: { score: score(level, run), total } }
        : { key: 'myths.announce.statement', params: { index: n + 1, total } },
    );
  return (
    <div class="myths-answer-view">
      <MythsHeader level={level} run={run} index={n} />
      <article class={`myths-card myths-verdict-card ${correct ? 'is-right' : 'is-wrong'} verdict-${statement.verdict}`}>
        <div class="myths-mark">
          <span class="myths-mark-shape" aria-hidden="true">
            {correct ? '✓' : '✗'}
          </span>
          <FocusHeading key={statement.id}>{t(correct ? 'myths.right' : 'myths.wrong')}</FocusHeading>
        </div>
        <p class="myths-claim-small">{text(statement.claim)}</p>
        <p class="myths-verdict">
          <Icon name={statement.verdict} size={36} />
          <span>{t(`myths.verdictIs.${statement.verdict}`)}</span>
        </p>
        {!correct && <p class="myths-yousaid">{t('myths.youSaid', { answer: t(`myths.${m.answer}`) })}</p>}
        {statement.nuance && <p class="myths-nuance">{t(`myths.nuance.${statement.nuance}`)}</p>}
        <p class="myths-explanation">{text(statement.explanation)}</p>
        <Provenance of={statement} />
      </article>
      <NextBar>
        <Button onClick={next} disabled={!settled}>{last ? t('myths.toResult') : t('myths.next', { index: n + 1, total })}</Button>
      </NextBar>
    </div>
  );
}
