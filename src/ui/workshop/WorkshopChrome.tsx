/**
 * Facilitator mode (?mode=workshop): a presenter's toolbar in place of the header, keyboard
 * shortcuts (listed on the help overlay, "?"), and the tools for a room: votes, groups compared,
 * the before-and-after check, scenario files, a discussion timer. Works for any role through the
 * role contract. Nothing moves on by itself: every step is the facilitator's.
 */
import { lazy, Suspense } from 'preact/compat';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useSyncExternalStore } from 'preact/compat';
import { LANGS, type Lang } from '../../core/content';
import { isScenarioLevelId } from '../../core/scenarios';
import { HTML_LANG, LANG_NAMES } from '../../i18n';
import { useApp, useHeightVar, useStore, useT } from '../hooks';
import { progressText } from '../progress';
import { Dialog } from './Dialog';
import { next, roleNow, useRoleNow } from './now';
import { clock, openPanel, setPaused, startTimer, stopTimer, workshopUi, type Panel, type WorkshopUi } from './ui-state';
import { kept } from './device';
import './workshop.css';

const VotePanel = lazy(() => import('./VotePanel'));
const GroupsPanel = lazy(() => import('./GroupsPanel'));
const CheckPanel = lazy(() => import('./CheckPanel'));
const ScenarioPanel = lazy(() => import('./ScenarioPanel'));
const NotesPanel = lazy(() => import('./NotesPanel'));

export function useWorkshopUi<T>(select: (s: WorkshopUi) => T): T {
  return useSyncExternalStore(workshopUi.subscribe, () => select(workshopUi.getState()));
}

/** The shortcuts, in the order the help overlay lists them. */
export const SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ['N', '→', 'PgDn'], action: 'next' },
  { keys: ['V'], action: 'vote' },
  { keys: ['F'], action: 'notes' },
  { keys: ['P'], action: 'pause' },
  { keys: ['B', '.'], action: 'blank' },
  { keys: ['T'], action: 'timer' },
  { keys: ['G'], action: 'groups' },
  { keys: ['C'], action: 'check' },
  { keys: ['L'], action: 'scenarios' },
  { keys: ['S'], action: 'shortText' },
  { keys: ['R'], action: 'roles' },
  { keys: ['?'], action: 'help' },
  { keys: ['Esc'], action: 'close' },
];

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

export function WorkshopChrome() {
  const store = useStore();
  const { t, lang } = useT();
  const now = useRoleNow();
  const screen = useApp((s) => s.screen);
  const ui = useWorkshopUi((s) => s);
  // The bar's height, so a role's layout fills exactly the rest of the screen.
  const bar = useHeightVar<HTMLElement>('--ws-bar');
  const [status, setStatus] = useState<string | null>(null);
  const scenario = now && isScenarioLevelId(now.level.id) ? kept.getState().list.find((s) => s.level.id === now.level.id) : undefined;

  useEffect(() => {
    document.documentElement.classList.toggle('ws-short', ui.shortText);
  }, [ui.shortText]);

  // A new screen starts unpaused, with no panel left over from the last one.
  useEffect(() => {
    if (workshopUi.getState().paused) setPaused(false);
    setStatus(null);
  }, [screen]);

  // A new week (the next group on the same code) starts with no hands counted.
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        for (const [role, session] of Object.entries(s.sessions)) {
          if (session.run === prev.sessions[role]?.run || session.actions.length > 0) continue;
          for (const key of Object.keys(s.workshop.votes)) {
            const [r, decision] = key.split('|') as [string, string];
            if (r === role && Object.keys(s.workshop.votes[key] ?? {}).length) store.getState().setVote(role, decision, {});
          }
        }
      }),
    [store],
  );

  // A vote belongs to one decision: once it is made, the panel closes.
  const decisionId = now?.decision?.id ?? null;
  useEffect(() => {
    if (workshopUi.getState().panel === 'vote' && !decisionId) openPanel(null);
  }, [decisionId]);

  const doNext = () => {
    if (workshopUi.getState().paused) setPaused(false);
    const current = roleNow(store.getState());
    if (!current) return;
    if (current.decision) {
      setStatus(t('workshop.status.decisionWaits'));
      store.getState().announce('workshop.status.decisionWaits');
      return;
    }
    if (next(store)) {
      setStatus(null);
      store.getState().announce('workshop.announce.next');
    }
  };

  const toggle = (panel: Panel) => openPanel(workshopUi.getState().panel === panel ? null : panel);
  const toRoles = () => {
    openPanel(null);
    store.getState().go({ name: 'roles' });
  };

  // Listening from the moment the bar is drawn (a layout effect), not a frame later: a facilitator's
  // first key press must never fall into the gap.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || typing(e.target)) return;
      const state = workshopUi.getState();
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      if (state.blank) {
        if (key === 'b' || key === '.' || key === 'Escape') {
          e.preventDefault();
          workshopUi.setState({ blank: false });
        }
        return;
      }
      // While a panel is open only its own controls, Escape (the dialog's), help and blank work.
      if (state.panel && !['?', 'b', '.'].includes(key)) return;
      const act: Record<string, () => void> = {
        n: doNext,
        ArrowRight: doNext,
        PageDown: doNext,
        v: () => roleNow(store.getState())?.decision && openPanel('vote'),
        f: () => roleNow(store.getState()) && openPanel('notes'),
        p: () => setPaused(!workshopUi.getState().paused),
        b: () => workshopUi.setState({ blank: true, panel: null }),
        '.': () => workshopUi.setState({ blank: true, panel: null }),
        t: () => openPanel('timer'),
        g: () => openPanel('groups'),
        c: () => openPanel('check'),
        l: () => openPanel('scenarios'),
        s: () => workshopUi.setState({ shortText: !workshopUi.getState().shortText }),
        r: toRoles,
        '?': () => toggle('help'),
      };
      const run = act[key];
      if (!run) return;
      e.preventDefault();
      run();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store, t]);

  const close = () => openPanel(null);
  const inRole = now !== null;
  const progress = now ? progressText(t, now.role.progress(now.level, now.run)) : null;

  return (
    <>
      <header class="topbar ws-bar" ref={bar}>
        <button type="button" class="brand" onClick={() => store.getState().go({ name: 'title' })} aria-label={t('app.homeLabel')}>
          <span aria-hidden="true" class="brand-mark">
            ◆
          </span>
          {t('app.name')}
        </button>
        {now && (
          <p class="ws-where">
            <strong>{t(`${now.roleId}.card.name`)}</strong>
            <span>{progress}</span>
            {scenario && <span class="ws-file-tag">{t('workshop.scenarios.playingTag', { file: scenario.file })}</span>}
          </p>
        )}
        <nav class="ws-tools" aria-label={t('workshop.toolsLabel')}>
          {inRole && (
            <>
              <button type="button" class="btn btn-primary ws-btn" onClick={doNext} disabled={!now.advance} aria-keyshortcuts="N ArrowRight PageDown">
                {t(now.kind === 'reveal' ? 'workshop.tool.reveal' : 'workshop.tool.next')} <kbd aria-hidden="true">N</kbd>
              </button>
              <button type="button" class="btn btn-secondary ws-btn" onClick={() => openPanel('vote')} disabled={!now.decision} aria-keyshortcuts="V">
                {t('workshop.tool.vote')} <kbd aria-hidden="true">V</kbd>
              </button>
              <button type="button" class="btn btn-secondary ws-btn" onClick={() => openPanel('notes')} aria-keyshortcuts="F">
                {t('workshop.tool.notes')} <kbd aria-hidden="true">F</kbd>
              </button>
            </>
          )}
          <button type="button" class="btn btn-secondary ws-btn" onClick={() => setPaused(!ui.paused)} aria-pressed={ui.paused} aria-keyshortcuts="P">
            {t(ui.paused ? 'workshop.tool.resume' : 'workshop.tool.pause')} <kbd aria-hidden="true">P</kbd>
          </button>
          <button type="button" class="btn btn-secondary ws-btn" onClick={() => workshopUi.setState({ blank: true })} aria-keyshortcuts="B">
            {t('workshop.tool.blank')} <kbd aria-hidden="true">B</kbd>
          </button>
          <button type="button" class="btn btn-secondary ws-btn" onClick={() => openPanel('timer')} aria-keyshortcuts="T">
            {ui.timer ? (
              <span class={`ws-clock${ui.timer.left === 0 ? ' ws-clock-done' : ''}`}>
                <span class="sr-only">{t('workshop.tool.timer')} </span>
                {ui.timer.left === 0 ? t('workshop.timer.done') : clock(ui.timer.left)}
              </span>
            ) : (
              t('workshop.tool.timer')
            )}{' '}
            <kbd aria-hidden="true">T</kbd>
          </button>
          <button type="button" class="btn btn-secondary ws-btn" onClick={() => openPanel('groups')} aria-keyshortcuts="G">
            {t('workshop.tool.groups')} <kbd aria-hidden="true">G</kbd>
          </button>
          <button type="button" class="btn btn-secondary ws-btn" onClick={() => openPanel('check')} aria-keyshortcuts="C">
            {t('workshop.tool.check')} <kbd aria-hidden="true">C</kbd>
          </button>
          <button type="button" class="btn btn-secondary ws-btn" onClick={() => openPanel('scenarios')} aria-keyshortcuts="L">
            {t('workshop.tool.scenarios')} <kbd aria-hidden="true">L</kbd>
          </button>
          {screen.name !== 'roles' && (
            <button type="button" class="btn btn-secondary ws-btn" onClick={toRoles} aria-keyshortcuts="R">
              {t('workshop.tool.roles')} <kbd aria-hidden="true">R</kbd>
            </button>
          )}
          <button type="button" class="btn btn-secondary ws-btn" onClick={() => openPanel('help')} aria-keyshortcuts="Shift+?">
            {t('workshop.tool.help')} <kbd aria-hidden="true">?</kbd>
          </button>
          <label class="lang-picker ws-lang">
            <span class="sr-only">{t('app.language')}</span>
            <select value={lang} onChange={(e) => store.getState().setLang((e.currentTarget as HTMLSelectElement).value as Lang)}>
              {LANGS.map((l) => (
                <option value={l} lang={HTML_LANG[l]} key={l}>
                  {LANG_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
        </nav>
        {(status || ui.paused) && (
          <p class="ws-status" role="status">
            {ui.paused && <span class="ws-paused-tag">⏸ {t('workshop.status.paused')}</span>}
            {status && <span>{status}</span>}
          </p>
        )}
      </header>

      {ui.blank && <Blank onClose={() => workshopUi.setState({ blank: false })} />}
      {ui.panel === 'help' && <Help onClose={close} />}
      {ui.panel === 'timer' && <TimerPanel onClose={close} />}
      <Suspense fallback={null}>
        {ui.panel === 'vote' && <VotePanel onClose={close} />}
        {ui.panel === 'notes' && <NotesPanel onClose={close} />}
        {ui.panel === 'groups' && <GroupsPanel onClose={close} />}
        {ui.panel === 'check' && <CheckPanel onClose={close} />}
        {ui.panel === 'scenarios' && <ScenarioPanel onClose={close} />}
      </Suspense>
    </>
  );
}

/** The screen goes black for the room; the facilitator brings it back with B, Escape or a click. */
function Blank({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    d?.focus();
    return () => d?.open && d.close();
  }, []);
  return (
    <dialog
      ref={ref}
      class="ws-blank"
      aria-label={t('workshop.blank.label')}
      tabIndex={-1}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={onClose}
    >
      <p class="ws-blank-hint">{t('workshop.blank.hint')}</p>
    </dialog>
  );
}

/** The facilitator's keys, as the help panel and the printed guide both show them. */
export function ShortcutTable({ class: className, caption, captionHidden = false }: { class: string; caption: string; captionHidden?: boolean }) {
  const { t } = useT();
  return (
    <table class={className}>
      <caption class={captionHidden ? 'sr-only' : undefined}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('workshop.help.key')}</th>
          <th scope="col">{t('workshop.help.does')}</th>
        </tr>
      </thead>
      <tbody>
        {SHORTCUTS.map((s) => (
          <tr key={s.action}>
            <td>
              {s.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && ' '}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </td>
            <td>{t(`workshop.help.action.${s.action}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Help({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  return (
    <Dialog id="ws-help" title={t('workshop.help.heading')} onClose={onClose}>
      <p>{t('workshop.help.lead')}</p>
      <ShortcutTable class="ws-keys" caption={t('workshop.help.heading')} captionHidden />
      <p class="hint">{t('workshop.help.noTimers')}</p>
      <p>
        <a href="?page=guide&mode=workshop">{t('workshop.help.guide')}</a>
      </p>
    </Dialog>
  );
}

const DURATIONS = [1, 2, 3, 5, 10];

function TimerPanel({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const timer = useWorkshopUi((s) => s.timer);
  return (
    <Dialog id="ws-timer" title={t('workshop.timer.heading')} onClose={onClose}>
      <p>{t('workshop.timer.lead')}</p>
      <div class="actions">
        {DURATIONS.map((m) => (
          <button type="button" class="btn btn-secondary ws-big" key={m} onClick={() => startTimer(m * 60)}>
            {t('workshop.timer.minutes', { count: m })}
          </button>
        ))}
      </div>
      {timer && (
        <div class="actions">
          <p class="ws-clock-big" aria-live="off">
            {timer.left === 0 ? t('workshop.timer.done') : clock(timer.left)}
          </p>
          <button
            type="button"
            class="btn btn-primary"
            onClick={() => {
              stopTimer();
              onClose();
            }}
          >
            {t('workshop.timer.stop')}
          </button>
        </div>
      )}
    </Dialog>
  );
}
