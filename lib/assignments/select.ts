/** Turns an instructor's choice (a set, filters, or hand-picked ids) into the items of an assignment. */
import { poolOf } from '../bank/pools';
import { itemsOfSet, type QuizSet } from '../bank/sets';
import type { ComposeFramework } from '../items/kind';
import {
  COMPOSITE_KINDS,
  compositeKind,
  keyCategoriesOf,
  resolveItem,
  scenarioIdsOf,
} from '../items/registry';
import type { Item } from '../items/schema';
import { insertSpread, pickMixed, withComposites, type Draw } from '../quiz/build';
import type { ItemOrigin, ItemSource } from './settings';

export type SelectContext = {
  items: readonly Item[];
  frameworks: readonly ComposeFramework[];
  sets: readonly QuizSet[];
  /** Scenarios of the assessment pool (for the pool filter); none when absent. */
  heldBack?: ReadonlySet<string>;
  /** Scenarios that are instructors' own items, and whose: absent ones are the bank's. */
  ownership?: ReadonlyMap<string, Exclude<ItemOrigin, 'bank'>>;
};

export type Selection = { ok: true; items: Item[] } | { ok: false; reason: string };

export function selectItems(source: ItemSource, context: SelectContext): Selection {
  const byId = new Map(context.items.map((item) => [item.id, item]));
  switch (source.source) {
    case 'set': {
      const set = context.sets.find((s) => s.id === source.set);
      if (!set) return { ok: false, reason: `there is no set "${source.set}"` };
      return nonEmpty(itemsOfSet(set, context.frameworks, byId));
    }
    case 'picked': {
      const unknown = source.items.find((id) => !resolveItem(id, context.frameworks, byId));
      if (unknown) return { ok: false, reason: `there is no item "${unknown}"` };
      const unique = [...new Set(source.items)];
      return nonEmpty(unique.map((id) => resolveItem(id, context.frameworks, byId)!));
    }
    case 'filters':
      return nonEmpty(drawByFilters(source, context, byId));
  }
}

type Filters = Extract<ItemSource, { source: 'filters' }>;

/**
 * Single items, plus composite items (sort boards; odd one out when ticked) of the kinds wanted:
 * only composites when only composite kinds are ticked, else one per ten items. Their scenarios
 * meet the same framework, category and difficulty filters and are not used elsewhere.
 */
function drawByFilters(
  source: Filters,
  context: SelectContext,
  singles: ReadonlyMap<string, Item>,
): Item[] {
  const wanted = COMPOSITE_KINDS.filter(({ kind, composite }) =>
    source.kinds.length === 0 ? composite.drawnByDefault : source.kinds.includes(kind),
  );
  const onlyComposites =
    source.kinds.length > 0 && source.kinds.every((kind) => compositeKind(kind) !== undefined);
  const slots = onlyComposites
    ? source.count
    : wanted.length > 0 && source.count >= 5
      ? Math.max(1, Math.round(source.count / 10))
      : 0;
  const frameworks = context.frameworks.filter(
    (f) => source.frameworks.length === 0 || source.frameworks.includes(f.id),
  );
  const possible: Draw[] = wanted.flatMap(({ composite }) =>
    frameworks.filter((f) => composite.fits(f)).map((framework) => ({ composite, framework })),
  );
  const draws =
    possible.length === 0
      ? []
      : Array.from({ length: slots }, (_, i) => possible[i % possible.length]!);
  const heldBack = context.heldBack ?? new Set<string>();
  const ownership = context.ownership ?? new Map<string, ItemOrigin>();
  const from = new Set<ItemOrigin>(source.from);
  // Own items are never on a public page: the pool choice is about the bank's scenarios.
  const inPool = (item: Item) => {
    const ids = scenarioIdsOf(item);
    if (!ids.every((id) => from.has(ownership.get(id) ?? 'bank'))) return false;
    if (ids.some((id) => ownership.has(id))) return true;
    return source.pool === 'any' || poolOf(ids, heldBack) === source.pool;
  };
  const compositePool = context.items.filter(
    (item) => inPool(item) && matchesFilters(item, { ...source, kinds: [] }),
  );
  const used = new Set<string>();
  const composites = withComposites([], draws, compositePool, singles, source.seed, used);
  if (onlyComposites) return composites;
  const pool = context.items.filter(
    (item) =>
      !compositeKind(item.kind) &&
      inPool(item) &&
      matchesFilters(item, source) &&
      !scenarioIdsOf(item).some((id) => used.has(id)),
  );
  const out = pickMixed(pool, source.count - composites.length, source.seed);
  composites.forEach((item, index) => insertSpread(out, item, index, composites.length));
  return out;
}

/** A category matches an item keyed to it, or a multi-select item where it is one of the keys. */
export function matchesFilters(
  item: Item,
  filters: Pick<Filters, 'frameworks' | 'categories' | 'difficulties' | 'kinds'>,
): boolean {
  const within = <T>(list: readonly T[], value: T) => list.length === 0 || list.includes(value);
  return (
    within(filters.frameworks, item.frameworkId) &&
    within(filters.difficulties, item.difficulty) &&
    within(filters.kinds, item.kind) &&
    (filters.categories.length === 0 ||
      keyCategoriesOf(item).some((key) => filters.categories.includes(key)))
  );
}

function nonEmpty(items: Item[]): Selection {
  return items.length > 0
    ? { ok: true, items }
    : { ok: false, reason: 'no question in the bank matches that choice' };
}
