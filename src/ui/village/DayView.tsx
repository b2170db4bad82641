/** One day: deed reports arrive one by one; the scorer gives points or declines. */
import type { Deed, VillageLevel } from '../../core/schema';
import { allowedPoints, pendingDeed, todaysDeeds, type VillageRun } from '../../core/village/rules';
import { Button, FocusHeading, Icon, Portrait, Provenance } from '../common';
import { signed, useStore, useT } from '../hooks';

const EVIDENCE_ICON = { witnessed: 'witnessed', record: 'record', hearsay: 'hearsay' } as const;

export function DayView({ level, run }: { level: VillageLevel; run: VillageRun }) {
  const { t, text, choice } = useT();
  const store = useStore();
  const deeds = new Map(level.deeds.map((d) => [d.id, d]));
  const villagers = new Map(level.villagers.map((v) => [v.id, v]));
  const nameOf = (id: string) => text(villagers.get(id)?.name ?? { en: id });
  const today = todaysDeeds(run);
  const pendingId = pendingDeed(run);
  const pending = pendingId ? deeds.get(pendingId) : undefined;

  const decide = (deed: Deed, choice: { points: number } | 'decline') => {
    const s = store.getState();
    const ok =
      choice === 'decline'
        ? s.villageAct({ type: 'decline', deedId: deed.id })
        : s.villageAct({ type: 'score', deedId: deed.id, points: choice.points });
    if (ok)
      s.announce(choice === 'decline' ? 'village.declinedAnnounce' : 'village.recorded', {
        villager: deed.villager,
        points: choice === 'decline' ? 0 : signed(choice.points),
      });
  };

  return (
    <div class="day">
      <p class="eyebrow">{t('village.dayHeading', { day: run.dayIndex + 1, total: run.plan.length })}</p>
      {pending ? (
        <article class="deed-card" key={pending.id} aria-labelledby={`deed-${pending.id}`}>
          <FocusHeading id={`deed-${pending.id}`}>
            <span class="deed-count">{t('village.deedCount', { index: today.indexOf(pending.id) + 1, count: today.length })}</span>
            <span class="deed-name">{nameOf(pending.villager)}</span>
          </FocusHeading>
          <div class="deed-who">
            <Portrait id={villagers.get(pending.villager)?.portrait ?? ''} size={88} />
            <p class="deed-bg">{text(villagers.get(pending.villager)?.background ?? { en: '' })}</p>
          </div>
          <p class="deed-text">{text(pending.text)}</p>
          <p class={`evidence evidence-${pending.evidence}`}>
            <Icon name={EVIDENCE_ICON[pending.evidence]} size={24} />
            {t(`village.evidence.${pending.evidence}`)}
          </p>
          <Provenance of={pending} />
          {pending.pressure && (
            <aside class={`pressure pressure-${pending.pressure.kind}`} aria-label={t('village.pressureHeading')}>
              <h3>
                <Icon name="pressure" size={24} />
                {t('village.pressureHeading')}: {t(`village.pressure.${pending.pressure.kind}`)}
              </h3>
              <div class="pressure-body">
                <Portrait id={villagers.get(pending.pressure.from)?.portrait ?? ''} size={48} />
                <p>{text(pending.pressure.text)}</p>
              </div>
              <p class="pressure-ask">
                {t('village.asks', {
                  name: nameOf(pending.pressure.from),
                  points: signed(pending.pressure.asks),
                })}
              </p>
              <Provenance of={pending.pressure} />
            </aside>
          )}
          <fieldset class="choices">
            <legend>{t('village.chooseHeading')}</legend>
            <div class="points-grid">
              {allowedPoints(level, pending.id).map((p) => (
                <button
                  type="button"
                  key={p}
                  class={`point-btn ${p > 0 ? 'gain' : 'loss'}${pending.pressure?.asks === p ? ' asked' : ''}`}
                  aria-label={t('village.pointsLabel', { points: signed(p) })}
                  onClick={() => decide(pending, { points: p })}
                >
                  <span aria-hidden="true">{p > 0 ? '▲' : '▼'}</span>
                  {signed(p)}
                </button>
              ))}
            </div>
            {pending.pressure && (
              <Button kind="secondary" onClick={() => decide(pending, { points: pending.pressure?.asks ?? 0 })}>
                {t('village.doAsAsked', { points: signed(pending.pressure.asks) })}
              </Button>
            )}
            <Button kind="secondary" onClick={() => decide(pending, 'decline')}>
              <Icon name="decline" size={20} />
              {t('village.decline')}
            </Button>
          </fieldset>
        </article>
      ) : (
        <div class="day-done">
          <FocusHeading>{t('village.ledgerHeading')}</FocusHeading>
          <Button
            onClick={() => {
              const s = store.getState();
              if (s.villageAct({ type: 'closeDay' })) s.announce('village.dayClosed', { day: run.dayIndex + 1 });
            }}
          >
            <Icon name="board" size={24} />
            {t('village.closeDay')}
          </Button>
        </div>
      )}
      <section class="ledger" aria-label={t('village.ledgerHeading')}>
        <h3>
          <Icon name="ledger" size={24} />
          {t('village.ledgerHeading')}
        </h3>
        {today.some((id) => id in run.choices) ? (
          <ol class="ledger-lines">
            {today
              .filter((id) => id in run.choices)
              .map((id) => {
                const d = deeds.get(id) as Deed;
                const c = run.choices[id];
                return (
                  <li key={id}>
                    <span class="ledger-name">{nameOf(d.villager)}</span>
                    <span class="ledger-deed">{text(d.text)}</span>
                    <span class={`ledger-points ${c?.kind === 'points' ? (c.points > 0 ? 'gain' : 'loss') : 'declined'}`}>
                      {choice(c)}
                    </span>
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
