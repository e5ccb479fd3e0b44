/** Dispatches an item and a response to the scorer of the item's kind. */
import type { Item } from '../bank/items';
import { scoreChoice } from './choice';
import type { Response } from './responses';
import { invalid, type Score } from './types';

export function scoreItem(item: Item, response: Response | undefined): Score {
  if (response === undefined) return invalid('Not answered yet.');
  switch (item.kind) {
    case 'classify':
    case 'distinguish':
    case 'attribute':
      return scoreChoice(response.choice, {
        key: item.answer.key,
        accepted: item.answer.accepted,
        options: item.options.map((o) => o.id),
      });
  }
}
