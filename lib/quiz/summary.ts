/** The end-of-quiz summary: score, per-category breakdown, calibration and what was missed. Pure. */
import {
  categoryLabel,
  keyedScenarios,
  maxMarks,
  scoreItem,
  type ScoringOptions,
} from '../items/registry';
import type { LearnerResponse } from '../items/response';
import type { Item } from '../items/schema';
import type { Judgement, Score } from '../items/score';
import { calibration, type CalibrationRow } from '../scoring/certainty';

export type CategoryResult = {
  frameworkId: string;
  categoryId: string;
  /** The category's label, as the item names it (an odd-one-out item offers cases, not categories). */
  label: string;
  /** Credit earned over the scenarios keyed to this category (a half-right two-tier counts 0.5). */
  right: number;
  total: number;
};

export type QuizSummary = {
  earned: number;
  max: number;
  /** Items answered completely. */
  answered: number;
  total: number;
  /** Classified scenarios (a sort board counts each card) and how many were fully right. */
  scenarios: { right: number; total: number };
  /** Scenarios keyed to each category, in the order first met. */
  byCategory: CategoryResult[];
  /** Ids of items answered but not fully right, in quiz order. */
  missed: string[];
  /** Two-tier items with the right mode but the wrong reason. */
  rightAnswerWrongReason: string[];
  /** Accuracy at each certainty level, when certainty-based marking is on. */
  calibration?: CalibrationRow[];
  scores: Record<string, Score>;
};

export function summariseQuiz(
  items: readonly Item[],
  responses: Readonly<Record<string, LearnerResponse | undefined>>,
  options: ScoringOptions = {},
): QuizSummary {
  let earned = 0;
  let max = 0;
  let answered = 0;
  const missed: string[] = [];
  const rightAnswerWrongReason: string[] = [];
  const scores: Record<string, Score> = {};
  const byCategory = new Map<string, CategoryResult>();
  const judgements: Judgement[] = [];
  const scenarios = { right: 0, total: 0 };

  for (const item of items) {
    const score = scoreItem(item, responses[item.id], options);
    scores[item.id] = score;
    const credits = new Map(
      score.status === 'scored' ? score.judgements.map((j) => [j.scenarioId, j.credit]) : [],
    );
    for (const { scenarioId, key } of keyedScenarios(item)) {
      const groupId = `${item.frameworkId}:${key}`;
      const group = byCategory.get(groupId) ?? {
        frameworkId: item.frameworkId,
        categoryId: key,
        label: categoryLabel(item, key),
        right: 0,
        total: 0,
      };
      group.total++;
      group.right += credits.get(scenarioId) ?? 0;
      byCategory.set(groupId, group);
      scenarios.total++;
      if ((credits.get(scenarioId) ?? 0) >= 1) scenarios.right++;
    }
    if (score.status !== 'scored') {
      max += maxMarks(item, options);
      continue;
    }
    answered++;
    earned += score.earned;
    max += score.max;
    judgements.push(...score.judgements);
    if (score.outcome === 'wrong' || score.outcome === 'partial') missed.push(item.id);
    if (score.detail.kind === 'tiers' && score.detail.answer.right && !score.detail.reason.right) {
      rightAnswerWrongReason.push(item.id);
    }
  }
  return {
    earned: Math.round(earned * 1000) / 1000,
    max,
    answered,
    total: items.length,
    scenarios,
    byCategory: [...byCategory.values()],
    missed,
    rightAnswerWrongReason,
    calibration: options.certaintyBased ? calibration(judgements) : undefined,
    scores,
  };
}
