/** Turns an instructor's choice (a set, filters, or hand-picked ids) into the items of an assignment. */
import { keyedStems, type Item } from '../bank/items';
import { itemsOfSet, resolveItem, type SortFramework } from '../bank/sort';
import type { QuizSet } from '../bank/sets';
import { pickMixed } from '../quiz/build';
import type { ItemSource } from './settings';

export type SelectContext = {
  items: readonly Item[];
  frameworks: readonly SortFramework[];
  sets: readonly QuizSet[];
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
    case 'filters': {
      const pool = context.items.filter((item) => matchesFilters(item, source));
      return nonEmpty(pickMixed(pool, source.count, source.seed));
    }
  }
}

export function matchesFilters(
  item: Item,
  filters: Pick<
    Extract<ItemSource, { source: 'filters' }>,
    'frameworks' | 'categories' | 'difficulties' | 'kinds'
  >,
): boolean {
  const within = <T>(list: readonly T[], value: T) => list.length === 0 || list.includes(value);
  return (
    within(filters.frameworks, item.frameworkId) &&
    within(filters.difficulties, item.difficulty) &&
    within(filters.kinds, item.kind) &&
    (filters.categories.length === 0 ||
      keyedStems(item).some((stem) => filters.categories.includes(stem.key)))
  );
}

function nonEmpty(items: Item[]): Selection {
  return items.length > 0
    ? { ok: true, items }
    : { ok: false, reason: 'no question in the bank matches that choice' };
}
