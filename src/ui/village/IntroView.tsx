import type { VillageLevel } from '../../core/schema';
import { Button, FocusHeading, Icon, Statement } from '../common';
import { useStore, useT } from '../hooks';

export function IntroView({ level }: { level: VillageLevel }) {
  const { t, text } = useT();
  const store = useStore();
  return (
    <div class="intro">
      <FocusHeading level={1}>{text(level.title)}</FocusHeading>
      {level.intro.map((s, i) => (
        <Statement s={s} key={i} />
      ))}
      <p class="legend">
        <Icon name="source" size={20} /> <Icon name="illustrative" size={20} /> {t('provenance.legend')}
      </p>
      <p class="how-to">{t('village.howTo')}</p>
      <div class="next-bar">
        <Button onClick={() => store.getState().beginVillageDay()}>{t('village.begin')}</Button>
      </div>
    </div>
  );
}
