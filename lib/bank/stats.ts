/** Counts over a loaded bank, for `bank:check --json` and the coverage rules. */
import type { Item } from '../items/schema';
import type { Bank } from './load';

export type BankStats = {
  scenarios: number;
  items: number;
  itemsByKind: Record<string, number>;
  contexts: Record<string, number>;
  frameworks: Record<
    string,
    {
      scenarios: number;
      items: number;
      /** Category id → scenarios whose lens keys it (as the key or among "keys"). */
      categories: Record<string, number>;
      difficulty: Record<string, number>;
    }
  >;
};

export function bankStats(bank: Bank, items: readonly Item[]): BankStats {
  const count = (record: Record<string, number>, key: string) => {
    record[key] = (record[key] ?? 0) + 1;
  };
  const itemsByKind: Record<string, number> = {};
  const contexts: Record<string, number> = {};
  items.forEach((item) => count(itemsByKind, item.kind));
  bank.scenarios.forEach((s) => count(contexts, s.context));

  const frameworks: BankStats['frameworks'] = {};
  for (const framework of bank.frameworks) {
    const categories = Object.fromEntries(framework.categories.map((c) => [c.id, 0]));
    const difficulty: Record<string, number> = { '1': 0, '2': 0, '3': 0 };
    let scenarios = 0;
    for (const scenario of bank.scenarios) {
      const entry = scenario.lenses[framework.id];
      if (!entry) continue;
      scenarios++;
      count(difficulty, String(entry.difficulty));
      new Set([...(entry.key ? [entry.key] : []), ...(entry.keys ?? [])]).forEach((id) =>
        count(categories, id),
      );
    }
    frameworks[framework.id] = {
      scenarios,
      items: items.filter((i) => i.frameworkId === framework.id).length,
      categories,
      difficulty,
    };
  }
  return {
    scenarios: bank.scenarios.length,
    items: items.length,
    itemsByKind,
    contexts,
    frameworks,
  };
}
