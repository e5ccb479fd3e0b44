/**
 * The items one attempt sees, in its order: with shuffling on, each attempt's seed gives its
 * own item order and option order, so neighbours do not see the same screen.
 */
import type { Item } from '../bank/items';
import { shuffle } from '../random/seeded';
import type { AssignmentSettings } from './settings';

export function itemsForAttempt(
  snapshot: readonly Item[],
  settings: Pick<AssignmentSettings, 'shuffleItems' | 'shuffleOptions'>,
  seed: string,
): Item[] {
  const ordered = settings.shuffleItems ? shuffle(snapshot, `${seed}:items`) : [...snapshot];
  if (!settings.shuffleOptions) return ordered;
  return ordered.map((item) => {
    const optionSeed = `${seed}:${item.id}`;
    switch (item.kind) {
      case 'sort':
        return { ...item, cards: shuffle(item.cards, optionSeed) };
      case 'two-tier':
        return {
          ...item,
          options: shuffle(item.options, optionSeed),
          reasons: shuffle(item.reasons, `${optionSeed}:reasons`),
        };
      default:
        return { ...item, options: shuffle(item.options, optionSeed) };
    }
  });
}
