/**
 * What the item-analysis page shows, derived from the figures and the items: titles and option
 * labels for every row, a board's cards one by one, and contrast pairs for the pairs the class
 * confuses. Pure, so the page only renders.
 */
import { contrastSuggestions, type ContrastSuggestion } from '../assignments/contrast-suggestions';
import { parsePartId } from '../items/ids';
import { itemTitle, optionLabel, scenariosOf } from '../items/registry';
import type { Item } from '../items/schema';
import type { ConfusedPair } from './confusion';
import type { ItemStatistics, OptionCount } from './item-analysis';

export type AnalysisRow = ItemStatistics & {
  title: string;
  options: (OptionCount & { label: string })[];
};

function rowOf(stat: ItemStatistics, item: Item | undefined, title: string): AnalysisRow {
  return {
    ...stat,
    title,
    options: stat.optionCounts.map((o) => ({
      ...o,
      label: item ? optionLabel(item, o.optionId) : o.optionId,
    })),
  };
}

/** One row per item, titled. */
export function itemRows(stats: readonly ItemStatistics[], items: readonly Item[]): AnalysisRow[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return stats.map((stat) => {
    const item = byId.get(stat.itemId);
    return rowOf(stat, item, item ? itemTitle(item) : stat.itemId);
  });
}

/** The rows that stand for one scenario of a multi-scenario item (a board's cards). */
export function partRows(stats: readonly ItemStatistics[], items: readonly Item[]): AnalysisRow[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return stats.flatMap((stat) => {
    const part = parsePartId(stat.itemId);
    if (!part) return [];
    const item = byId.get(part.itemId);
    const scenario = item && scenariosOf(item).find((s) => s.id === part.scenarioId);
    return [rowOf(stat, item, scenario?.title ?? stat.itemId)];
  });
}

export type PairAdvice = ConfusedPair & {
  suggestions: ContrastSuggestion[];
  /** Item ids for "make an assignment of these", each once. */
  itemIds: string[];
};

/** For each confused pair: up to `limit` contrast pairs from the bank, one keyed to each side. */
export function pairAdvice(
  pairs: readonly ConfusedPair[],
  bankItems: readonly Item[],
  limit = 4,
): PairAdvice[] {
  return pairs.map((pair) => {
    const suggestions = contrastSuggestions(
      bankItems,
      pair.frameworkId,
      pair.key,
      pair.given,
      limit,
    );
    return {
      ...pair,
      suggestions,
      itemIds: [...new Set(suggestions.flatMap((s) => [s.a.id, s.b.id]))],
    };
  });
}
