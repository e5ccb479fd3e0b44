/** The practice bank as the client loads it: a static JSON asset, cached for offline use. */
import type { ChoiceItem, ManyItem, TwoTierItem } from '../bank/items';

export const PRACTICE_BANK_VERSION = 1;
export const PRACTICE_BANK_URL = '/practice/bank';

export type PracticeItem = ChoiceItem | ManyItem | TwoTierItem;

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

/** The key category an item is scheduled under: the key, or the main one of several. */
export function practiceKeyOf(item: PracticeItem): string {
  return item.kind === 'classify-many' ? item.answer.primary : item.answer.key;
}
