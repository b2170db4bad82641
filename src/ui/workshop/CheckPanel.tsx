/**
 * The before-and-after check: six or eight "Myth or reality?" statements asked before a role and
 * again after its debrief, on this device (students tap one at a time, or the facilitator types the
 * room's counts); the change shown at the end, exported as counts only.
 */
import { useState } from 'preact/hooks';
import { tr } from '../../core/content';
import { pickStatements, statementById } from '../../core/myths/rules';
import { checkCsv, checkJson, checkRows, type Answer, type CheckSheet, type Counts } from '../../core/workshop';
import { useApp, useStore, useT } from '../hooks';
import { Dialog } from './Dialog';
import { download } from './download';
import { useMythsLevel } from './myths-data';
import type { MythsLevel } from '../../core/myths/schema';
import { useSyncExternalStore } from 'preact/compat';
import { openPanel, workshopUi } from './ui-state';

const ANSWERS: Answer[] = ['myth', 'reality'];
const MAX = 9999;
const ZERO: Counts = { myth: 0, reality: 0 };

export default function CheckPanel({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const store = useStore();
  const check = useApp((s) => s.workshop.check);
  const stage = useSyncExternalStore(workshopUi.subscribe, () => workshopUi.getState().checkStage);
  const level = useMythsLevel();
  const [confirmClear, setConfirmClear] = useState(false);

  if (level === undefined) return <Dialog id="ws-check" title={t('workshop.check.heading')} onClose={onClose}><p role="status">{t('app.loading')}</p></Dialog>;
  if (!level) return <Dialog id="ws-check" title={t('workshop.check.heading')} onClose={onClose}>{t('workshop.check.noLevel')}</Dialog>;

  const start = (n: number) => {
    const seed = Math.floor(Math.random() * 2 ** 30);
    store.getState().startCheck(pickStatements(level, seed, n));
    openPanel('check', 'before');
  };

  return (
    <Dialog id="ws-check" title={t('workshop.check.heading')} onClose={onClose} kind="wide">
      {!check ? (
        <>
          <p>{t('workshop.check.lead')}</p>
          <div class="actions">
            <button type="button" class="btn btn-primary ws-big" onClick={() => start(6)}>
              {t('workshop.check.start', { count: 6 })}
            </button>
            <button type="button" class="btn btn-secondary ws-big" onClick={() => start(8)}>
              {t('workshop.check.start', { count: 8 })}
            </button>
          </div>
          <p class="hint">{t('workshop.check.privacy')}</p>
        </>
      ) : (
        <>
          <div class="ws-tabs" role="group" aria-label={t('workshop.check.stages')}>
            {(['before', 'after', 'change'] as const).map((s) => (
              <button type="button" key={s} class={`btn ${stage === s ? 'btn-primary' : 'btn-secondary'}`} aria-pressed={stage === s} onClick={() => openPanel('check', s)}>
                {t(`workshop.check.stage.${s}`)}
              </button>
            ))}
          </div>
          {stage === 'change' ? <Change sheet={check} level={level} /> : <Ask sheet={check} stage={stage} level={level} key={stage} />}
          <div class="actions ws-check-foot">
            {confirmClear ? (
              <>
                <span>{t('workshop.check.clearSure')}</span>
                <button
                  type="button"
                  class="btn btn-primary"
                  onClick={() => {
                    store.getState().clearCheck();
                    setConfirmClear(false);
                  }}
                >
                  {t('workshop.check.clearYes')}
                </button>
                <button type="button" class="btn btn-secondary" onClick={() => setConfirmClear(false)}>
                  {t('workshop.check.clearNo')}
                </button>
              </>
            ) : (
              <button type="button" class="btn btn-quiet" onClick={() => setConfirmClear(true)}>
                {t('workshop.check.clear')}
              </button>
            )}
          </div>
        </>
      )}
    </Dialog>
  );
}

function claimOf(level: MythsLevel, id: string, lang: string): string {
  const s = statementById(level, id);
  return s ? tr(s.claim, lang) : id;
}

function Ask({ sheet, stage, level }: { sheet: CheckSheet; stage: 'before' | 'after'; level: MythsLevel }) {
  const { t, lang } = useT();
  const store = useStore();
  const [mode, setMode] = useState<'count' | 'tap'>('count');
  const [at, setAt] = useState(0);
  const [thanks, setThanks] = useState(false);
  const counts = (id: string) => sheet[stage][id] ?? ZERO;
  const set = (id: string, answer: Answer, n: number) =>
    store.getState().setCheck(stage, id, { ...counts(id), [answer]: Math.max(0, Math.min(MAX, Math.floor(n) || 0)) });
  const total = sheet.statements.reduce((s, id) => s + counts(id).myth + counts(id).reality, 0);
  const tap = (answer: Answer) => {
    const id = sheet.statements[at] as string;
    set(id, answer, counts(id)[answer] + 1);
    if (at + 1 < sheet.statements.length) setAt(at + 1);
    else {
      setAt(0);
      setThanks(true);
    }
  };

  return (
    <>
      <p>{t(stage === 'before' ? 'workshop.check.beforeLead' : 'workshop.check.afterLead')}</p>
      <div class="ws-tabs" role="group" aria-label={t('workshop.check.modeLabel')}>
        <button type="button" class={`btn ${mode === 'count' ? 'btn-primary' : 'btn-secondary'}`} aria-pressed={mode === 'count'} onClick={() => setMode('count')}>
          {t('workshop.check.modeCount')}
        </button>
        <button
          type="button"
          class={`btn ${mode === 'tap' ? 'btn-primary' : 'btn-secondary'}`}
          aria-pressed={mode === 'tap'}
          onClick={() => {
            setMode('tap');
            setAt(0);
            setThanks(false);
          }}
        >
          {t('workshop.check.modeTap')}
        </button>
      </div>
      {mode === 'tap' ? (
        <div class="ws-tap">
          {thanks ? (
            <div role="status">
              <p class="ws-tap-claim">{t('workshop.check.thanks')}</p>
              <button type="button" class="btn btn-primary ws-big" onClick={() => setThanks(false)}>
                {t('workshop.check.nextPerson')}
              </button>
            </div>
          ) : (
            <>
              <p class="eyebrow">{t('workshop.check.statementOf', { index: at + 1, total: sheet.statements.length })}</p>
              <p class="ws-tap-claim" aria-live="polite">
                {claimOf(level, sheet.statements[at] as string, lang)}
              </p>
              <div class="ws-tap-answers">
                {ANSWERS.map((a) => (
                  <button type="button" key={a} class="btn btn-secondary ws-answer" onClick={() => tap(a)}>
                    <span aria-hidden="true">{a === 'myth' ? '✗' : '✓'}</span> {t(`workshop.check.answer.${a}`)}
                  </button>
                ))}
              </div>
            </>
          )}
        </div>
      ) : (
        <table class="ws-check-table">
          <caption class="sr-only">{t(`workshop.check.stage.${stage}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workshop.check.statement')}</th>
              {ANSWERS.map((a) => (
                <th scope="col" key={a}>
                  {t(`workshop.check.answer.${a}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.statements.map((id, i) => {
              const claim = claimOf(level, id, lang);
              return (
                <tr key={id}>
                  <th scope="row">
                    <span class="ws-option-no" aria-hidden="true">
                      {i + 1}
                    </span>
                    {claim}
                  </th>
                  {ANSWERS.map((a) => {
                    const n = counts(id)[a];
                    const name = t('workshop.check.countFor', { answer: t(`workshop.check.answer.${a}`), n: i + 1 });
                    return (
                      <td class="ws-count" key={a}>
                        <button type="button" class="btn btn-secondary ws-step" onClick={() => set(id, a, n - 1)} aria-label={t('workshop.vote.less', { option: name })}>
                          −
                        </button>
                        <input type="number" inputMode="numeric" min={0} max={MAX} value={n} aria-label={name} onInput={(e) => set(id, a, Number((e.currentTarget as HTMLInputElement).value))} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
                        <button type="button" class="btn btn-secondary ws-step" onClick={() => set(id, a, n + 1)} aria-label={t('workshop.vote.more', { option: name })}>
                          +
                        </button>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p class="hint">{t('workshop.check.answersSoFar', { count: total })}</p>
    </>
  );
}

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

function Change({ sheet, level }: { sheet: CheckSheet; level: MythsLevel }) {
  const { t, lang } = useT();
  const verdictOf = (id: string): Answer => statementById(level, id)?.verdict ?? 'myth';
  const rows = checkRows(sheet, verdictOf);
  const share = (stage: 'before' | 'after') => {
    let right = 0;
    let all = 0;
    for (const r of rows) {
      right += r[stage][r.verdict];
      all += r[stage].myth + r[stage].reality;
    }
    return all ? right / all : null;
  };
  const before = share('before');
  const after = share('after');
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <>
      <p class="ws-change-summary">{t('workshop.check.summary', { before: pct(before), after: pct(after) })}</p>
      <div class="table-scroll">
        <table class="ws-change-table">
          <caption class="sr-only">{t('workshop.check.stage.change')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workshop.check.statement')}</th>
              <th scope="col">{t('workshop.check.answerIs')}</th>
              <th scope="col" class="num">
                {t('workshop.check.rightBefore')}
              </th>
              <th scope="col" class="num">
                {t('workshop.check.rightAfter')}
              </th>
              <th scope="col" class="num">
                {t('workshop.check.change')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const d = r.rightBefore !== null && r.rightAfter !== null ? Math.round((r.rightAfter - r.rightBefore) * 100) : null;
              return (
                <tr key={r.statement}>
                  <th scope="row">{claimOf(level, r.statement, lang)}</th>
                  <td>
                    <span aria-hidden="true">{r.verdict === 'myth' ? '✗ ' : '✓ '}</span>
                    {t(`workshop.check.answer.${r.verdict}`)}
                  </td>
                  <td class="num">
                    {pct(r.rightBefore)} <span class="muted">({r.before[r.verdict]}/{r.before.myth + r.before.reality})</span>
                  </td>
                  <td class="num">
                    {pct(r.rightAfter)} <span class="muted">({r.after[r.verdict]}/{r.after.myth + r.after.reality})</span>
                  </td>
                  <td class={`num ${d === null ? '' : d > 0 ? 'move up' : d < 0 ? 'move down' : ''}`}>
                    {d === null ? '—' : d > 0 ? `▲ +${d}` : d < 0 ? `▼ −${Math.abs(d)}` : '= 0'}
                    {d !== null && <span class="sr-only"> {t('workshop.check.points')}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div class="actions">
        <button type="button" class="btn btn-primary" onClick={() => download(`scored-check-${stamp}.csv`, checkCsv(rows), 'text/csv')}>
          {t('workshop.check.exportCsv')}
        </button>
        <button type="button" class="btn btn-secondary" onClick={() => download(`scored-check-${stamp}.json`, checkJson(rows))}>
          {t('workshop.check.exportJson')}
        </button>
      </div>
      <p class="hint">{t('workshop.check.privacy')}</p>
    </>
  );
}
