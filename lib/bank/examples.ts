/** Scenarios that illustrate a category, for the concept pages. */
import type { Bank } from './load';
import type { Scenario } from './schema';

export type Example = { scenario: Scenario; primary: boolean };

/** Scenarios keyed to the category (its key first, then those where it is one of several keys). */
export function examplesOf(bank: Bank, frameworkId: string, categoryId: string): Example[] {
  const primary: Example[] = [];
  const secondary: Example[] = [];
  for (const scenario of bank.scenarios) {
    const entry = scenario.lenses[frameworkId];
    if (!entry) continue;
    if (entry.key === categoryId) primary.push({ scenario, primary: true });
    else if (entry.keys?.includes(categoryId)) secondary.push({ scenario, primary: false });
  }
  return [...primary, ...secondary];
}
