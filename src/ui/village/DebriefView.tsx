/** The debrief quotes the player's own week, each moment beside what the report says. */
import { signed } from '../../core/format';
import type { VillageLevel } from '../../core/village/schema';
import { debriefMoments } from '../../core/village/reveal';
import type { VillageRun } from '../../core/village/rules';
import { Statement } from '../common';
import { Debrief } from '../Debrief';
import { useT } from '../hooks';
import { Face, useVillage } from './shared';

export function DebriefView({ level, run }: { level: VillageLevel; run: VillageRun }) {
  const { t } = useT();
  const { name, villager } = useVillage(level);
  const moments = debriefMoments(level, run);
  return (
    <Debrief role="village" run={run} debrief={level.debrief}>
      <ul class="moments">
        {moments.map((m) => (
          <li key={m.kind} class={`moment moment-${m.kind}`}>
            <Face v={villager(m.villagerId)} size={40} />
            <div>
              <p class="moment-text">
                {t(`village.moment.${m.kind}`, {
                  day: m.day + 1,
                  name: name(m.villagerId),
                  other: m.otherId ? name(m.otherId) : '',
                  points: m.points !== undefined ? signed(m.points) : '',
                })}
              </p>
              <Statement s={m.finding} />
            </div>
          </li>
        ))}
      </ul>
    </Debrief>
  );
}
