/** Pieces the firm's views share: names, grades, score changes, how data arrives, the status strip, the file, the cascade list. */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { TFunction } from 'i18next';
import { signed } from '../../core/format';
import type { LText } from '../../core/content';
import type { Channel, FirmLevel, GradeId } from '../../core/firm/schema';
import type { Cause, FirmRun, Penalty } from '../../core/firm/rules';
import { status, stepViews, type StepView } from '../../core/firm/reveal';
import { showFor, type Show } from '../../game/firm/model';
import { Icon, InventedMark, Statement } from '../common';
import { useApp, useT } from '../hooks';

export function useFirm(level: FirmLevel) {
  const { t, text, lang } = useT();
  const inst = (id: string | null) => level.institutions.find((i) => i.id === id);
  const instName = (id: string | null) => text(inst(id)?.name ?? { en: id ?? '' });
  const opName = (id: string | null) => text(level.operations.find((o) => o.id === id)?.name ?? { en: id ?? '' });
  const catName = (id: string | undefined) => text(level.categories.find((c) => c.id === id)?.name ?? { en: id ?? '' });
  const channel = (id: string | undefined): Channel | undefined => level.channels.find((c) => c.id === id);
  const lineName = (id: string) => text(level.budget.lines.find((l) => l.id === id)?.name ?? { en: id });
  const list = (xs: readonly string[]) => xs.join(t('firm.listSeparator'));
  const gradeWord = (g: GradeId) => t(`firm.grade.${g}`);
  /** Orders lost, given in 10,000 yuan (万元): "¥240,000" in English, "24万元" in Chinese. */
  const money = (wan: number) => t('firm.money', { amount: lang === 'zh' ? String(wan) : (wan * 10_000).toLocaleString('en-GB') });
  return { t, text, lang, inst, instName, opName, catName, channel, lineName, list, gradeWord, money };
}

/**
 * A folded section whose content exists only while it is open, so nothing hidden inside it is
 * ever a Tab stop or read out.
 */
export function Fold({ summary, children, class: className, open: initial = false }: { summary: ComponentChildren; children: ComponentChildren; class?: string; open?: boolean }) {
  const [open, setOpen] = useState(initial);
  return (
    <details class={className} open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{summary}</summary>
      {open && children}
    </details>
  );
}

/** Reduced motion, as the stage reads it (the setting, else the device's). */
export function useReducedMotion(): boolean {
  const motion = useApp((s) => s.motion);
  if (motion === 'on') return true;
  if (motion === 'off') return false;
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Milliseconds into the stage's current show, ticking until it ends (Infinity with reduced motion or once it is over). */
export function useShowClock(show: Show): number {
  const reduced = useReducedMotion();
  const [t, setT] = useState(reduced || !show.moves.length ? Infinity : 0);
  useEffect(() => {
    if (reduced || !show.moves.length) {
      setT(Infinity);
      return;
    }
    const start = performance.now();
    setT(0);
    let id = 0;
    const tick = () => {
      const now = performance.now() - start;
      if (now > show.length + 100) setT(Infinity);
      else {
        setT(now);
        id = window.setTimeout(tick, 120);
      }
    };
    id = window.setTimeout(tick, 120);
    return () => window.clearTimeout(id);
  }, [show.key, show.moves.length, show.length, reduced]);
  return t;
}

/** A grade as a character, a shape and a word: never colour alone. */
export function GradeBadge({ grade, size = 'md' }: { grade: GradeId; size?: 'md' | 'lg' }) {
  const { t } = useT();
  return (
    <span class={`fm-grade fm-grade-${grade} fm-grade-${size}`}>
      <span class="fm-grade-char" lang="zh-Hans" aria-hidden="true">
        {t(`firm.gradeChar.${grade}`)}
      </span>
      <span class="fm-grade-word">{t(`firm.grade.${grade}`)}</span>
    </span>
  );
}

/** A change of score with its sign and an arrow, so a loss differs from a gain by shape, not colour alone. */
export function Delta({ n }: { n: number }) {
  return (
    <span class={`fm-delta ${n > 0 ? 'gain' : n < 0 ? 'loss' : ''}`}>
      <span aria-hidden="true">{n > 0 ? '▲ ' : n < 0 ? '▼ ' : ''}</span>
      {signed(n)}
    </span>
  );
}

/** How a record's data arrived: the firm's own filings, an inspection, or new technology. */
export function ChannelBadge({ channel }: { channel: Channel | undefined }) {
  const { t, text } = useT();
  if (!channel) return null;
  return (
    <span class={`fm-channel fm-channel-${channel.id}`}>
      <Icon name={channel.icon} size={22} />
      {t('firm.arrives', { channel: text(channel.name) })}
    </span>
  );
}

/** The firm at a glance: grade, score, operations open, travel, lists, appeal. */
export function StatusStrip({ level, run }: { level: FirmLevel; run: FirmRun }) {
  const { t, text } = useT();
  const st = status(level, run);
  const profile = level.profiles.find((p) => p.id === run.profile);
  if (!profile) return null;
  const open = st.operations.filter((o) => o.closedBy.length === 0).length;
  const listing = st.institutions.filter((i) => i.listed.length > 0).length;
  return (
    <div class="fm-status" role="group" aria-label={t('firm.statusLabel', { firm: text(profile.name) })}>
      <GradeBadge grade={st.grade} />
      <span class="fm-score">
        {t('firm.score', { score: st.score })}
        <InventedMark />
      </span>
      <span class={`fm-pill${open < st.operations.length ? ' fm-pill-warn' : ''}`}>
        <span aria-hidden="true">{open < st.operations.length ? '▼ ' : ''}</span>
        {t('firm.opsOpen', { open, total: st.operations.length })}
      </span>
      {listing > 0 && (
        <span class="fm-pill fm-pill-warn">
          <Icon name="blacklist" size={18} />
          {t('firm.listedBy', { count: listing })}
        </span>
      )}
      {!st.travel.plane && (
        <span class="fm-pill fm-pill-warn">
          <Icon name="plane" size={18} />
          {t('firm.travelBannedShort')}
        </span>
      )}
      {st.redlisted && (
        <span class="fm-pill fm-pill-good">
          <Icon name="redlist" size={18} />
          {t('firm.redlisted')}
        </span>
      )}
      {st.appeal && (
        <span class="fm-pill">
          <Icon name="appeal" size={18} />
          {st.appeal.restoredAt === null ? t('firm.appealPending') : t('firm.appealDone')}
        </span>
      )}
    </div>
  );
}

export function causeWord(t: TFunction, causes: readonly Cause[]): string {
  return causes.map((c) => t(`firm.cause.${c}`)).join(t('firm.listSeparator'));
}

/** The firm's whole file, folded: what it is assessed in, its operations, who lists it, travel, what is never collected. */
export function Dashboard({ level, run }: { level: FirmLevel; run: FirmRun }) {
  const { t, text, opName, instName, catName } = useFirm(level);
  const st = status(level, run);
  const profile = level.profiles.find((p) => p.id === run.profile);
  if (!profile) return null;
  const listing = st.institutions.filter((i) => i.listed.length > 0);
  return (
    <Fold class="fm-dash" summary={t('firm.dashboard')}>
      <div class="fm-dash-grid">
        <section>
          <h3>
            <Icon name={profile.icon} size={28} />
            {text(profile.name)}
          </h3>
          <p>
            {text(profile.kind)}
            {profile.foreign ? ` · ${t('firm.foreignTag')}` : ''}
          </p>
          <p class="fm-rep">
            <strong>{t('firm.representative', { name: text(profile.representative.name) })}</strong> {text(profile.representative.text)} <InventedMark />
          </p>
        </section>
        <section>
          <h3>{t('firm.categoriesHeading', { count: st.categories.length })}</h3>
          <ul class="fm-cats">
            {st.categories.map((c) => (
              <li key={c.id}>
                <span>{catName(c.id)}</span> <Delta n={c.own} />
              </li>
            ))}
          </ul>
          <Statement s={level.facts.categoriesRange} />
        </section>
        <section>
          <h3>{t('firm.operationsHeading')}</h3>
          <ul class="fm-ops">
            {st.operations.map((o) => (
              <li key={o.id} class={o.closedBy.length ? 'closed' : 'open'}>
                <span aria-hidden="true">{o.closedBy.length ? '✕ ' : '✓ '}</span>
                {opName(o.id)}: {o.closedBy.length ? t('firm.closedBy', { cause: causeWord(t, o.closedBy) }) : t('firm.open')}
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h3>{t('firm.listsHeading')}</h3>
          {listing.length ? (
            <ul class="fm-ops">
              {listing.map((i) => (
                <li key={i.id} class="closed">
                  <span aria-hidden="true">✕ </span>
                  {instName(i.id)}: {causeWord(t, i.listed)}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('firm.noLists')}</p>
          )}
        </section>
        <section>
          <h3>{t('firm.travelHeading', { name: text(profile.representative.name) })}</h3>
          <ul class="fm-ops">
            <li class={st.travel.highSpeedRail ? 'open' : 'closed'}>
              <span aria-hidden="true">{st.travel.highSpeedRail ? '✓ ' : '✕ '}</span>
              {t(st.travel.highSpeedRail ? 'firm.hsrOpen' : 'firm.hsrRefused')}
            </li>
            <li class={st.travel.plane ? 'open' : 'closed'}>
              <span aria-hidden="true">{st.travel.plane ? '✓ ' : '✕ '}</span>
              {t(st.travel.plane ? 'firm.planeOpen' : 'firm.planeRefused')}
            </li>
            <li class="open">
              <span aria-hidden="true">✓ </span>
              {t('firm.regularOpen')}
            </li>
          </ul>
          {st.appeal && <p>{st.appeal.restoredAt === null ? t('firm.appealFiledAt', { index: st.appeal.filedAt + 1 }) : t('firm.appealRestoredAt', { index: st.appeal.restoredAt + 1 })}</p>}
        </section>
        <section>
          <h3>{t('firm.notCollectedHeading')}</h3>
          <NotCollected level={level} />
        </section>
        <section>
          <h3>{t('firm.systemHeading')}</h3>
          <Statement s={level.facts.elements} />
          <Statement s={level.facts.platform} />
          <Statement s={level.facts.testVersion} />
        </section>
      </div>
      <Statement s={level.facts.gradesNote} />
    </Fold>
  );
}

export function NotCollected({ level }: { level: FirmLevel }) {
  const { text } = useT();
  const nc = level.facts.notCollected;
  return (
    <>
      <ul class="fm-chips">
        {nc.items.map((x) => (
          <li key={x.id} class="fm-chip-none">
            <span aria-hidden="true">✕ </span>
            {text(x.name)}
          </li>
        ))}
      </ul>
      <Statement s={nc.text} />
    </>
  );
}

/** A step of a cascade in words: who lists the firm, whose list it honours. */
export function stepPhrase(t: TFunction, name: (id: string | null) => string, s: StepView, cause: Cause, first: boolean): string {
  if (first) return t(`firm.step.first.${cause}`, { inst: name(s.institution.id) });
  if (s.travel) return t('firm.step.travel', { inst: name(s.institution.id), from: name(s.from) });
  return t('firm.step.honours', { inst: name(s.institution.id), from: name(s.from) });
}

/** What a step took from the firm, in words (null when it only passed the listing on). */
export function stepTakes(t: TFunction, text: (v: LText) => string, s: StepView): string {
  if (s.takes) return text(s.takes);
  if (s.travel) return t('firm.travelRefused');
  if (s.operation) return t('firm.closedOp', { op: text(s.operation.name) });
  return t('firm.passesOn');
}

/**
 * A cascade as a numbered list, lit step by step in time with the stage (every step at once with
 * reduced motion). The list is always complete for screen readers; steps still to come are dimmed.
 */
export function CascadeList({
  level,
  steps,
  cause,
  cascade,
  show,
  t: at,
  takes = true,
}: {
  level: FirmLevel;
  steps: readonly Penalty[];
  cause: Cause;
  cascade: number;
  show: Show;
  t: number;
  takes?: boolean;
}) {
  const { t, text, instName } = useFirm(level);
  const views = stepViews(level, steps);
  return (
    <ol class="fm-steps">
      {views.map((s, i) => {
        const move = show.moves.find((m) => m.cascade === cascade && m.order === i + 1 && m.kind === 'list');
        const reached = !move || at >= move.at;
        return (
          <li key={`${s.institution.id}-${i}`} class={reached ? 'reached' : 'waiting'}>
            <span class="fm-step-num" aria-hidden="true">
              {i + 1}
            </span>
            <Icon name={s.institution.icon} size={28} />
            <span class="fm-step-text">
              <span class="fm-step-who">{stepPhrase(t, instName, s, cause, i === 0)}</span>
              {takes && <span class={`fm-step-takes${s.operation || s.travel ? ' took' : ''}`}>{stepTakes(t, text, s)}</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** A sentence for the live region: a cascade's institutions in order and what closed. */
export function cascadeSentence(level: FirmLevel, t: TFunction, text: (v: LText) => string, steps: readonly Penalty[]): string {
  const views = stepViews(level, steps);
  const names = views.map((s) => text(s.institution.name)).join(t('firm.listSeparator'));
  const ops = views.filter((s) => s.operation).map((s) => text((s.operation as { name: LText }).name));
  return t('firm.announce.cascade', { count: views.length, names, ops: ops.length ? ops.join(t('firm.listSeparator')) : t('firm.none') });
}

/** The show the stage plays now, for the panel's clock. */
export function useShow(level: FirmLevel, run: FirmRun): Show {
  return showFor(level, run);
}
