/**
 * Joint punishment (联合奖惩, report §3.2.2) as a graph walk: when one institution blacklists a firm,
 * every institution that honours its blacklist follows, then every institution that honours theirs,
 * and so on. Pure functions over any network: each institution is visited at most once, so the walk
 * ends on every network, cycles and unknown names included.
 */

export interface NetworkNode {
  readonly id: string;
  /** Ids of the institutions whose blacklist this one honours. */
  readonly honours: readonly string[];
}

export interface CascadeStep {
  /** The institution that lists the firm at this step. */
  readonly institution: string;
  /** The institution whose list it honoured; null for the one that recorded first. */
  readonly from: string | null;
  /** Steps from the origin (0 for the origin). */
  readonly depth: number;
}

/** For each institution, the institutions that honour its blacklist, in the network's order. */
export function followers(network: readonly NetworkNode[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const node of network) {
    for (const h of new Set(node.honours)) {
      if (h === node.id) continue;
      const list = out.get(h) ?? [];
      if (!list.includes(node.id)) list.push(node.id);
      out.set(h, list);
    }
  }
  return out;
}

/**
 * The steps of a cascade from one institution, in the order the scene shows them (breadth first,
 * then the network's order). An origin that is not in the network gives no steps.
 */
export function cascade(network: readonly NetworkNode[], origin: string): CascadeStep[] {
  if (!network.some((n) => n.id === origin)) return [];
  const next = followers(network);
  const visited = new Set<string>([origin]);
  const steps: CascadeStep[] = [{ institution: origin, from: null, depth: 0 }];
  for (let i = 0; i < steps.length; i++) {
    const at = steps[i] as CascadeStep;
    for (const f of next.get(at.institution) ?? []) {
      if (visited.has(f)) continue;
      visited.add(f);
      steps.push({ institution: f, from: at.institution, depth: at.depth + 1 });
    }
  }
  return steps;
}

/** Every institution that ends up listing the firm when these institutions record it. */
export function reached(network: readonly NetworkNode[], origins: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const o of origins) for (const s of cascade(network, o)) out.add(s.institution);
  return out;
}
