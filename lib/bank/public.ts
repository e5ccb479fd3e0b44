/**
 * The answerless projection of an item: what a learner may see before the attempt is
 * submitted when feedback is deferred. Keys, accepted alternatives, explanations, "why not"
 * texts and citations are left out; scoring then happens on the server.
 */
import type { ChoiceItem, Item, ManyItem, SortItem, TwoTierItem } from './items';

type Public<T> = Omit<T, 'answer' | 'teaching'>;
export type PublicChoiceItem = Public<ChoiceItem>;
export type PublicManyItem = Public<ManyItem>;
export type PublicTwoTierItem = Public<TwoTierItem>;
export type PublicSortItem = Public<SortItem>;
export type PublicItem = PublicChoiceItem | PublicManyItem | PublicTwoTierItem | PublicSortItem;

export function toPublicItem(item: Item): PublicItem {
  const { answer: _answer, teaching: _teaching, ...rest } = item;
  return rest;
}
