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

/**
 * One item of an attempt, exactly as `itemsForAttempt` gives it, without shuffling the others:
 * an answer needs only its own item. Every item of the snapshot is in every attempt; only the
 * order differs, and an item's options depend on its own id and the seed alone.
 */
export function attemptItem(
  snapshot: readonly Item[],
  settings: Pick<AssignmentSettings, 'shuffleOptions'>,
  seed: string,
  itemId: string,
): Item | undefined {
  const item = snapshot.find((i) => i.id === itemId);
  if (!item || !settings.shuffleOptions) return item;
  return shuffleItem(item, `${seed}:${item.id}`);
}
