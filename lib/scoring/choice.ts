/** Single-choice items (classify, distinguish, attribute): one point for the key or an accepted alternative. */
import { invalid, scored, type Score } from './types';

export type ChoiceKey = {
  key: string;
  accepted: readonly string[];
  /** The option ids the learner was offered. */
  options: readonly string[];
};

export function scoreChoice(choice: string | undefined, answer: ChoiceKey): Score {
  if (choice === undefined || choice === '') return invalid('Choose an option first.');
  if (!answer.options.includes(choice)) return invalid(`"${choice}" is not one of the options.`);
  if (choice === answer.key) return scored(1, 1, 'correct');
  if (answer.accepted.includes(choice)) return scored(1, 1, 'accepted');
  return scored(0, 1, 'wrong');
}
