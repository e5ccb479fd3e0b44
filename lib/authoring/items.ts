/**
 * An instructor's own scenarios become items exactly as the bank's do. Inside the app each gets
 * an id of its own ("own-" and the row's id), so two instructors' "week-3-case" never meet and
 * no own item can take a shipped scenario's id.
 */
import { generateItems } from '../bank/generate';
import type { Bank } from '../bank/load';
import type { Scenario } from '../bank/schema';
import type { Item } from '../items/schema';
import { INTERNAL_PREFIX } from './check';

export type OwnScenario = {
  /** The row's id, e.g. "k3j9x2ab7q4m". */
  id: string;
  scenario: Scenario;
};

export const internalScenarioId = (rowId: string): string => `${INTERNAL_PREFIX}${rowId}`;

/** Whether an item id or scenario id names an own scenario. */
export const isOwnScenarioId = (scenarioId: string): boolean =>
  scenarioId.startsWith(INTERNAL_PREFIX);

/**
 * The items of one instructor's scenarios. Their contrast links name the instructor's own ids,
 * so they are resolved within the same instructor's scenarios.
 */
export function ownItemsOf(
  own: readonly OwnScenario[],
  bank: Pick<Bank, 'frameworks' | 'references'>,
): Item[] {
  const internalBySlug = new Map(own.map((o) => [o.scenario.id, internalScenarioId(o.id)]));
  const scenarios = own.map(({ id, scenario }) => ({
    ...scenario,
    id: internalScenarioId(id),
    heldBack: true,
    contrastWith: scenario.contrastWith.flatMap((slug) => internalBySlug.get(slug) ?? []),
  }));
  return generateItems({ ...bank, scenarios });
}
