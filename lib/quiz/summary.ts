/** The end-of-quiz summary: score, per-category breakdown and what was missed. Pure. */
import type { Item } from '../bank/items';
import type { Response } from '../scoring/responses';
import { scoreItem } from '../scoring/score-item';
import { isRight, type Score } from '../scoring/types';

export type CategoryResult = {
  frameworkId: string;
  categoryId: string;
  /** The option label of the category, as the learner saw it. */
  label: string;
  right: number;
  total: number;
};

export type QuizSummary = {
  earned: number;
  max: number;
  answered: number;
  total: number;
  /** Items grouped by the category of their key, in the order first met. */
  byCategory: CategoryResult[];
  /** Ids of items answered but not fully right, in quiz order. */
  missed: string[];
  scores: Record<string, Score>;
};

export function summariseQuiz(
  items: readonly Item[],
  responses: Readonly<Record<string, Response | undefined>>,
): QuizSummary {
  let earned = 0;
  let max = 0;
  let answered = 0;
  const missed: string[] = [];
  const scores: Record<string, Score> = {};
  const byCategory = new Map<string, CategoryResult>();

  for (const item of items) {
    const score = scoreItem(item, responses[item.id]);
    scores[item.id] = score;
    const key = item.answer.key;
    const groupId = `${item.frameworkId}:${key}`;
    const group = byCategory.get(groupId) ?? {
      frameworkId: item.frameworkId,
      categoryId: key,
      label: item.options.find((o) => o.id === key)?.label ?? key,
      right: 0,
      total: 0,
    };
    group.total++;
    byCategory.set(groupId, group);
    if (score.status !== 'scored') {
      max += 1;
      continue;
    }
    answered++;
    earned += score.earned;
    max += score.max;
    if (isRight(score)) group.right++;
    else missed.push(item.id);
  }
  return {
    earned,
    max,
    answered,
    total: items.length,
    byCategory: [...byCategory.values()],
    missed,
    scores,
  };
}
