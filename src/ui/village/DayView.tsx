/** One day: deeds arrive one by one; the scorer gives points, does as asked, or declines. Each choice answers back. */
import { signed } from '../../core/format';
import type { VillageLevel } from '../../core/village/schema';
import { choiceFor, deedOf, pendingDeed, reactions, todaysDeeds, type VillageAction, type VillageRun } from '../../core/village/rules';
import { villageDecision } from '../../core/village/role';
import { Button, FocusHeading, Icon, Provenance } from '../common';
import { NextBar } from '../Debrief';
import { useStore, useT } from '../hooks';
import { Face, useVillage } from './shared';

const EVIDENCE_ICON = { witnessed: 'witnessed', record: 'record', hearsay: 'hearsay' } as const;
const REACTION_ICON = { pleased: 'reaction-pleased', hurt: 'reaction-hurt', angry: 'reaction-angry', grateful: 'reaction-grateful' } as const;

export function DayView({ level, run }: { level: VillageLevel; run: VillageRun }) {
  const { t, text } = useT();
  const store = useStore();
  const { villager, name, deedText, written } = useVillage(level);
  const today = todaysDeeds(run);
  const pendingId = pendingDeed(run);
  const decided = today.filter((id) => choiceFor(run, id));
  const last = decided.length ? choiceFor(run, decided[decided.length - 1] as string) : undefined;
  const plan = run.days[run.dayIndex];
  const isFollowUp = (id: string) => plan?.cards.some((e) => level.events.find((x) => x.id === e)?.card === id) ?? false;

  const act = (action: VillageAction) => store.getState().act('village', action);
  const decide = (deedId: string, how: 'favour' | 'decline' | number) => {
    const s = store.getState();
    const d = deedOf(level, deedId);
    const ok = how === 'favour' ? act({ type: 'favour', deedId }) : how === 'decline' ? act({ type: 'decline', deedId }) : act({ type: 'score', deedId, points: how });
    if (!ok) return;
    const c = choiceFor((store.getState().sessions.village?.run ?? run) as VillageRun, deedId);
    if (!c) return;
    const feelings = reactions(level, c)
      .map((r) => t(`village.reaction.${r.reaction}`, { name: name(r.villager) }))
      .join(' ');
    const what =
      c.kind === 'decline'
        ? t('village.declinedAnnounce', { name: name(d.villager) })
        : c.kind === 'favour'
          ? t('village.recordedAsked', { name: name(d.villager), points: signed(c.points), from: name(d.favour?.from ?? '') })
          : t('village.recorded', { name: name(d.villager), points: signed(c.points) });
    s.announce('village.said', { text: `${what} ${feelings}` });
  };

  const deed = pendingId ? deedOf(level, pendingId) : undefined;
  const who = deed ? villager(deed.villager) : undefined;
  const decision = villageDecision(level, run);
  return (
    <div class="vl-day">
      <p class="eyebrow">
        {t('village.dayHeading', { day: run.dayIndex + 1, total: run.dayIds.length })}
        {deed && <span class="vl-count"> · {t('village.deedCount', { index: today.indexOf(deed.id) + 1, count: today.length })}</span>}
      </p>
      {last && (
        <p class="vl-aftermath" aria-hidden="true">
          {reactions(level, last).map((r) => (
            <span key={r.villager} class="vl-react">
              <Icon name={REACTION_ICON[r.reaction]} size={28} />
              {t(`village.reaction.${r.reaction}`, { name: name(r.villager) })}
            </span>
          ))}
        </p>
      )}
      {deed && who ? (
        <article class="deed-card" key={deed.id} aria-labelledby={`deed-${deed.id}`}>
          <header class="deed-head">
            <Face v={who} size={64} />
            <div>
              <FocusHeading id={`deed-${deed.id}`}>{text(who.name)}</FocusHeading>
              <p class="deed-bg">
                {t('village.age', { age: who.age })} · {text(who.background)}
              </p>
            </div>
            {isFollowUp(deed.id) && <span class="tag tag-follow">{t('village.followUp')}</span>}
          </header>
          <p class="deed-text">{text(deed.text)}</p>
          <div class="deed-meta">
            <span class={`evidence evidence-${deed.evidence}`}>
              <Icon name={EVIDENCE_ICON[deed.evidence]} size={22} />
              {t(`village.evidence.${deed.evidence}`)}
            </span>
            <Provenance of={deed} />
          </div>
          {deed.favour && (
            <aside class={`favour favour-${deed.favour.kind}`} aria-label={t(`village.favour.${deed.favour.kind}`)}>
              <Face v={villager(deed.favour.from)} size={40} />
              <div>
                <p class="favour-kind">
                  <Icon name="pressure" size={20} />
                  {t(`village.favour.${deed.favour.kind}`)}
                </p>
                <p class="favour-text">{text(deed.favour.text)}</p>
              </div>
            </aside>
          )}
          <fieldset class="choices">
            <legend>{t('village.chooseHeading')}</legend>
            <div class="points-grid">
              {level.points.options.map((p) => (
                <button type="button" key={p} class={`point-btn ${p > 0 ? 'gain' : 'loss'}`} aria-label={t('village.pointsLabel', { points: signed(p) })} onClick={() => decide(deed.id, p)}>
                  <span aria-hidden="true">{p > 0 ? '▲' : '▼'}</span>
                  {signed(p)}
                </button>
              ))}
            </div>
            <div class="choice-row">
              {decision?.options.some((o) => o.id === 'favour') && deed.favour && (
                <Button kind="secondary" class="btn btn-secondary asked" onClick={() => decide(deed.id, 'favour')}>
                  <Icon name="pressure" size={20} />
                  {t('village.doAsAsked', { points: signed(deed.favour.asks) })}
                </Button>
              )}
              <Button kind="secondary" onClick={() => decide(deed.id, 'decline')}>
                <Icon name="decline" size={20} />
                {t('village.decline')}
              </Button>
            </div>
          </fieldset>
        </article>
      ) : (
        <div class="day-done">
          <FocusHeading>{t('village.dayDone')}</FocusHeading>
          <NextBar>
            <Button
              onClick={() => {
                if (store.getState().act('village', { type: 'closeDay' })) store.getState().announce('village.dayClosed', { day: run.dayIndex + 1 });
              }}
            >
              <Icon name="board" size={24} />
              {t('village.closeDay')}
            </Button>
          </NextBar>
        </div>
      )}
      <section class="ledger" aria-label={t('village.ledgerHeading')}>
        <h3>
          <Icon name="ledger" size={22} />
          {t('village.ledgerHeading')}
        </h3>
        {decided.length ? (
          <ol class="ledger-lines">
            {decided.map((id) => {
              const c = choiceFor(run, id);
              return (
                <li key={id}>
                  <span class="ledger-name">{name(deedOf(level, id).villager)}</span>
                  <span class="ledger-deed">{deedText(id)}</span>
                  <span class={`ledger-points ${c?.kind === 'decline' ? 'declined' : (c?.points ?? 0) > 0 ? 'gain' : 'loss'}`}>{written(c)}</span>
                </li>
              );
            })}
          </ol>
        ) : (
          <p class="muted">{t('village.ledgerEmpty')}</p>
        )}
      </section>
    </div>
  );
}
