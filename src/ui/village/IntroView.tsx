import type { VillageLevel } from '../../core/schema';
import { Button, FocusHeading, Icon, Provenance } from '../common';
import { useStore, useT } from '../hooks';

export function IntroView({ level }: { level: VillageLevel }) {
  const { t, text } = useT();
  const store = useStore();
  return (
    <div class="intro">
      <FocusHeading level={1}>{text(level.title)}</FocusHeading>
      {level.intro.map((s, i) => (
        <div class="statement" key={i}>
          <p>{text(s.text)}</p>
          <Provenance source={s.source} illustrative={s.illustrative} />
        </div>
      ))}
      <p class="legend">
        <Icon name="source" size={20} /> <Icon name="illustrative" size={20} /> {t('provenance.legend')}
      </p>
      <Button onClick={() => store.getState().beginVillageDay()}>{t('village.begin')}</Button>
    </div>
  );
}
