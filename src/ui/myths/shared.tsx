/** Pieces every view of "Myth or reality?" shares: the title row with the round's tally, and acting. */
import { markAnswers, type MythsAction, type MythsRun } from '../../core/myths/rules';
import type { MythsLevel } from '../../core/myths/schema';
import type { Source } from '../../core/content';
import { useEffect, useState } from 'preact/hooks';
import { Icon } from '../common';
import { useStore, useT } from '../hooks';

export const ROLE = 'myths';

/**
 * The title and the round as a row of clippings: ✓ or ✗ for each answered (a shape, not only a
 * colour), the current one raised. Screen readers hear "Statement 2 of 6".
 */
export function MythsHeader({ level, run, index }: { level: MythsLevel; run: MythsRun; index: number }) {
  const { t, text } = useT();
  const marked = markAnswers(level, run.statements, run.answers);
  return (
    <div class="myths-head">
      <h1 class="myths-title">{text(level.title)}</h1>
      <p class="myths-progress">
        <span class="sr-only">{t('myths.progress', { index, total: run.statements.length })}</span>
        <span class="myths-dots" aria-hidden="true">
          {run.statements.map((id, i) => {
            const m = marked[i];
            const state = m ? (m.correct ? 'ok' : 'no') : i === index - 1 ? 'now' : 'todo';
            return (
              <span key={id} class={`myths-dot dot-${state}`}>
                {m ? (m.correct ? '✓' : '✗') : ''}
              </span>
            );
          })}
        </span>
      </p>
    </div>
  );
}

/** Act in this role and tell screen readers what followed. */
export function useAct() {
  const store = useStore();
  return (action: MythsAction, say?: { key: string; params?: Record<string, string | number> }) => {
    const ok = store.getState().act(ROLE, action);
    if (ok && say) store.getState().announce(say.key, say.params);
    return ok;
  };
}

/**
 * A source in one tap, for a short line in a list: the section as a button that opens the quote.
 * Its name starts the way the full badge's does ("From the report, §3.2"), its text is the section.
 */
export function SourceTag({ source }: { source: Source }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const numbered = /^\d/.test(source.section);
  const section = numbered ? `§${source.section}` : t(`provenance.sections.${source.section}`);
  const name = numbered ? t('provenance.source', { section: source.section }) : t('provenance.sourceNamed', { section });
  return (
    <>
      <button type="button" class="myths-source" aria-expanded={open} aria-label={name} onClick={() => setOpen(!open)}>
        <Icon name="source" size={18} />
        {section}
      </button>
      {open && (
        <blockquote class="prov-quote" lang="en">
          <span class="prov-quote-label">{t('provenance.quote')}</span> “{source.quote}”
        </blockquote>
      )}
    </>
  );
}

/**
 * False for a moment after a view appears: its buttons wait, so a double tap on the last view's
 * button (a kiosk visitor's habit) cannot land on whatever now sits under the finger.
 */
export function useSettled(key: string, ms = 300): boolean {
  // Settled for one key at a time: a new key is unsettled from its very first render, never enabled
  // for a frame and then disabled under a finger.
  const [settledKey, setSettledKey] = useState<string | null>(null);
  useEffect(() => {
    const id = window.setTimeout(() => setSettledKey(key), ms);
    return () => window.clearTimeout(id);
  }, [key, ms]);
  return settledKey === key;
}
