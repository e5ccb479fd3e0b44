/**
 * Sort boards: several scenarios of one framework, each placed on one of its categories. A board
 * is assembled from the single-best items of its scenarios; its id lists them, so it can be
 * rebuilt from its id anywhere.
 */
import { shuffle } from '../../random/seeded';
import { scoreSort } from '../../scoring/sort';
import { formatItemId, singleItemId } from '../ids';
import { withoutKey, type ComposeFramework, type KindLogic, type SingleItems } from '../kind';
import type { SortResponse } from '../response';
import type { SingleItem, SortItem } from '../schema';
import { classifyItemsOf } from './single';

export const SORT_MIN_CARDS = 4;
export const SORT_MAX_CARDS = 8;
/** Cards on a drawn board: enough to compare, few enough for a phone screen. */
export const BOARD_CARDS = 5;

export const sortKind: KindLogic<SortItem, SortResponse> = {
  kind: 'sort',
  label: 'Sort',
  accepts: (response): response is SortResponse => response.kind === 'sort',
  score: (item, response) =>
    scoreSort(response.placements, {
      placements: item.answerKey.placements,
      buckets: item.buckets.map((b) => b.id),
      scenarios: item.scenarios.map((s) => s.id),
    }),
  certaintyOf: (response, scenarioId) => response.certainty?.[scenarioId],
  scenarios: (item) => item.scenarios,
  keyed: (item) =>
    item.scenarios.map((s) => ({
      scenarioId: s.id,
      key: item.answerKey.placements[s.id]!.best,
    })),
  keyCategories: (item) => Object.values(item.answerKey.placements).map((p) => p.best),
  categories: (item) => item.buckets,
  options: (item) => item.buckets,
  // Right per scenario, not for the board as a whole: see `parts`.
  rightOptions: () => [],
  chosen: () => [],
  // Each card shows its own result on the board; one sentence for all of them would be noise.
  summary: (item, response) =>
    `${Object.keys(response.placements).length} of ${item.scenarios.length} cards placed`,
  keyText: () => undefined,
  marking: 'a sort board counts one per card',
  shuffle: (item, seed) => ({ ...item, scenarios: shuffle(item.scenarios, seed) }),
  toPublic: withoutKey,
  parts: {
    of: (item) =>
      item.scenarios.map((s) => {
        const { best, accepted } = item.answerKey.placements[s.id]!;
        return {
          scenarioId: s.id,
          options: item.buckets.map((b) => b.id),
          rightOptions: [best, ...accepted],
        };
      }),
    chosen: (response, scenarioId) => {
      const placed = response.placements[scenarioId];
      return placed === undefined ? [] : [placed];
    },
  },
  composite: {
    form: 'sort',
    size: { min: SORT_MIN_CARDS, max: SORT_MAX_CARDS, drawn: BOARD_CARDS },
    drawnByDefault: true,
    fits: (framework) => framework.sortInstruction !== undefined,
    needs: `${SORT_MIN_CARDS} to ${SORT_MAX_CARDS} different scenarios, each with a single-key lens on a framework that has a sortInstruction`,
    compose: makeSortItem,
    draw: (framework, pool, seed, used, singles) =>
      makeSortItem(
        framework,
        pickAcrossKeys(classifyItemsOf(framework.id, pool), BOARD_CARDS, seed, used),
        singles,
      ),
  },
};

/** A board of these scenarios' classify items on this framework; undefined if one is missing. */
export function makeSortItem(
  framework: ComposeFramework,
  scenarioIds: readonly string[],
  singles: SingleItems,
): SortItem | undefined {
  if (!framework.sortInstruction) return undefined;
  if (scenarioIds.length < SORT_MIN_CARDS || scenarioIds.length > SORT_MAX_CARDS) return undefined;
  if (new Set(scenarioIds).size !== scenarioIds.length) return undefined;
  const cards: SingleItem[] = [];
  for (const scenarioId of scenarioIds) {
    const item = singles.get(singleItemId(scenarioId, framework.id));
    if (!item || item.kind !== 'classify') return undefined;
    cards.push(item);
  }
  return {
    id: formatItemId({ form: 'sort', frameworkId: framework.id, scenarioIds: [...scenarioIds] }),
    kind: 'sort',
    frameworkId: framework.id,
    difficulty: Math.max(...cards.map((c) => c.difficulty)) as SortItem['difficulty'],
    question: framework.sortInstruction,
    buckets: cards[0]!.options,
    scenarios: cards.map((c) => c.scenario),
    answerKey: {
      placements: Object.fromEntries(
        cards.map((c) => [
          c.scenario.id,
          { best: c.answerKey.best, accepted: c.answerKey.accepted },
        ]),
      ),
    },
    teaching: { scenarios: Object.fromEntries(cards.map((c) => [c.scenario.id, c.teaching])) },
  };
}

/**
 * Scenarios for a board: different keys first (so the board spans the buckets), none of those in
 * `used`. Fewer than a board needs gives none.
 */
export function pickAcrossKeys(
  pool: readonly SingleItem[],
  count: number,
  seed: string,
  used: ReadonlySet<string>,
): string[] {
  const byKey = new Map<string, SingleItem[]>();
  for (const item of shuffle(pool, seed)) {
    if (used.has(item.scenario.id)) continue;
    byKey.set(item.answerKey.best, [...(byKey.get(item.answerKey.best) ?? []), item]);
  }
  const queues = [...byKey.values()];
  const picked: string[] = [];
  for (let round = 0; picked.length < count && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) {
      const item = queue[round];
      if (item && picked.length < count) picked.push(item.scenario.id);
    }
  }
  return picked.length >= SORT_MIN_CARDS ? picked : [];
}
