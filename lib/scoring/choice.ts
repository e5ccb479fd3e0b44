/** Single-choice items (classify, distinguish, attribute): one point for the key or an accepted alternative. */
import { invalid, type Score } from './types';

export type ChoiceKey = {
  key: string;
  accepted: readonly string[];
  /** The option ids the learner was offered. */
  options: readonly string[];
  stemId: string;
};

export function scoreChoice(choice: string | undefined, answer: ChoiceKey): Score {
  if (choice === undefined || choice === '') return invalid('Choose an option first.');
  if (!answer.options.includes(choice)) return invalid(`"${choice}" is not one of the options.`);
  const outcome =
    choice === answer.key ? 'correct' : answer.accepted.includes(choice) ? 'accepted' : 'wrong';
  const credit = outcome === 'wrong' ? 0 : 1;
  return {
    status: 'scored',
    earned: credit,
    max: 1,
    outcome,
    judgements: [{ stemId: answer.stemId, key: answer.key, given: choice, credit }],
  };
}
