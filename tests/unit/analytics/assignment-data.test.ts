import { describe, expect, it } from 'vitest';
import {
  itemLevelInput,
  judgedOf,
  scenarioLevelInput,
  type AttemptAnswers,
  type StoredAnswer,
} from '@/lib/analytics/assignment-data';
import type { Item, SortItem } from '@/lib/items/schema';
import { partId } from '@/lib/items/ids';
import { makeSortItem } from '@/lib/items/kinds/sort';
import type { LearnerResponse as Response } from '@/lib/items/response';
import { scoreItem } from '@/lib/items/registry';
import { firstOfKind, realBank, scenariosWithDifferentKeys } from '../assignments/real-bank';

/** Scores a response as the server stores it; with certainty, raw marks stay the unweighted ones. */
function stored(item: Item, response: Response, certaintyBased = false): StoredAnswer {
  const raw = scoreItem(item, response);
  const score = scoreItem(item, response, { certaintyBased });
  if (raw.status !== 'scored' || score.status !== 'scored') {
    throw new Error(`the response to ${item.id} does not score`);
  }
  return { response, score, rawEarned: raw.earned };
}

function attempt(attemptId: string, answers: AttemptAnswers['answers']): AttemptAnswers {
  return { attemptId, answers };
}

function sortBoard(): SortItem {
  const { bank, byId } = realBank();
  const pajtinka = bank.frameworks.find((f) => f.id === 'pajtinka')!;
  const scenarios = scenariosWithDifferentKeys('pajtinka', 4).map((c) => c.scenario.id);
  const board = makeSortItem(pajtinka, scenarios, byId);
  if (!board) throw new Error('no sort board');
  return board;
}

// A classify item with an accepted alternative, a classify-many item with several keys,
// a two-tier item and a four-card sort board whose first card has an accepted bucket.
const classify = firstOfKind('classify', (i) => i.answerKey.accepted.length > 0);
const many = firstOfKind('classify-many', (i) => i.answerKey.applies.length > 1);
const twoTier = firstOfKind('two-tier');
const board = sortBoard();
const items: Item[] = [classify, many, twoTier, board];

const [firstCard, ...otherCards] = board.scenarios;
const acceptedBucket = board.answerKey.placements[firstCard!.id]!.accepted[0]!;
const wrongBucketOf = (cardId: string) =>
  board.buckets.find(
    (b) =>
      b.id !== board.answerKey.placements[cardId]!.best &&
      !board.answerKey.placements[cardId]!.accepted.includes(b.id),
  )!.id;
const classifyWrong = classify.options.find(
  (o) => o.id !== classify.answerKey.best && !classify.answerKey.accepted.includes(o.id),
)!.id;
const manyWrong = many.options.find((o) => !many.answerKey.applies.includes(o.id))!.id;
const lastCard = otherCards.at(-1)!;
const adaPlacements: Record<string, string> = Object.fromEntries(
  board.scenarios.map((c) => [
    c.id,
    c.id === firstCard!.id
      ? acceptedBucket
      : c.id === lastCard.id
        ? wrongBucketOf(c.id)
        : board.answerKey.placements[c.id]!.best,
  ]),
);

// Ada answers everything: a wrong classify option, the many keys plus one wrong, two-tier with
// certainty, and the board with the first card on an accepted bucket and the last card wrong.
const ada = attempt('ada', {
  [classify.id]: stored(classify, { kind: 'choice', choice: classifyWrong }),
  [many.id]: stored(many, { kind: 'many', choices: [...many.answerKey.applies, manyWrong] }),
  [twoTier.id]: stored(
    twoTier,
    {
      kind: 'two-tier',
      choice: twoTier.answerKey.best,
      reason: twoTier.answerKey.reason,
      certainty: 3,
    },
    true,
  ),
  [board.id]: stored(board, { kind: 'sort', placements: adaPlacements }),
});

// Bea answers only the classify item, with its key; the rest is missing or explicitly undefined.
const bea = attempt('bea', {
  [classify.id]: stored(classify, { kind: 'choice', choice: classify.answerKey.best }),
  [board.id]: undefined,
});

describe('the example', () => {
  it('has an accepted bucket and a wrong bucket to use on the board', () => {
    expect(board.scenarios).toHaveLength(4);
    expect(acceptedBucket).not.toBe(board.answerKey.placements[firstCard!.id]!.best);
    expect(ada.answers[twoTier.id]!.score.earned).not.toBe(ada.answers[twoTier.id]!.rawEarned);
  });
});

describe('itemLevelInput', () => {
  const input = itemLevelInput(items, [ada, bea]);

  it('has one entry per item, worth as many marks as the item has keyed scenarios', () => {
    expect(input.items.map((i) => [i.id, i.max])).toEqual([
      [classify.id, 1],
      [many.id, 1],
      [twoTier.id, 1],
      [board.id, 4],
    ]);
  });

  it('offers the options, or a board’s buckets, and names the keys', () => {
    const [c, m, t, s] = input.items;
    expect(c).toMatchObject({
      options: classify.options.map((o) => o.id),
      keys: [classify.answerKey.best, ...classify.answerKey.accepted],
    });
    expect(m).toMatchObject({
      options: many.options.map((o) => o.id),
      keys: many.answerKey.applies,
    });
    expect(t).toMatchObject({
      options: twoTier.options.map((o) => o.id),
      keys: [twoTier.answerKey.best, ...twoTier.answerKey.accepted],
    });
    expect(s).toMatchObject({ options: board.buckets.map((b) => b.id), keys: [] });
  });

  it('has one student per attempt', () => {
    expect(input.students.map((s) => s.studentId)).toEqual(['ada', 'bea']);
  });

  it('takes the chosen options from the responses and the raw, unweighted marks', () => {
    const responses = input.students[0]!.responses;
    expect(responses[classify.id]).toEqual({ earned: 0, chosen: [classifyWrong] });
    expect(responses[many.id]).toEqual({
      earned: ada.answers[many.id]!.rawEarned,
      chosen: [...many.answerKey.applies, manyWrong],
    });
    expect(responses[twoTier.id]).toEqual({ earned: 1, chosen: [twoTier.answerKey.best] });
    expect(responses[board.id]).toEqual({ earned: 3, chosen: [] });
  });

  it('leaves unanswered items undefined', () => {
    const responses = input.students[1]!.responses;
    expect(responses[classify.id]).toEqual({ earned: 1, chosen: [classify.answerKey.best] });
    expect(Object.keys(responses)).toEqual(items.map((i) => i.id));
    expect(responses[many.id]).toBeUndefined();
    expect(responses[twoTier.id]).toBeUndefined();
    expect(responses[board.id]).toBeUndefined();
  });

  it('has no students without attempts', () => {
    expect(itemLevelInput(items, []).students).toEqual([]);
  });
});

describe('scenarioLevelInput', () => {
  const input = scenarioLevelInput(items, [ada, bea]);
  const cardPart = (cardId: string) => partId(board.id, cardId);

  it('expands a sort board into one part per card, after the other items', () => {
    expect(input.items.map((i) => i.id)).toEqual([
      classify.id,
      many.id,
      twoTier.id,
      ...board.scenarios.map((c) => cardPart(c.id)),
    ]);
    expect(cardPart('x')).toBe(`${board.id}#x`);
  });

  it('gives each card one mark, the buckets as options and its key and accepted buckets as keys', () => {
    for (const card of board.scenarios) {
      expect(input.items.find((i) => i.id === cardPart(card.id))).toEqual({
        id: cardPart(card.id),
        max: 1,
        options: board.buckets.map((b) => b.id),
        keys: [
          board.answerKey.placements[card.id]!.best,
          ...board.answerKey.placements[card.id]!.accepted,
        ],
      });
    }
    const first = input.items.find((i) => i.id === cardPart(firstCard!.id))!;
    expect(first.keys).toContain(acceptedBucket);
  });

  it('keeps other items as they are at item level', () => {
    expect(input.items.slice(0, 3)).toEqual(itemLevelInput(items, []).items.slice(0, 3));
  });

  it('marks each card right or wrong and takes the bucket it was placed on', () => {
    const responses = input.students[0]!.responses;
    expect(responses[cardPart(firstCard!.id)]).toEqual({ earned: 1, chosen: [acceptedBucket] });
    expect(responses[cardPart(lastCard.id)]).toEqual({
      earned: 0,
      chosen: [wrongBucketOf(lastCard.id)],
    });
    for (const card of otherCards.slice(0, -1)) {
      expect(responses[cardPart(card.id)]).toEqual({
        earned: 1,
        chosen: [board.answerKey.placements[card.id]!.best],
      });
    }
  });

  it('takes the other items’ chosen options and raw marks from the responses', () => {
    const responses = input.students[0]!.responses;
    expect(responses[classify.id]).toEqual({ earned: 0, chosen: [classifyWrong] });
    expect(responses[twoTier.id]).toEqual({ earned: 1, chosen: [twoTier.answerKey.best] });
  });

  it('leaves every part of an unanswered item undefined', () => {
    const responses = input.students[1]!.responses;
    expect(Object.keys(responses)).toEqual(input.items.map((i) => i.id));
    expect(responses[classify.id]).toEqual({ earned: 1, chosen: [classify.answerKey.best] });
    expect(responses[many.id]).toBeUndefined();
    for (const card of board.scenarios) expect(responses[cardPart(card.id)]).toBeUndefined();
  });
});

describe('judgedOf', () => {
  it('gives one judgement per classified scenario, with its framework, key and answer', () => {
    const judged = judgedOf(items, [ada]);
    expect(judged).toEqual([
      { frameworkId: classify.frameworkId, key: classify.answerKey.best, given: classifyWrong },
      { frameworkId: many.frameworkId, key: many.answerKey.primary, given: undefined },
      { frameworkId: 'modes', key: twoTier.answerKey.best, given: twoTier.answerKey.best },
      ...board.scenarios.map((card) => ({
        frameworkId: 'pajtinka',
        key: board.answerKey.placements[card.id]!.best,
        given: adaPlacements[card.id],
      })),
    ]);
  });

  it('skips unanswered items and adds up attempts', () => {
    expect(judgedOf(items, [bea])).toEqual([
      {
        frameworkId: classify.frameworkId,
        key: classify.answerKey.best,
        given: classify.answerKey.best,
      },
    ]);
    expect(judgedOf(items, [ada, bea])).toHaveLength(3 + board.scenarios.length + 1);
  });

  it('skips answers to items that are not in the assignment', () => {
    expect(judgedOf([classify], [ada])).toEqual([
      { frameworkId: classify.frameworkId, key: classify.answerKey.best, given: classifyWrong },
    ]);
  });
});
