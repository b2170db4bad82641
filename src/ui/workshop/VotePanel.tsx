/**
 * A room vote on the decision waiting now, for any role: hand counts per option (typed, or + and −),
 * the distribution as bars with numbers in a real table, then the most-voted option is played unless
 * the facilitator picks another. On a tie the facilitator picks.
 */
import { useEffect } from 'preact/hooks';
import { countVotes, type Tally } from '../../core/workshop';
import { useApp, useStore, useT } from '../hooks';
import { Dialog } from './Dialog';
import { decisionText, labelText } from './labels';
import { useRoleNow } from './now';

const MAX_HANDS = 999;
const EMPTY: Tally = {};

export default function VotePanel({ onClose }: { onClose: () => void }) {
  const { t, lang } = useT();
  const store = useStore();
  const now = useRoleNow();
  const decision = now?.decision ?? null;
  const key = now && decision ? `${now.roleId}|${decision.id}` : '';
  const tally = useApp((s) => s.workshop.votes[key] ?? EMPTY);

  useEffect(() => {
    if (!decision) onClose();
  }, [decision, onClose]);
  if (!now || !decision) return null;

  const result = countVotes(decision, tally);
  const label = (id: string) => {
    const o = decision.options.find((x) => x.id === id);
    return o ? labelText(o.label, t, lang) : id;
  };
  const set = (id: string, n: number) => store.getState().setVote(now.roleId, decision.id, { ...tally, [id]: Math.max(0, Math.min(MAX_HANDS, Math.floor(n) || 0)) });
  const play = (id: string) => {
    const option = decision.options.find((o) => o.id === id);
    if (!option) return;
    const votes = tally[id] ?? 0;
    if (store.getState().act(now.roleId, option.action)) {
      store.getState().announce('workshop.vote.played', { option: label(id), count: votes });
      onClose();
    }
  };
  const leader = result.leaders.length === 1 ? result.leaders[0] : null;
  const top = Math.max(1, ...result.shares.map((s) => s.count));

  return (
    <Dialog id="ws-vote" title={t('workshop.vote.heading')} onClose={onClose} kind="wide">
      <p class="ws-vote-question">{decisionText(now.level, decision.id, lang) ?? t('workshop.vote.question')}</p>
      <table class="ws-vote-table">
        <caption>{t('workshop.vote.caption', { count: result.total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workshop.vote.option')}</th>
            <th scope="col">{t('workshop.vote.hands')}</th>
            <th scope="col">{t('workshop.vote.share')}</th>
            <th scope="col">
              <span class="sr-only">{t('workshop.vote.playColumn')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {result.shares.map((s, i) => {
            const name = label(s.id);
            const lead = result.leaders.includes(s.id);
            return (
              <tr key={s.id} class={lead ? 'ws-lead' : undefined}>
                <th scope="row">
                  <span class="ws-option-no" aria-hidden="true">
                    {i + 1}
                  </span>
                  {name}
                  {lead && <span class="ws-lead-tag"> ★ {t(result.leaders.length > 1 ? 'workshop.vote.tied' : 'workshop.vote.most')}</span>}
                </th>
                <td class="ws-count">
                  <button type="button" class="btn btn-secondary ws-step" onClick={() => set(s.id, s.count - 1)} aria-label={t('workshop.vote.less', { option: name })}>
                    −
                  </button>
                  <input
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={MAX_HANDS}
                    value={s.count}
                    aria-label={t('workshop.vote.handsFor', { option: name })}
                    onInput={(e) => set(s.id, Number((e.currentTarget as HTMLInputElement).value))}
                    onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
                  />
                  <button type="button" class="btn btn-secondary ws-step" onClick={() => set(s.id, s.count + 1)} aria-label={t('workshop.vote.more', { option: name })}>
                    +
                  </button>
                </td>
                <td class="ws-bar-cell">
                  <span class="ws-track" aria-hidden="true">
                    {s.count > 0 && <span class="ws-meter" style={{ width: `${(s.count / top) * 100}%` }} />}
                  </span>
                  <span class="ws-bar-num">{result.total ? `${Math.round(s.share * 100)}%` : '—'}</span>
                </td>
                <td>
                  <button type="button" class="btn btn-quiet ws-play-this" onClick={() => play(s.id)}>
                    {t('workshop.vote.playThis', { option: name })}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div class="actions ws-vote-actions">
        {leader ? (
          <button type="button" class="btn btn-primary ws-big" onClick={() => play(leader)}>
            {t('workshop.vote.playLeader', { option: label(leader) })}
          </button>
        ) : (
          <p class="ws-vote-hint" role="status">
            {result.total === 0 ? t('workshop.vote.none') : t('workshop.vote.tie')}
          </p>
        )}
        <button type="button" class="btn btn-quiet" onClick={() => store.getState().setVote(now.roleId, decision.id, {})} disabled={result.total === 0}>
          {t('workshop.vote.clear')}
        </button>
      </div>
    </Dialog>
  );
}
