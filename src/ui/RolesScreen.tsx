/** Role choice: every role in the registry, with "continue" and "new week" kept apart, and a shared week code. */
import { useMemo, useState } from 'preact/hooks';
import { ROLES } from '../core/registry';
import { parseSeedCode, seedCode } from '../core/seed';
import { resumable } from '../state/store';
import { Button, FocusHeading, Icon } from './common';
import { useApp, useStore, useT } from './hooks';
import { progressText, useSummaries } from './progress';

export function RolesScreen() {
  const { t } = useT();
  const store = useStore();
  // Select the stable slice, then derive (a selector must not build new objects on every call).
  const sessions = useApp((s) => s.sessions);
  const weeks = useMemo(() => resumable({ sessions }, ROLES), [sessions]);
  useSummaries(sessions);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);

  /** Start a new week, with the typed code if there is one; a bad code starts nothing. */
  const startNew = (roleId: string) => {
    if (!code.trim()) return store.getState().startNew(roleId);
    const parsed = parseSeedCode(code);
    if (!parsed.ok) {
      setCodeError(t(`roles.codeError.${parsed.reason}`));
      document.getElementById('week-code')?.focus();
      return;
    }
    store.getState().startNew(roleId, parsed.seed);
  };

  return (
    <div class="roles-screen">
      <FocusHeading level={1}>{t('roles.heading')}</FocusHeading>
      <p class="lead">{t('roles.lead')}</p>
      <div class="week-code">
        <label for="week-code">{t('roles.codeLabel')}</label>
        <input
          id="week-code"
          type="text"
          inputMode="text"
          autoComplete="off"
          spellcheck={false}
          maxLength={9}
          value={code}
          aria-describedby={codeError ? 'week-code-error week-code-hint' : 'week-code-hint'}
          aria-invalid={codeError ? true : undefined}
          onInput={(e) => {
            setCode((e.currentTarget as HTMLInputElement).value);
            setCodeError(null);
          }}
        />
        <p id="week-code-hint" class="hint">
          {t('roles.codeHint')}
        </p>
        {codeError && (
          <p id="week-code-error" class="field-error" role="alert">
            {codeError}
          </p>
        )}
      </div>
      <ul class="role-list">
        {ROLES.map((r) => {
          const current = weeks.find((w) => w.role === r.id && w.which === 'current');
          const shelved = weeks.filter((w) => w.role === r.id && w.which !== 'current');
          const done = sessions[r.id]?.completed ?? 0;
          return (
            <li key={r.id} class="role-card">
              <Icon name={r.icon} size={56} />
              <div class="role-body">
                <h2 id={`role-${r.id}`}>{t(`${r.id}.card.name`)}</h2>
                <p class="role-kind">{t(`${r.id}.card.kind`)}</p>
                <p>{t(`${r.id}.card.desc`)}</p>
                <div class="role-foot">
                  {current ? (
                    <>
                      <Button onClick={() => store.getState().continueRun(r.id)} aria-describedby={`role-${r.id}`}>
                        {t('roles.continue', { progress: progressText(t, current.progress) })}
                      </Button>
                      <Button kind="secondary" onClick={() => startNew(r.id)} aria-describedby={`role-${r.id}`}>
                        {t('roles.newWeek')}
                      </Button>
                    </>
                  ) : (
                    <Button onClick={() => startNew(r.id)} aria-describedby={`role-${r.id}`}>
                      {t('roles.play')}
                    </Button>
                  )}
                  {done > 0 && <span class="role-done">{t('roles.completed', { count: done })}</span>}
                </div>
                {shelved.length > 0 && (
                  <ul class="shelved">
                    {shelved.map((w) => (
                      <li key={`${w.seed}-${String(w.which)}`}>
                        <span>{t('roles.setAside', { code: seedCode(w.seed), progress: progressText(t, w.progress) })}</span>
                        <Button kind="quiet" onClick={() => store.getState().continueRun(r.id, w.which)}>
                          {t('roles.continueSetAside')}
                        </Button>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
