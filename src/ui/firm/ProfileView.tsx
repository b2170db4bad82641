/** Before the first decision: a few cited lines, then the choice of firm (the rest behind "more"). */
import { useState } from 'preact/hooks';
import { seedCode } from '../../core/seed';
import type { FirmLevel } from '../../core/firm/schema';
import type { FirmRun } from '../../core/firm/rules';
import { FocusHeading, Icon, Statement } from '../common';
import { useStore } from '../hooks';
import { useFirm } from './shared';

export function ProfileView({ level, run }: { level: FirmLevel; run: FirmRun }) {
  const { t, text, catName, list } = useFirm(level);
  const store = useStore();
  const [more, setMore] = useState(false);
  const pick = (id: string) => {
    const s = store.getState();
    if (!s.act('firm', { type: 'pick', profile: id })) return;
    const p = level.profiles.find((x) => x.id === id);
    if (!p) return;
    s.announce('firm.announce.picked', { firm: text(p.name), kind: text(p.kind), categories: list(p.categories.map((c) => catName(c))) });
  };
  return (
    <div class="fm-intro">
      <p class="eyebrow">{t('firm.weekCode', { code: seedCode(run.seed) })}</p>
      <FocusHeading level={1}>{text(level.title)}</FocusHeading>
      <Statement s={level.intro.card} />
      <div class="fm-legend-row">
        <p class="legend">
          <Icon name="source" size={20} /> <Icon name="illustrative" size={20} /> {t('provenance.legend')}
        </p>
        <button type="button" class="link-button" aria-expanded={more} onClick={() => setMore(!more)}>
          {t('firm.moreIntro')}
        </button>
      </div>
      {more && level.intro.more.map((s, i) => <Statement s={s} key={i} />)}
      <fieldset class="fm-profiles">
        <legend>{t('firm.pickHeading')}</legend>
        {level.profiles.map((p) => (
          <button type="button" class="fm-profile" key={p.id} onClick={() => pick(p.id)}>
            <Icon name={p.icon} size={44} />
            <span class="fm-profile-body">
              <span class="fm-profile-title">
                <span class="fm-profile-name">{text(p.name)}</span> <span class="fm-profile-kind">{text(p.kind)}</span>
              </span>
              <span class="fm-profile-text">{text(p.text)}</span>
            </span>
          </button>
        ))}
      </fieldset>
    </div>
  );
}
