/** The practice bank as the client loads it: a static JSON asset, cached for offline use. */
import { keyedScenarios } from '../items/registry';
import type { Item } from '../items/schema';

export const PRACTICE_BANK_VERSION = 2;
export const PRACTICE_BANK_URL = '/practice/bank';

/** Practice asks single-scenario items only; composites (boards) belong to quizzes and sets. */
export type PracticeItem = Item;

export type PracticeFramework = {
  id: string;
  label: string;
  shortLabel: string;
  categories: { id: string; label: string; shortLabel: string; definition: string }[];
};

export type PracticeBank = {
  version: typeof PRACTICE_BANK_VERSION;
  frameworks: PracticeFramework[];
  items: PracticeItem[];
};

/** The scenario an item asks about and the category it is scheduled under (the main key). */
export function practiceKeyOf(item: PracticeItem): { scenarioId: string; key: string } {
  return keyedScenarios(item)[0]!;
}
