/** What a compare page shows, from the bank: both categories, the separator, example pairs. */
import type { Comparison } from './compare';
import { comparisonId } from './compare';
import type { Bank } from './load';
import type { Category, Framework, Scenario } from './schema';

export type ComparedScenario = {
  scenario: Scenario;
  category: Category;
  explanation: string;
  /** The words of the case that decide it. */
  cue?: string;
};

export type ComparisonView = {
  framework: Framework;
  /** In the order the comparison names them. */
  categories: [Category, Category];
  shared: string;
  separator: string;
  examples: [ComparedScenario, ComparedScenario][];
};

export function comparisonView(
  bank: Pick<Bank, 'frameworks' | 'scenarios' | 'comparisons'>,
  frameworkId: string,
  pairId: string,
): ComparisonView | undefined {
  const framework = bank.frameworks.find((f) => f.id === frameworkId);
  const file = bank.comparisons.find((c) => c.framework === frameworkId);
  const comparison = file?.comparisons.find((c) => comparisonId(...c.categories) === pairId);
  if (!framework || !comparison) return undefined;
  const category = (id: string) => framework.categories.find((c) => c.id === id);
  const [a, b] = comparison.categories.map(category);
  if (!a || !b) return undefined;
  const byId = new Map(bank.scenarios.map((s) => [s.id, s]));
  const side = (scenarioId: string, wanted: Category): ComparedScenario | undefined => {
    const scenario = byId.get(scenarioId);
    const lens = scenario?.lenses[framework.id];
    if (!scenario || !lens || scenario.heldBack) return undefined;
    return { scenario, category: wanted, explanation: lens.explanation, cue: lens.cue };
  };
  const examples = comparison.examples.flatMap(([x, y]): [ComparedScenario, ComparedScenario][] => {
    const left = side(x, a);
    const right = side(y, b);
    return left && right ? [[left, right]] : [];
  });
  return {
    framework,
    categories: [a, b],
    shared: comparison.shared,
    separator: comparison.separator,
    examples,
  };
}

/** Every compare page of the bank, for static generation and the concept pages' links. */
export function allComparisons(
  bank: Pick<Bank, 'comparisons'>,
): { frameworkId: string; pairId: string; categories: Comparison['categories'] }[] {
  return bank.comparisons.flatMap((file) =>
    file.comparisons.map((c) => ({
      frameworkId: file.framework,
      pairId: comparisonId(...c.categories),
      categories: c.categories,
    })),
  );
}
