/**
 * Words for decisions and options of any role, found through the role contract and the level's own
 * data, never by knowing one role: an option's label is a level text or a translation key; a
 * decision is named by the level item that carries its id (a deed, an event, a statement).
 */
import type { TFunction } from 'i18next';
import type { LText } from '../../core/content';
import { tr } from '../../core/content';
import type { AnyRole, BaseAction, BaseLevel, BaseRun, Decision, Label } from '../../core/role';

export function labelText(label: Label, t: TFunction, lang: string): string {
  return 'text' in label ? tr(label.text, lang) : t(label.key, label.params ?? {});
}

const isLText = (v: unknown): v is LText => typeof v === 'object' && v !== null && typeof (v as { en?: unknown }).en === 'string';
const NAME_FIELDS = ['text', 'claim', 'name', 'title', 'label', 'card'] as const;

/** Every object in the level with an id, by id (first one wins). */
function index(level: BaseLevel): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.id === 'string' && !out.has(o.id) && o !== (level as unknown)) out.set(o.id, o);
      Object.values(o).forEach(walk);
    }
  };
  walk(level);
  return out;
}

const cache = new WeakMap<BaseLevel, Map<string, Record<string, unknown>>>();

/** A short name for a decision: the level text of the item whose id it carries (null when none does). */
export function decisionText(level: BaseLevel, decisionId: string, lang: string): string | null {
  let byId = cache.get(level);
  if (!byId) {
    byId = index(level);
    cache.set(level, byId);
  }
  // "q2-supplier" names the event "supplier"; "budget-q2" names the quarter "q2".
  const parts = decisionId.split('-');
  const candidates = [decisionId, ...parts.map((_, i) => parts.slice(i + 1).join('-')), ...parts.map((_, i) => parts.slice(0, i).join('-'))].filter(Boolean);
  for (const id of candidates) {
    const item = byId.get(id);
    if (!item) continue;
    for (const f of NAME_FIELDS) {
      const v = item[f];
      if (isLText(v)) return tr(v, lang);
    }
  }
  return null;
}

/** A decision's name for a table row: its level text, else its id in words. */
export const decisionTitle = (level: BaseLevel, decisionId: string, lang: string): string => decisionText(level, decisionId, lang) ?? decisionId.replace(/-/g, ' ');

/**
 * Every option label of every decision a week meets, by decision id then option id, found by
 * replaying the week: the comparison board shows words, not ids.
 */
export function optionLabels(role: AnyRole, level: BaseLevel, seed: number, route: BaseRun['route'], actions: readonly BaseAction[]): Map<string, Map<string, Label>> {
  const out = new Map<string, Map<string, Label>>();
  let run = role.create(level, seed, route);
  for (const action of actions) {
    const d = role.decision(level, run) as Decision<BaseAction> | null;
    if (d && !out.has(d.id)) out.set(d.id, new Map(d.options.map((o) => [o.id, o.label])));
    const r = role.step(level, run, action);
    if (!r.ok) break;
    run = r.run;
  }
  return out;
}
