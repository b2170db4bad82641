/**
 * "Load a scenario file": a facilitator picks a level file; it is checked here with the same checks
 * as `npm run validate-levels` and either played or refused with the list of problems (file, field
 * path, expectation). Text from the file is only ever shown as text. Kept files can be played,
 * exported again and removed; nothing already on the device is touched by a refused file.
 */
import { useState } from 'preact/hooks';
import { useSyncExternalStore } from 'preact/compat';
import { tr } from '../../core/content';
import { findRole, ROLES } from '../../core/registry';
import { isFinished } from '../../core/role';
import { exportFile, isScenarioLevelId, readScenario, sizeProblem, type Scenario } from '../../core/scenarios';
import { useApp, useStore, useT } from '../hooks';
import { progressText } from '../progress';
import { addScenario, kept, openLevel, openShipped, removeScenario } from './device';
import { bytesOf, download } from './download';
import { openPanel } from './ui-state';

type Outcome = { kind: 'refused'; file: string; errors: string[] } | { kind: 'checked'; scenario: Scenario; note: 'kept' | 'replaced' | 'full' | 'tooMany' | 'denied' };

export function ScenarioLoader({ defaultRole }: { defaultRole?: string }) {
  const { t, lang } = useT();
  const store = useStore();
  const list = useSyncExternalStore(kept.subscribe, () => kept.getState().list);
  const dropped = useSyncExternalStore(kept.subscribe, () => kept.getState().dropped);
  const sessions = useApp((s) => s.sessions);
  const [role, setRole] = useState(defaultRole ?? ROLES[0]?.id ?? '');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<{ scenario: Scenario; progress: string } | null>(null);

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      // A file over the limit is refused by its size, before a byte of it is read.
      const tooBig = sizeProblem(file.name, file.size);
      if (tooBig) {
        setOutcome({ kind: 'refused', file: file.name, errors: tooBig });
        return;
      }
      const result = readScenario(ROLES, await bytesOf(file), file.name, role);
      if (!result.ok) {
        setOutcome({ kind: 'refused', file: file.name, errors: result.errors });
        return;
      }
      const added = addScenario(result.scenario);
      const note = !added.ok ? 'tooMany' : added.write === 'full' ? 'full' : added.write === 'denied' ? 'denied' : added.replaced ? 'replaced' : 'kept';
      setOutcome({ kind: 'checked', scenario: result.scenario, note });
    } catch (e) {
      setOutcome({ kind: 'refused', file: file.name, errors: [`${file.name}: ${(e as Error).message}`] });
    } finally {
      setBusy(false);
    }
  };

  /** A week in progress on this role's current level would end: say so first. */
  const play = (scenario: Scenario, sure = false) => {
    const s = sessions[scenario.role];
    const r = findRole(ROLES, scenario.role);
    if (!sure && s?.run && s.level && r && !isFinished(r, s.run) && s.actions.length > 0) {
      setConfirm({ scenario, progress: progressText(t, r.progress(s.level, s.run)) });
      return;
    }
    setConfirm(null);
    openPanel(null);
    void openLevel(store, scenario.role, scenario.level);
  };

  return (
    <div class="ws-loader">
      <div class="ws-row">
        <label class="ws-field">
          <span>{t('workshop.scenarios.roleLabel')}</span>
          <select value={role} onChange={(e) => setRole((e.currentTarget as HTMLSelectElement).value)}>
            {ROLES.map((r) => (
              <option value={r.id} key={r.id}>
                {t(`${r.id}.card.name`)}
              </option>
            ))}
          </select>
        </label>
        <label class="ws-file">
          <span>{t('workshop.scenarios.pick')}</span>
          <input type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void pick(e.currentTarget as HTMLInputElement)} />
        </label>
      </div>
      <p class="hint">{t('workshop.scenarios.hint')}</p>

      {outcome?.kind === 'refused' && (
        <div class="ws-refused" role="alert">
          <p class="field-error">{t('workshop.scenarios.refusedLead', { file: outcome.file, count: outcome.errors.length })}</p>
          <ul class="notice-detail ws-problems">
            {outcome.errors.slice(0, 20).map((e, i) => (
              <li key={i}>
                <code>{e}</code>
              </li>
            ))}
          </ul>
          {outcome.errors.length > 20 && <p class="hint">{t('workshop.scenarios.more', { count: outcome.errors.length - 20 })}</p>}
          <p class="hint">{t('workshop.scenarios.nothingLost')}</p>
        </div>
      )}
      {outcome?.kind === 'checked' && (
        <div class="ws-checked" role="status">
          <p class="ws-ok">✓ {t('workshop.scenarios.checkedLead', { title: tr(outcome.scenario.level.title, lang), file: outcome.scenario.file })}</p>
          <p class="hint">{t(`workshop.scenarios.note.${outcome.note}`)}</p>
          <div class="actions">
            <button type="button" class="btn btn-primary" onClick={() => play(outcome.scenario)}>
              {t('workshop.scenarios.play')}
            </button>
          </div>
        </div>
      )}
      {confirm && (
        <div class="ws-confirm" role="alertdialog" aria-labelledby="ws-confirm-text">
          <p id="ws-confirm-text">{t('workshop.scenarios.confirm', { role: t(`${confirm.scenario.role}.card.name`), progress: confirm.progress })}</p>
          <div class="actions">
            <button type="button" class="btn btn-primary" onClick={() => play(confirm.scenario, true)}>
              {t('workshop.scenarios.confirmYes')}
            </button>
            <button type="button" class="btn btn-secondary" onClick={() => setConfirm(null)}>
              {t('workshop.scenarios.confirmNo')}
            </button>
          </div>
        </div>
      )}

      <h3>{t('workshop.scenarios.kept')}</h3>
      {dropped > 0 && <p class="hint">{t('workshop.scenarios.dropped', { count: dropped })}</p>}
      {list.length === 0 ? (
        <p class="muted">{t('workshop.scenarios.noneKept')}</p>
      ) : (
        <ul class="ws-kept">
          {list.map((s) => {
            const playing = sessions[s.role]?.level?.id === s.level.id;
            return (
              <li key={s.key}>
                <span class="ws-kept-name">
                  <strong>{tr(s.level.title, lang)}</strong>
                  <span class="muted">
                    {' '}
                    · {t(`${s.role}.card.name`)} · {s.file}
                  </span>
                  {playing && <span class="ws-file-tag">{t('workshop.scenarios.open')}</span>}
                </span>
                <span class="ws-kept-actions">
                  <button type="button" class="btn btn-secondary" onClick={() => play(s)} aria-label={t('workshop.scenarios.playNamed', { file: s.file })}>
                    {t('workshop.scenarios.play')}
                  </button>
                  <button
                    type="button"
                    class="btn btn-quiet"
                    onClick={() => {
                      const f = exportFile(s);
                      download(f.name, f.text);
                    }}
                    aria-label={t('workshop.scenarios.exportNamed', { file: s.file })}
                  >
                    {t('workshop.scenarios.export')}
                  </button>
                  <button type="button" class="btn btn-quiet" onClick={() => removeScenario(s.key)} aria-label={t('workshop.scenarios.removeNamed', { file: s.file })}>
                    {t('workshop.scenarios.remove')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {Object.entries(sessions)
        .filter(([, s]) => s.level && isScenarioLevelId(s.level.id))
        .map(([id]) => (
          <p key={id}>
            <button
              type="button"
              class="btn btn-secondary"
              onClick={() => {
                openPanel(null);
                void openShipped(store, id);
              }}
            >
              {t('workshop.scenarios.backToShipped', { role: t(`${id}.card.name`) })}
            </button>
          </p>
        ))}
    </div>
  );
}
