/**
 * Sort boards are scored per card: each card is one classified scenario worth one point,
 * its key or an accepted bucket. The board is complete only when every card is placed.
 */
import { invalid, outcomeOf, type Judgement, type Score } from './types';

export type SortKey = {
  keys: Readonly<Record<string, string>>;
  accepted: Readonly<Record<string, readonly string[]>>;
  buckets: readonly string[];
  cards: readonly string[];
};

export function scoreSort(
  placements: Readonly<Record<string, string>> | undefined,
  answer: SortKey,
): Score {
  const placed = placements ?? {};
  const missing = answer.cards.filter((card) => placed[card] === undefined).length;
  if (missing > 0) return invalid(`Place every card first (${missing} still to place).`);
  const stray = Object.keys(placed).find((card) => !answer.cards.includes(card));
  if (stray !== undefined) return invalid(`"${stray}" is not a card of this board.`);
  const badBucket = Object.values(placed).find((bucket) => !answer.buckets.includes(bucket));
  if (badBucket !== undefined) return invalid(`"${badBucket}" is not a bucket of this board.`);

  const cards: Record<string, 'correct' | 'accepted' | 'wrong'> = {};
  const judgements: Judgement[] = answer.cards.map((card) => {
    const key = answer.keys[card]!;
    const given = placed[card]!;
    const result =
      given === key
        ? 'correct'
        : (answer.accepted[card] ?? []).includes(given)
          ? 'accepted'
          : 'wrong';
    cards[card] = result;
    return { stemId: card, key, given, credit: result === 'wrong' ? 0 : 1 };
  });
  const earned = judgements.reduce((sum, j) => sum + j.credit, 0);
  return {
    status: 'scored',
    earned,
    max: answer.cards.length,
    outcome: outcomeOf(earned / answer.cards.length),
    judgements,
    detail: { kind: 'sort', cards },
  };
}
