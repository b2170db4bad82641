/** Before the first decision: a few cited lines (about 40 words), the week's code, and the rest behind "more". */
import { useState } from 'preact/hooks';
import { seedCode } from '../../core/seed';
import type { VillageLevel } from '../../core/village/schema';
import type { VillageRun } from '../../core/village/rules';
import { Button, FocusHeading, Icon, Statement } from '../common';
import { NextBar } from '../Debrief';
import { useStore, useT } from '../hooks';

export function IntroView({ level, run }: { level: VillageLevel; run: VillageRun }) {
  const { t, text } = useT();
  const store = useStore();
  const [more, setMore] = useState(false);
  return (
    <div class="intro">
      <p class="eyebrow">{t('village.weekCode', { code: seedCode(run.seed) })}</p>
      <FocusHeading level={1}>{text(level.title)}</FocusHeading>
      {level.intro.map((s, i) => (
        <Statement s={s} key={i} />
      ))}
      <p class="legend">
        <Icon name="source" size={20} /> <Icon name="illustrative" size={20} /> {t('provenance.legend')}
      </p>
      {level.introMore.length > 0 && (
        <>
          <button type="button" class="link-button" aria-expanded={more} onClick={() => setMore(!more)}>
            {t('village.more')}
          </button>
          {more && level.introMore.map((s, i) => <Statement s={s} key={`m${i}`} />)}
        </>
      )}
      <NextBar>
        <Button onClick={() => store.getState().act('village', { type: 'begin' })}>{t('village.begin')}</Button>
      </NextBar>
    </div>
  );
}
