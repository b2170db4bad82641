/** Small pieces the village's views share: names, signed points, a villager's face and line. */
import { signed } from '../../core/format';
import type { VillageLevel, Villager } from '../../core/village/schema';
import type { Choice } from '../../core/village/rules';
import { Portrait } from '../common';
import { useT } from '../hooks';

export function useVillage(level: VillageLevel) {
  const { t, text } = useT();
  const byId = new Map(level.villagers.map((v) => [v.id, v]));
  const villager = (id: string): Villager | undefined => byId.get(id);
  const name = (id: string) => text(byId.get(id)?.name ?? { en: id });
  const names = (ids: readonly string[]) => (ids.length ? ids.map(name).join(t('village.listSeparator')) : t('village.nobody'));
  const deed = new Map(level.deeds.map((d) => [d.id, d]));
  const deedText = (id: string) => text(deed.get(id)?.text ?? { en: id });
  /** A decision as the ledger writes it: signed points (and "as asked"), or "declined". */
  const written = (c: Choice | undefined) => (!c ? '–' : c.kind === 'decline' ? t('village.declined') : c.kind === 'favour' ? `${signed(c.points)} ${t('village.asAsked')}` : signed(c.points));
  return { villager, name, names, deedText, written };
}

export function Face({ v, size = 40 }: { v: Villager | undefined; size?: number }) {
  return v ? <Portrait id={v.portrait} size={size} faded={!v.seen} /> : null;
}

/** A point value with its sign and an arrow, so a loss differs from a gain by shape, not colour alone. */
export function Points({ n }: { n: number }) {
  return (
    <span class={`pts ${n > 0 ? 'gain' : n < 0 ? 'loss' : ''}`}>
      <span aria-hidden="true">{n > 0 ? '▲ ' : n < 0 ? '▼ ' : ''}</span>
      {signed(n)}
    </span>
  );
}
