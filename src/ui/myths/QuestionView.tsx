/**
 * A statement as media often put it, on a card, and two large answers: Myth and Reality. Also by
 * swipe (left: myth, right: reality, as the buttons lie) and by keyboard (the buttons, or M / R and
 * the arrow keys, announced in the buttons' descriptions).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { currentStatement, type MythsRun } from '../../core/myths/rules';
import type { MythsLevel, Verdict } from '../../core/myths/schema';
import { FocusHeading, Icon, Provenance } from '../common';
import { useT } from '../hooks';
import { MythsHeader, useAct, useSettled } from './shared';

const KEYS: Record<string, Verdict> = { ArrowLeft: 'myth', m: 'myth', M: 'myth', ArrowRight: 'reality', r: 'reality', R: 'reality' };

interface Drag {
  id: number;
  x0: number;
  y0: number;
  dx: number;
  horizontal: boolean | null;
}

export function QuestionView({ level, run }: { level: MythsLevel; run: MythsRun }) {
  const { t, text } = useT();
  const act = useAct();
  const statement = currentStatement(level, run);
  const index = run.answers.length + 1;
  const card = useRef<HTMLElement>(null);
  const drag = useRef<Drag | null>(null);
  const [dx, setDx] = useState(0);
  const settled = useSettled(statement?.id ?? '');

  const answer = (verdict: Verdict) => {
    if (!statement) return;
    act(
      { type: 'answer', statementId: statement.id, verdict },
      { key: statement.verdict === verdict ? 'myths.announce.right' : 'myths.announce.wrong', params: { verdict: t(`myths.${statement.verdict}`) } },
    );
  };

  // Shortcuts: M or ←, R or →. Not while typing, not with a modifier, not under the idle prompt.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const verdict = KEYS[e.key];
      if (!verdict || e.defaultPrevented || e.repeat || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest?.('input, select, textarea, [contenteditable="true"], dialog, [role="alertdialog"]')) return;
      if (document.querySelector('.idle-backdrop')) return;
      e.preventDefault();
      answer(verdict);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!statement) return null;
  const threshold = Math.min(120, (card.current?.clientWidth ?? 400) * 0.25);
  const armed: Verdict | null = dx <= -threshold ? 'myth' : dx >= threshold ? 'reality' : null;

  const onDown = (e: PointerEvent) => {
    if (e.button !== 0 || drag.current) return;
    drag.current = { id: e.pointerId, x0: e.clientX, y0: e.clientY, dx: 0, horizontal: null };
  };
  const onMove = (e: PointerEvent) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    const x = e.clientX - d.x0;
    const y = e.clientY - d.y0;
    if (d.horizontal === null && Math.hypot(x, y) > 12) {
      d.horizontal = Math.abs(x) > Math.abs(y) * 1.2;
      if (!d.horizontal) {
        drag.current = null;
        return;
      }
      card.current?.setPointerCapture?.(e.pointerId);
    }
    if (d.horizontal) {
      d.dx = x;
      setDx(x);
    }
  };
  const onUp = (e: PointerEvent) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    drag.current = null;
    setDx(0);
    if (d.horizontal && Math.abs(d.dx) >= threshold) answer(d.dx < 0 ? 'myth' : 'reality');
  };
  const onCancel = () => {
    drag.current = null;
    setDx(0);
  };

  return (
    <div class="myths-question">
      <MythsHeader level={level} run={run} index={index} />
      {index === 1 && (
        <div class="myths-intro">
          <p>{text(level.intro.text)}</p>
          <Provenance of={level.intro} />
        </div>
      )}
      <article
        ref={card}
        class={`myths-card myths-claim-card${dx ? ' dragging' : ''}${armed ? ` armed-${armed}` : ''}`}
        style={dx ? { transform: `translateX(${dx}px) rotate(${dx / 30}deg)` } : undefined}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={onCancel}
      >
        <FocusHeading key={statement.id}>{text(statement.claim)}</FocusHeading>
      </article>
      <div class="myths-answers">
        {(['myth', 'reality'] as const).map((v) => (
          <button
            type="button"
            key={v}
            class={`myths-answer answer-${v}${armed === v ? ' armed' : ''}`}
            aria-describedby={`myths-key-${v}`}
            aria-keyshortcuts={v === 'myth' ? 'M ArrowLeft' : 'R ArrowRight'}
            disabled={!settled}
            onClick={() => answer(v)}
          >
            <Icon name={v} size={40} />
            <span>{t(`myths.${v}`)}</span>
          </button>
        ))}
      </div>
      <p id="myths-key-myth" class="sr-only">
        {t('myths.shortcut.myth')}
      </p>
      <p id="myths-key-reality" class="sr-only">
        {t('myths.shortcut.reality')}
      </p>
    </div>
  );
}
