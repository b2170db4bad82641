/**
 * The facilitator's side of any role's debrief: the questions with notes on what the report says,
 * the myths to watch for, the passages to quote, and the tools that keep a group's week.
 */
import { useState } from 'preact/hooks';
import type { Debrief as DebriefData, Facilitator, LText, Source } from '../../core/content';
import type { BaseRun } from '../../core/role';
import { seedCode } from '../../core/seed';
import { resultFile } from '../../core/workshop';
import { Provenance } from '../common';
import { useApp, useStore, useT } from '../hooks';
import { download } from './download';
import { openPanel } from './ui-state';

/** A level's debrief-like material, wherever the role keeps it ("debrief", or a result holding the same fields); null when it has none to show. */
export function debriefOf(level: unknown): (Partial<DebriefData> & { facilitator?: Facilitator }) | null {
  const l = level as { debrief?: unknown; result?: unknown };
  const d = (l.debrief ?? l.result) as (Partial<DebriefData> & { facilitator?: Facilitator }) | undefined;
  if (!d || typeof d !== 'object') return null;
  return d.facilitator || d.questions?.length || d.myth ? d : null;
}

function Quote({ source }: { source: Source }) {
  const { t } = useT();
  return (
    <blockquote class="ws-quote" lang="en">
      <p>“{source.quote}”</p>
      <footer>
        {/^\d/.test(source.section) ? t('provenance.source', { section: source.section }) : t('provenance.sourceNamed', { section: t(`provenance.sections.${source.section}`) })}
      </footer>
    </blockquote>
  );
}

/** Questions, notes, myths to watch for, passages to quote. Falls back to the debrief's own myth and findings where a level has no notes. */
export function FacilitatorNotes({ debrief, headingLevel = 3 }: { debrief: Partial<DebriefData> & { facilitator?: Facilitator }; headingLevel?: 2 | 3 }) {
  const { t, text } = useT();
  const f = debrief.facilitator;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const questions: LText[] = debrief.questions ?? [];
  const watch = f?.watchFor ?? (debrief.myth ? [{ myth: debrief.myth.myth, reality: debrief.myth.reality }] : []);
  const quotes: Source[] = f?.quotes ?? (debrief.findings ?? []).flatMap((s) => (s.source ? [s.source] : [])).slice(0, 3);
  return (
    <div class="ws-notes">
      {questions.length > 0 && (
        <section aria-labelledby="ws-q-h">
          <H id="ws-q-h">{t('workshop.notes.questions')}</H>
          <ol class="ws-questions">
            {questions.map((q, i) => {
              const note = f?.notes[i];
              return (
                <li key={i}>
                  <p class="ws-question">{text(q)}</p>
                  {note && (
                    <details class="ws-note">
                      <summary>{t('workshop.notes.note')}</summary>
                      <p>{text(note.text)}</p>
                      <Provenance of={note} />
                    </details>
                  )}
                </li>
              );
            })}
          </ol>
          {!f && <p class="hint">{t('workshop.notes.noNotes')}</p>}
        </section>
      )}
      {questions.length === 0 && f && (
        <section aria-labelledby="ws-n-h">
          <H id="ws-n-h">{t('workshop.notes.note')}</H>
          <ul class="ws-watch">
            {f.notes.map((n, i) => (
              <li key={i}>
                <p>{text(n.text)}</p>
                <Provenance of={n} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {watch.length > 0 && (
        <section aria-labelledby="ws-w-h">
          <H id="ws-w-h">{t('workshop.notes.watchFor')}</H>
          <ul class="ws-watch">
            {watch.map((w, i) => (
              <li key={i}>
                <p class="myth-text">
                  <span aria-hidden="true">✗ </span>
                  <span class="sr-only">{t('debrief.myth')}: </span>
                  {text(w.myth)}
                </p>
                <p>
                  <span aria-hidden="true">✓ </span>
                  <span class="sr-only">{t('debrief.reality')}: </span>
                  {text(w.reality.text)}
                </p>
                <Provenance of={w.reality} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {quotes.length > 0 && (
        <section aria-labelledby="ws-x-h">
          <H id="ws-x-h">{t('workshop.notes.quotes')}</H>
          {quotes.map((q, i) => (
            <Quote source={q} key={i} />
          ))}
        </section>
      )}
    </div>
  );
}

/** After a group's debrief: keep the week as that group's, export it for another device, or hand over to the next group. */
export function GroupTools({ role, run }: { role: string; run: BaseRun }) {
  const { t } = useT();
  const store = useStore();
  const groups = useApp((s) => s.workshop.groups);
  const [name, setName] = useState(() => t('workshop.groups.defaultName', { n: groups.filter((g) => g.role === role).length + 1 }));
  const [saved, setSaved] = useState<string | null>(null);
  const code = seedCode(run.seed);
  const save = () => {
    if (store.getState().saveGroup(role, name)) {
      setSaved(name.trim());
    }
  };
  const exportWeek = () => {
    const s = store.getState().sessions[role];
    if (!s?.level || !s.run) return;
    const trimmed = name.trim() || t('workshop.groups.defaultName', { n: 1 });
    download(`scored-${role}-${code}-${trimmed.replace(/[^\p{L}\p{N}-]+/gu, '-').slice(0, 30)}.json`, resultFile({ name: trimmed, role, levelId: s.level.id, seed: s.run.seed, route: s.run.route, actions: s.actions.slice() }));
  };
  return (
    <section class="ws-group-tools" aria-labelledby="ws-gt-h">
      <h3 id="ws-gt-h">{t('workshop.groups.thisWeek')}</h3>
      <div class="ws-row">
        <label class="ws-field">
          <span>{t('workshop.groups.nameLabel')}</span>
          <input type="text" maxLength={40} value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="button" class="btn btn-primary" onClick={save} disabled={!name.trim()}>
          {t('workshop.groups.save')}
        </button>
        <button type="button" class="btn btn-secondary" onClick={exportWeek}>
          {t('workshop.groups.export')}
        </button>
      </div>
      {saved && (
        <p class="ws-ok" role="status">
          ✓ {t('workshop.groups.saved', { name: saved })}
        </p>
      )}
      <div class="actions">
        <button type="button" class="btn btn-secondary" onClick={() => store.getState().startNew(role, run.seed)}>
          {t('workshop.groups.nextGroup', { code })}
        </button>
        <button type="button" class="btn btn-secondary" onClick={() => openPanel('groups')}>
          {t('workshop.groups.compare')}
        </button>
        <button type="button" class="btn btn-secondary" onClick={() => openPanel('check', 'after')}>
          {t('workshop.check.askAfter')}
        </button>
      </div>
    </section>
  );
}
