/** Turns an instructor's choice (a set, filters, or hand-picked ids) into the items of an assignment. */
import { keyedStems, stemIdsOf, type Item } from '../bank/items';
import { drawSortBoard, itemsOfSet, resolveItem, type SortFramework } from '../bank/sort';
import type { QuizSet } from '../bank/sets';
import { BOARD_CARDS, insertSpread, pickMixed } from '../quiz/build';
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
    case 'filters':
      return nonEmpty(drawByFilters(source, context, byId));
  }
}

type Filters = Extract<ItemSource, { source: 'filters' }>;

/**
 * Single items, plus sort boards when the sort kind is wanted (ticked, or no kind ticked):
 * only boards when it is the only kind ticked, else one board per ten items. A board's cards
 * meet the same framework, category and difficulty filters and are not used elsewhere.
 */
function drawByFilters(
  source: Filters,
  context: SelectContext,
  byId: ReadonlyMap<string, Item>,
): Item[] {
  const onlyBoards = source.kinds.length === 1 && source.kinds[0] === 'sort';
  const wantsBoards = source.kinds.length === 0 || source.kinds.includes('sort');
  const boardCount = onlyBoards
    ? source.count
    : wantsBoards && source.count >= 5
      ? Math.max(1, Math.round(source.count / 10))
      : 0;
  const anyKind = { ...source, kinds: [] };
  const boardFrameworks = context.frameworks.filter(
    (f) =>
      f.sortInstruction && (source.frameworks.length === 0 || source.frameworks.includes(f.id)),
  );
  const used = new Set<string>();
  const boardPool = context.items.filter((item) => matchesFilters(item, anyKind));
  const boards: Item[] = [];
  for (let b = 0; b < boardCount && boardFrameworks.length > 0; b++) {
    const framework = boardFrameworks[b % boardFrameworks.length]!;
    const board = drawSortBoard(
      framework,
      boardPool,
      BOARD_CARDS,
      `${source.seed}:board:${b}`,
      used,
      byId,
    );
    if (!board) break;
    boards.push(board);
  }
  if (onlyBoards) return boards;
  const pool = context.items.filter(
    (item) =>
      item.kind !== 'sort' &&
      matchesFilters(item, source) &&
      !stemIdsOf(item).some((id) => used.has(id)),
  );
  const out = pickMixed(pool, source.count - boards.length, source.seed);
  boards.forEach((board, index) => insertSpread(out, board, index, boards.length));
  return out;
}

/** A category matches an item keyed to it, or a multi-select item where it is one of the keys. */
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
      keysOf(item).some((key) => filters.categories.includes(key)))
  );
}

function keysOf(item: Item): string[] {
  return item.kind === 'classify-many'
    ? item.answer.keys
    : keyedStems(item).map((stem) => stem.key);
}

function nonEmpty(items: Item[]): Selection {
  return items.length > 0
    ? { ok: true, items }
    : { ok: false, reason: 'no question in the bank matches that choice' };
}
