/**
 * Turns an assignment's items and its students' stored answers into the inputs of the item
 * analysis and the confusion matrix, at two grains: whole items, and every classified scenario
 * (a sort board's cards one by one, where one figure for the board would hide which card misleads).
 */
import { partId } from '../items/ids';
import {
  chosenInPart,
  chosenOf,
  keyedScenarios,
  optionsOf,
  partsOf,
  rightOptionsOf,
} from '../items/registry';
import type { LearnerResponse } from '../items/response';
import type { Item } from '../items/schema';
import type { Scored } from '../items/score';
import type { Judged } from './confusion';
import type { AnalysedItem, StudentResult } from './item-analysis';

export type StoredAnswer = {
  response: LearnerResponse;
  score: Scored;
  /** Marks without certainty weighting. */
  rawEarned: number;
};

export type AttemptAnswers = {
  attemptId: string;
  answers: Record<string, StoredAnswer | undefined>;
};

export type AnalysisInput = { items: AnalysedItem[]; students: StudentResult[] };

function analysedItemOf(item: Item): AnalysedItem {
  return {
    id: item.id,
    max: keyedScenarios(item).length,
    options: optionsOf(item).map((o) => o.id),
    keys: rightOptionsOf(item),
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
            answer && { earned: answer.rawEarned, chosen: chosenOf(item, answer.response) },
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
  type Row = { item: Item; scenarioId: string | undefined; analysed: AnalysedItem };
  const rows = items.flatMap((item): Row[] => {
    const parts = partsOf(item);
    return parts.length === 0
      ? [{ item, scenarioId: undefined, analysed: analysedItemOf(item) }]
      : parts.map((part) => ({
          item,
          scenarioId: part.scenarioId,
          analysed: {
            id: partId(item.id, part.scenarioId),
            max: 1,
            options: part.options,
            keys: part.rightOptions,
          },
        }));
  });
  return {
    items: rows.map((r) => r.analysed),
    students: attempts.map((attempt) => ({
      studentId: attempt.attemptId,
      responses: Object.fromEntries(
        rows.map(({ item, scenarioId, analysed }) => {
          const answer = attempt.answers[item.id];
          if (!answer) return [analysed.id, undefined];
          if (scenarioId === undefined) {
            return [
              analysed.id,
              { earned: answer.rawEarned, chosen: chosenOf(item, answer.response) },
            ];
          }
          const judgement = answer.score.judgements.find((j) => j.scenarioId === scenarioId);
          return [
            analysed.id,
            {
              earned: judgement && judgement.credit > 0 ? 1 : 0,
              chosen: chosenInPart(item, answer.response, scenarioId),
            },
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
