/**
 * Turns an assignment's items and its students' stored answers into the inputs of the item
 * analysis and the confusion matrix, at two grains: whole items, and every classified scenario
 * (a sort board's cards one by one, where one figure for the board would hide which card misleads).
 */
import { keyedStems, type Item } from '../bank/items';
import type { Response } from '../scoring/responses';
import type { Scored } from '../scoring/types';
import type { Judged } from './confusion';
import type { AnalysedItem, StudentResult } from './item-analysis';

export type StoredAnswer = {
  response: Response;
  score: Scored;
  /** Marks without certainty weighting. */
  rawEarned: number;
};

export type AttemptAnswers = {
  attemptId: string;
  answers: Record<string, StoredAnswer | undefined>;
};

export type AnalysisInput = { items: AnalysedItem[]; students: StudentResult[] };

/** Separates an item id from a card id in a scenario-level id ("sort.x.a~b#a"). */
export const PART_SEPARATOR = '#';

function chosenOf(response: Response): string[] {
  switch (response.kind) {
    case 'choice':
    case 'two-tier':
      return [response.choice];
    case 'many':
      return response.choices;
    case 'sort':
      return [];
  }
}

function optionsOf(item: Item): string[] {
  return item.kind === 'sort' ? item.buckets.map((b) => b.id) : item.options.map((o) => o.id);
}

function keysOf(item: Item): string[] {
  switch (item.kind) {
    case 'sort':
      return [];
    case 'classify-many':
      return item.answer.keys;
    default:
      return [item.answer.key, ...item.answer.accepted];
  }
}

function analysedItemOf(item: Item): AnalysedItem {
  return {
    id: item.id,
    max: keyedStems(item).length,
    options: optionsOf(item),
    keys: keysOf(item),
  };
}

/** One row per item; marks are raw (certainty weighting would distort facility). */
export function itemLevelInput(
  items: readonly Item[],
  attempts: readonly AttemptAnswers[],
): AnalysisInput {
  return {
    items: items.map(analysedItemOf),
    students: attempts.map((attempt) => ({
      studentId: attempt.attemptId,
      responses: Object.fromEntries(
        items.map((item) => {
          const answer = attempt.answers[item.id];
          return [
            item.id,
            answer && { earned: answer.rawEarned, chosen: chosenOf(answer.response) },
          ];
        }),
      ),
    })),
  };
}

/** One row per classified scenario: a sort board contributes one per card, other items one each. */
export function scenarioLevelInput(
  items: readonly Item[],
  attempts: readonly AttemptAnswers[],
): AnalysisInput {
  type Part = { item: Item; cardId: string | undefined; analysed: AnalysedItem };
  const parts = items.flatMap((item): Part[] =>
    item.kind === 'sort'
      ? item.cards.map((card) => ({
          item,
          cardId: card.id,
          analysed: {
            id: `${item.id}${PART_SEPARATOR}${card.id}`,
            max: 1,
            options: item.buckets.map((b) => b.id),
            keys: [item.answer.keys[card.id]!, ...(item.answer.accepted[card.id] ?? [])],
          },
        }))
      : [{ item, cardId: undefined, analysed: analysedItemOf(item) }],
  );
  return {
    items: parts.map((p) => p.analysed),
    students: attempts.map((attempt) => ({
      studentId: attempt.attemptId,
      responses: Object.fromEntries(
        parts.map(({ item, cardId, analysed }) => {
          const answer = attempt.answers[item.id];
          if (!answer) return [analysed.id, undefined];
          if (cardId === undefined) {
            return [analysed.id, { earned: answer.rawEarned, chosen: chosenOf(answer.response) }];
          }
          const placed =
            answer.response.kind === 'sort' ? answer.response.placements[cardId] : undefined;
          const judgement = answer.score.judgements.find((j) => j.stemId === cardId);
          return [
            analysed.id,
            { earned: judgement && judgement.credit > 0 ? 1 : 0, chosen: placed ? [placed] : [] },
          ];
        }),
      ),
    })),
  };
}

/** Every single-category judgement (key and what was given), for the class confusion matrix. */
export function judgedOf(items: readonly Item[], attempts: readonly AttemptAnswers[]): Judged[] {
  const frameworkOf = new Map(items.map((item) => [item.id, item.frameworkId]));
  return attempts.flatMap((attempt) =>
    Object.entries(attempt.answers).flatMap(([itemId, answer]) => {
      const frameworkId = frameworkOf.get(itemId);
      if (!answer || frameworkId === undefined) return [];
      return answer.score.judgements.map((j) => ({ frameworkId, key: j.key, given: j.given }));
    }),
  );
}
