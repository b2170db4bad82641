/** Before the first card: two lines (one invented, one cited), the week's code, the rest behind "more". */
import { useState } from 'preact/hooks';
import { seedCode } from '../../core/seed';
import type { SesameRun } from '../../core/sesame/rules';
import type { SesameLevel } from '../../core/sesame/schema';
import { Button, FocusHeading, Icon, Statement } from '../common';
import { NextBar } from '../Debrief';
import { useT } from '../hooks';
import { useSay, useSesameAct } from './shared';

export function IntroView({ level, run }: { level: SesameLevel; run: SesameRun }) {
  const { t, text } = useT();
  const act = useSesameAct();
  const say = useSay();
  const [more, setMore] = useState(false);
  const begin = () => {
    if (act({ type: 'begin' })) say(t('sesame.announce.begin', { app: text(level.app.name), score: level.model.start }));
  };
  return (
    <div class="sesame-intro">
      <p class="eyebrow">{t('sesame.weekCode', { code: seedCode(run.seed) })}</p>
      <FocusHeading level={1}>{text(level.title)}</FocusHeading>
      {level.intro.text.map((s, i) => (
        <Statement s={s} key={i} />
      ))}
      <p class="legend">
        <Icon name="source" size={20} /> <Icon name="illustrative" size={20} /> {t('provenance.legend')}
      </p>
      {level.intro.more.length > 0 && (
        <>
          <button type="button" class="link-button" aria-expanded={more} onClick={() => setMore(!more)}>
            {t(more ? 'sesame.less' : 'sesame.more')}
          </button>
          {more && level.intro.more.map((s, i) => <Statement s={s} key={`m${i}`} />)}
        </>
      )}
      <NextBar>
        <Button onClick={begin}>
          <Icon name="gauge" size={24} />
          {t('sesame.begin', { app: text(level.app.name) })}
        </Button>
      </NextBar>
    </div>
  );
}
