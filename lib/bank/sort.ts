/**
 * Sort boards are assembled from classify items of one framework: each card is a scenario,
 * each bucket a category. The id lists the scenarios, so a board can be rebuilt from its id.
 */
import { shuffle } from '../random/seeded';
import type { ChoiceItem, Item, SortItem } from './items';
import type { QuizSet } from './sets';

export const SORT_MIN_CARDS = 4;
export const SORT_MAX_CARDS = 8;

export function sortItemId(frameworkId: string, scenarioIds: readonly string[]): string {
  return `sort.${frameworkId}.${scenarioIds.join('~')}`;
}

export function parseSortItemId(
  id: string,
): { frameworkId: string; scenarioIds: string[] } | undefined {
  const match = /^sort\.([a-z0-9-]+)\.([a-z0-9-]+(?:~[a-z0-9-]+)+)$/.exec(id);
  if (!match) return undefined;
  return { frameworkId: match[1]!, scenarioIds: match[2]!.split('~') };
}

export type SortFramework = { id: string; sortInstruction?: string };

/** A board from the single-choice items of these scenarios on this framework; undefined if one is missing. */
export function makeSortItem(
  framework: SortFramework,
  scenarioIds: readonly string[],
  itemById: ReadonlyMap<string, Item>,
): SortItem | undefined {
  if (!framework.sortInstruction) return undefined;
  if (scenarioIds.length < SORT_MIN_CARDS || scenarioIds.length > SORT_MAX_CARDS) return undefined;
  const cards: ChoiceItem[] = [];
  for (const scenarioId of scenarioIds) {
    const item = itemById.get(`${scenarioId}.${framework.id}`);
    if (!item || item.kind !== 'classify') return undefined;
    cards.push(item);
  }
  const first = cards[0]!;
  return {
    id: sortItemId(framework.id, scenarioIds),
    kind: 'sort',
    frameworkId: framework.id,
    difficulty: Math.max(...cards.map((c) => c.difficulty)) as SortItem['difficulty'],
    question: framework.sortInstruction,
    buckets: first.options,
    cards: cards.map((c) => ({ id: c.stem.id, stem: c.stem })),
    answer: {
      keys: Object.fromEntries(cards.map((c) => [c.stem.id, c.answer.key])),
      accepted: Object.fromEntries(cards.map((c) => [c.stem.id, c.answer.accepted])),
    },
    teaching: { cards: Object.fromEntries(cards.map((c) => [c.stem.id, c.teaching])) },
  };
}

/**
 * Picks the scenarios for a board: different keys first (so the board spans the buckets),
 * skipping scenarios already used elsewhere in the quiz.
 */
export function pickSortScenarios(
  pool: readonly ChoiceItem[],
  count: number,
  seed: string,
  exclude: ReadonlySet<string> = new Set(),
): string[] {
  const byKey = new Map<string, ChoiceItem[]>();
  for (const item of shuffle(pool, seed)) {
    if (exclude.has(item.stem.id)) continue;
    byKey.set(item.answer.key, [...(byKey.get(item.answer.key) ?? []), item]);
  }
  const queues = [...byKey.values()];
  const picked: string[] = [];
  for (let round = 0; picked.length < count && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) {
      const item = queue[round];
      if (item && picked.length < count) picked.push(item.stem.id);
    }
  }
  return picked.length >= SORT_MIN_CARDS ? picked : [];
}

/**
 * A board of up to `cards` scenarios of one framework drawn from the classify items in `pool`,
 * none of them in `used`; the board's cards are added to `used`. Undefined when too few are left.
 */
export function drawSortBoard(
  framework: SortFramework,
  pool: readonly Item[],
  cards: number,
  seed: string,
  used: Set<string>,
  itemById: ReadonlyMap<string, Item>,
): SortItem | undefined {
  const classify = pool.filter(
    (item): item is ChoiceItem => item.kind === 'classify' && item.frameworkId === framework.id,
  );
  const board = makeSortItem(framework, pickSortScenarios(classify, cards, seed, used), itemById);
  board?.cards.forEach((card) => used.add(card.id));
  return board;
}

/** An item by id: a generated item, or a sort board rebuilt from its id. */
export function resolveItem(
  id: string,
  frameworks: readonly SortFramework[],
  itemById: ReadonlyMap<string, Item>,
): Item | undefined {
  const generated = itemById.get(id);
  if (generated) return generated;
  const parsed = parseSortItemId(id);
  const framework = parsed && frameworks.find((f) => f.id === parsed.frameworkId);
  return parsed && framework ? makeSortItem(framework, parsed.scenarioIds, itemById) : undefined;
}

/** A curated set's entries as items, in order; an entry that does not resolve is left out. */
export function itemsOfSet(
  set: Pick<QuizSet, 'items'>,
  frameworks: readonly SortFramework[],
  itemById: ReadonlyMap<string, Item>,
): Item[] {
  return set.items.flatMap((entry) => {
    if (typeof entry === 'string') return resolveItem(entry, frameworks, itemById) ?? [];
    const framework = frameworks.find((f) => f.id === entry.sort.framework);
    return (framework && makeSortItem(framework, entry.sort.scenarios, itemById)) ?? [];
  });
}
