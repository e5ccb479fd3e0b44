/**
 * The items one attempt sees, in its order: with shuffling on, each attempt's seed gives its
 * own item order and option order, so neighbours do not see the same screen.
 */
import { shuffleItem } from '../items/registry';
import type { Item } from '../items/schema';
import { shuffle } from '../random/seeded';
import type { AssignmentSettings } from './settings';

export function itemsForAttempt(
  snapshot: readonly Item[],
  settings: Pick<AssignmentSettings, 'shuffleItems' | 'shuffleOptions'>,
  seed: string,
): Item[] {
  const ordered = settings.shuffleItems ? shuffle(snapshot, `${seed}:items`) : [...snapshot];
  if (!settings.shuffleOptions) return ordered;
  return ordered.map((item) => shuffleItem(item, `${seed}:${item.id}`));
}
