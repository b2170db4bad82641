/** Any role: loads its level and its screen, opens the week, and shows the role (or what is wrong with its level). */
import { lazy, Suspense } from 'preact/compat';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Button, FocusHeading } from './common';
import { useApp, useStore, useT } from './hooks';
import { loadLevel } from './levels';
import { roleView, type RoleScreenProps } from './roleViews';

const screens = new Map<string, ComponentType<RoleScreenProps>>();
function screenFor(roleId: string): ComponentType<RoleScreenProps> | null {
  const view = roleView(roleId);
  if (!view) return null;
  let screen = screens.get(roleId);
  if (!screen) {
    screen = lazy(view.screen);
    screens.set(roleId, screen);
  }
  return screen;
}

export function RoleScreen({ roleId }: { roleId: string }) {
  const store = useStore();
  const { t } = useT();
  const level = useApp((s) => s.sessions[roleId]?.level ?? null);
  const errors = useApp((s) => s.sessions[roleId]?.levelErrors ?? null);
  const run = useApp((s) => s.sessions[roleId]?.run ?? null);
  const opening = useApp((s) => s.sessions[roleId]?.opening ?? null);
  const [unreachable, setUnreachable] = useState(false);

  useEffect(() => {
    if (level || errors) return;
    let live = true;
    loadLevel(roleId)
      .then((result) => live && store.getState().levelLoaded(roleId, result))
      .catch(() => {
        if (!live) return;
        setUnreachable(true);
        store.getState().notify('codeError');
      });
    return () => {
      live = false;
    };
  }, [roleId, level, errors, store]);

  // Here with a level but no week (e.g. after a reset): open one, as arriving at the role would.
  useEffect(() => {
    if (level && !run && !opening) store.getState().go({ name: 'role', role: roleId });
  }, [level, run, opening, roleId, store]);

  if (errors) {
    return (
      <div class="level-error prose">
        <FocusHeading level={1}>{t('errors.levelHeading')}</FocusHeading>
        <p>{t('notice.levelError')}</p>
        <ul class="notice-detail">
          {errors.slice(0, 12).map((e) => (
            <li key={e}>
              <code>{e}</code>
            </li>
          ))}
        </ul>
        <Button kind="secondary" onClick={() => store.getState().go({ name: 'roles' })}>
          {t('app.backToRoles')}
        </Button>
      </div>
    );
  }
  const Screen = screenFor(roleId);
  if (unreachable || !Screen) {
    return (
      <div class="level-error prose">
        <FocusHeading level={1}>{t('errors.loadHeading')}</FocusHeading>
        <p>{t('notice.codeError')}</p>
        <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
      </div>
    );
  }
  const loading = <p class="loading">{t('app.loading')}</p>;
  if (!level || !run) return loading;
  return (
    <Suspense fallback={loading}>
      <Screen level={level} run={run} />
    </Suspense>
  );
}
