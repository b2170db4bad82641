/**
 * The quarter's budget: the level's named splits as one-tap choices (what a room votes on), and
 * steppers with − and + and a running total for a split of your own. On a phone the steppers wait
 * behind "adjust", so the choices stay in view.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { BUDGET_LINES, type BudgetLine, type FirmLevel } from '../../core/firm/schema';
import { presetSplit, splitTotal, type FirmRun, type Split } from '../../core/firm/rules';
import { LINE_ICON } from '../../game/firm/model';
import { FocusHeading, Icon, InventedMark } from '../common';
import { useStore } from '../hooks';
import { Dashboard, StatusStrip, useFirm } from './shared';

const wideScreen = () => typeof matchMedia !== 'function' || matchMedia('(min-width: 821px)').matches;

export function BudgetView({ level, run }: { level: FirmLevel; run: FirmRun }) {
  const { t, text, lineName, list } = useFirm(level);
  const store = useStore();
  const budget = run.budget;
  const quarter = level.quarters.find((q) => q.id === run.quarters[run.index]);
  const last = run.log[run.log.length - 1];
  const start = (): Split => (last && splitTotal(last.split) === budget ? last.split : presetSplit((level.budget.presets[0] as { weights: Split }).weights, budget));
  const [draft, setDraft] = useState<Split>(start);
  const [adjust, setAdjust] = useState(wideScreen);
  const steppers = useRef<HTMLDivElement>(null);
  // Opened on a phone: bring the steppers into view.
  const open = () => {
    setAdjust(!adjust);
    if (!adjust) window.setTimeout(() => steppers.current?.scrollIntoView({ block: 'nearest' }), 0);
  };
  // A new quarter starts from last quarter's split (or the first named one) again.
  useEffect(() => setDraft(start()), [run.index, budget]);
  const used = splitTotal(draft);
  const errorOpen = run.penalties.some((p) => p.cause === 'error') && run.appeal === null;
  const reviewing = run.appeal !== null && run.appeal.restoredAt === null;
  const cut = level.budget.perQuarter - budget;

  const choose = (split: Split) => {
    const s = store.getState();
    if (!s.act('firm', { type: 'budget', split })) return;
    const parts = BUDGET_LINES.map((l) => `${lineName(l)} ${split[l]}`);
    s.announce('firm.announce.budget', { split: list(parts) });
  };
  const change = (line: BudgetLine, by: number) => {
    const next = draft[line] + by;
    if (next < 0 || (by > 0 && used >= budget)) return;
    const split = { ...draft, [line]: next };
    setDraft(split);
    store.getState().announce('firm.announce.stepper', { line: lineName(line), units: next, used: splitTotal(split), budget });
  };

  return (
    <div class="fm-budget">
      <p class="eyebrow">
        {t('firm.quarterOf', { index: run.index + 1, total: run.quarters.length })} · {t('firm.budgetStep')}
      </p>
      <StatusStrip level={level} run={run} />
      <FocusHeading>{t('firm.budgetHeading', { units: budget })}</FocusHeading>
      {quarter && <p class="fm-forecast">{text(quarter.forecast)}</p>}
      {cut > 0 && (
        <p class="fm-note">
          <span aria-hidden="true">▼ </span>
          {t('firm.budgetCut', { count: cut })}
        </p>
      )}
      {(errorOpen || reviewing) && (
        <p class="fm-note fm-note-appeal">
          <Icon name="appeal" size={20} />
          {t(reviewing ? 'firm.appealReviewHint' : 'firm.appealHint', { units: level.appeal.cost.units, quarters: level.appeal.cost.quarters, have: run.appeal?.units ?? 0 })}
          <InventedMark />
        </p>
      )}
      <div class={`fm-split${adjust ? ' adjusting' : ''}`}>
        <div class="fm-presets" role="group" aria-labelledby="fm-presets-h">
          <h3 id="fm-presets-h">{t('firm.presetsHeading')}</h3>
          {level.budget.presets.map((p) => {
            const split = presetSplit(p.weights, budget);
            return (
              <button
                type="button"
                class="btn btn-secondary fm-preset"
                key={p.id}
                aria-label={`${text(p.name)}: ${list(BUDGET_LINES.map((l) => `${lineName(l)} ${split[l]}`))}`}
                onClick={() => choose(split)}
              >
                <span class="fm-preset-name">{text(p.name)}</span>
                <span class="fm-mini" aria-hidden="true">
                  {BUDGET_LINES.map((l) => (
                    <span key={l} class={split[l] ? '' : 'zero'}>
                      <Icon name={LINE_ICON[l]} size={16} />
                      {split[l]}
                    </span>
                  ))}
                </span>
              </button>
            );
          })}
          <button type="button" class="link-button fm-adjust" aria-expanded={adjust} onClick={open}>
            {t('firm.adjust')}
          </button>
        </div>
        {adjust && (
          <div class="fm-steppers" role="group" aria-labelledby="fm-steppers-h" ref={steppers}>
            <h3 id="fm-steppers-h">{t('firm.stepperHeading')}</h3>
            {level.budget.lines.map((line) => {
              const name = text(line.name);
              const full = used >= budget;
              return (
                <div class="fm-stepper" key={line.id}>
                  <Icon name={LINE_ICON[line.id]} size={24} />
                  <span class="fm-line">
                    <span class="fm-line-name">{name}</span>
                    <span class="fm-line-text">{text(line.text)}</span>
                  </span>
                  <button type="button" class="fm-step" aria-label={t('firm.removeUnit', { line: name })} aria-disabled={draft[line.id] === 0} onClick={() => change(line.id, -1)}>
                    −
                  </button>
                  <span class="fm-units" aria-label={t('firm.unitsOf', { line: name, count: draft[line.id] })}>
                    {draft[line.id]}
                  </span>
                  <button type="button" class="fm-step" aria-label={t('firm.addUnit', { line: name })} aria-disabled={full} onClick={() => change(line.id, 1)}>
                    +
                  </button>
                </div>
              );
            })}
            <p class={`fm-total${used === budget ? ' done' : ''}`}>
              <span aria-hidden="true">{used === budget ? '✓ ' : '… '}</span>
              {t('firm.total', { used, budget })}
            </p>
            <button type="button" class="btn btn-primary fm-use" aria-disabled={used !== budget} onClick={() => used === budget && choose(draft)}>
              {t('firm.useSplit')}
            </button>
          </div>
        )}
      </div>
      <Dashboard level={level} run={run} />
    </div>
  );
}
