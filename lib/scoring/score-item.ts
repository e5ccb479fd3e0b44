/**
 * Dispatches an item and a response to the scorer of the item's kind, then applies
 * certainty-based marking when the quiz asks for it.
 */
import type { Item } from '../bank/items';
import { applyCertainty } from './certainty';
import { scoreChoice } from './choice';
import { scoreMany } from './many';
import type { Certainty, Response } from './responses';
import { scoreSort } from './sort';
import { scoreTwoTier } from './two-tier';
import { invalid, type Score } from './types';

export type ScoringOptions = { certaintyBased?: boolean };

export function scoreItem(
  item: Item,
  response: Response | undefined,
  options: ScoringOptions = {},
): Score {
  if (response === undefined) return invalid('Not answered yet.');
  const score = scoreByKind(item, response);
  if (score.status !== 'scored') return score;
  const withCertainty = {
    ...score,
    judgements: score.judgements.map((j) => {
      const certainty = certaintyOf(response, j.stemId);
      return certainty === undefined ? j : { ...j, certainty };
    }),
  };
  return options.certaintyBased ? applyCertainty(withCertainty) : withCertainty;
}

function scoreByKind(item: Item, response: Response): Score {
  const mismatch = () => invalid(`A ${response.kind} answer does not fit a ${item.kind} item.`);
  switch (item.kind) {
    case 'classify':
    case 'distinguish':
    case 'attribute':
      if (response.kind !== 'choice') return mismatch();
      return scoreChoice(response.choice, {
        key: item.answer.key,
        accepted: item.answer.accepted,
        options: item.options.map((o) => o.id),
        stemId: item.stem.id,
      });
    case 'classify-many':
      if (response.kind !== 'many') return mismatch();
      return scoreMany(response.choices, {
        keys: item.answer.keys,
        primary: item.answer.primary,
        options: item.options.map((o) => o.id),
        stemId: item.stem.id,
      });
    case 'two-tier':
      if (response.kind !== 'two-tier') return mismatch();
      return scoreTwoTier(response, {
        ...item.answer,
        options: item.options.map((o) => o.id),
        reasons: item.reasons.map((r) => r.id),
        stemId: item.stem.id,
      });
    case 'sort':
      if (response.kind !== 'sort') return mismatch();
      return scoreSort(response.placements, {
        ...item.answer,
        buckets: item.buckets.map((b) => b.id),
        cards: item.cards.map((c) => c.id),
      });
  }
}

function certaintyOf(response: Response, stemId: string): Certainty | undefined {
  return response.kind === 'sort' ? response.certainty?.[stemId] : response.certainty;
}
