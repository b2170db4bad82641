/** The Village Ledger: loads its level and its Phaser scene, then shows the view for the current phase. */
import { useEffect, useRef } from 'preact/hooks';
import { parseVillageLevel } from '../../core/validate';
import { useApp, useI18n, useStore, useT } from '../hooks';
import { Button, FocusHeading } from '../common';
import { IntroView } from './IntroView';
import { DayView } from './DayView';
import { BoardView } from './BoardView';
import { RevealView } from './RevealView';
import { CitiesView } from './CitiesView';
import { DebriefView } from './DebriefView';

let levelRequest: Promise<void> | null = null;

function loadLevel(store: ReturnType<typeof useStore>) {
  levelRequest ??= import('../../../levels/village.json')
    .then((m) => store.getState().villageLevelLoaded(parseVillageLevel(m.default, 'levels/village.json')))
    .catch(() => {
      levelRequest = null;
      store.getState().notify('codeError');
    });
  return levelRequest;
}

export function VillageScreen() {
  const store = useStore();
  const { t } = useT();
  const level = useApp((s) => s.village.level);
  const errors = useApp((s) => s.village.levelErrors);
  const run = useApp((s) => s.village.run);
  const view = useApp((s) => s.village.view);

  useEffect(() => {
    if (!level && !errors) void loadLevel(store);
  }, [level, errors, store]);

  useEffect(() => {
    if (level && !run) store.getState().startVillage();
  }, [level, run, store]);

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
        <Button kind="secondary" onClick={() => store.getState().go('roles')}>
          {t('village.backToRoles')}
        </Button>
      </div>
    );
  }
  if (!level || !run) return <p class="loading">{t('app.loadingVillage')}</p>;

  let body;
  if (view === 'intro') body = <IntroView level={level} />;
  else if (run.phase === 'day') body = <DayView level={level} run={run} />;
  else if (run.phase === 'board') body = <BoardView level={level} run={run} />;
  else if (run.phase === 'reveal') body = <RevealView level={level} run={run} />;
  else if (run.phase === 'cities') body = <CitiesView level={level} run={run} />;
  else body = <DebriefView level={level} run={run} />;

  return (
    <div class={`village-layout phase-${view === 'intro' ? 'intro' : run.phase}`}>
      <Stage />
      <section class="panel">
        {body}
      </section>
    </div>
  );
}

/** The Phaser canvas: the village, its notice board and their motion. Decorative: everything it shows is also in the HTML. */
function Stage() {
  const ref = useRef<HTMLDivElement>(null);
  const store = useStore();
  const i18n = useI18n();
  useEffect(() => {
    let destroyed = false;
    let destroy: (() => void) | null = null;
    import('../../game/start')
      .then(async (m) => {
        if (destroyed || !ref.current) return;
        destroy = await m.startGame(ref.current, store, (key, lng) => i18n.t(key, { lng }));
        if (destroyed) destroy();
      })
      .catch(() => store.getState().notify('codeError'));
    return () => {
      destroyed = true;
      destroy?.();
    };
  }, [store, i18n]);
  return <div class="stage" ref={ref} aria-hidden="true" />;
}
