/**
 * Two-tier items: the mode (tier 1), then the reason that separates it (tier 2).
 * Half a point for the right mode, the other half only with the right reason too: a right
 * reason given for a wrong answer earns nothing. "Right answer, wrong reason" is partial.
 */
import { invalid, type Score } from '../items/score';
import { singleMarks } from './choice';

export type TwoTierKey = {
  best: string;
  accepted: readonly string[];
  reason: string;
  options: readonly string[];
  reasons: readonly string[];
  scenarioId: string;
};

export function scoreTwoTier(
  response: { choice?: string; reason?: string } | undefined,
  key: TwoTierKey,
): Score {
  if (!response?.choice) return invalid('Choose the mode first.');
  if (!response.reason) return invalid('Choose the reason too.');
  if (!key.options.includes(response.choice))
    return invalid(`"${response.choice}" is not one of the options.`);
  if (!key.reasons.includes(response.reason))
    return invalid(`"${response.reason}" is not one of the reasons.`);

  const answerRight = response.choice === key.best || key.accepted.includes(response.choice);
  const reasonRight = answerRight && response.reason === key.reason;
  const credit = (answerRight ? 0.5 : 0) + (reasonRight ? 0.5 : 0);
  return {
    status: 'scored',
    earned: credit,
    max: 1,
    outcome: reasonRight
      ? response.choice === key.best
        ? 'correct'
        : 'accepted'
      : answerRight
        ? 'partial'
        : 'wrong',
    judgements: [{ scenarioId: key.scenarioId, key: key.best, given: response.choice, credit }],
    detail: {
      kind: 'tiers',
      answer: { right: answerRight, options: singleMarks(key.options, response.choice, key) },
      reason: {
        right: reasonRight,
        options: singleMarks(key.reasons, response.reason, { best: key.reason, accepted: [] }),
      },
    },
  };
}
