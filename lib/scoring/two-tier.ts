/**
 * Two-tier items: the mode (tier 1), then the reason that separates it (tier 2).
 * Half a point for the right mode, the other half only with the right reason too: a right
 * reason given for a wrong answer earns nothing. "Right answer, wrong reason" is partial.
 */
import { invalid, type Score } from './types';

export type TwoTierKey = {
  key: string;
  accepted: readonly string[];
  reason: string;
  options: readonly string[];
  reasons: readonly string[];
  stemId: string;
};

export function scoreTwoTier(
  response: { choice?: string; reason?: string } | undefined,
  answer: TwoTierKey,
): Score {
  if (!response?.choice) return invalid('Choose the mode first.');
  if (!response.reason) return invalid('Choose the reason too.');
  if (!answer.options.includes(response.choice))
    return invalid(`"${response.choice}" is not one of the options.`);
  if (!answer.reasons.includes(response.reason))
    return invalid(`"${response.reason}" is not one of the reasons.`);

  const answerRight = response.choice === answer.key || answer.accepted.includes(response.choice);
  const reasonRight = answerRight && response.reason === answer.reason;
  const credit = (answerRight ? 0.5 : 0) + (reasonRight ? 0.5 : 0);
  return {
    status: 'scored',
    earned: credit,
    max: 1,
    outcome: reasonRight
      ? response.choice === answer.key
        ? 'correct'
        : 'accepted'
      : answerRight
        ? 'partial'
        : 'wrong',
    judgements: [{ stemId: answer.stemId, key: answer.key, given: response.choice, credit }],
    detail: { kind: 'two-tier', answerRight, reasonRight },
  };
}
