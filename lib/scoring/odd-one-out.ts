/**
 * Odd one out: four scenarios, three keyed to one category. One point for picking the fourth.
 * The judgement is on the shared category: recognising what the three have in common is the skill.
 */
import { invalid, type Score } from '../items/score';
import { singleMarks } from './choice';

export type OddOneOutKey = {
  /** The scenario that does not belong. */
  odd: string;
  /** The category the other three share. */
  shared: string;
  /** The scenario ids offered, in the order shown. */
  scenarios: readonly string[];
};

export function scoreOddOneOut(choice: string | undefined, key: OddOneOutKey): Score {
  if (choice === undefined || choice === '') return invalid('Choose a case first.');
  if (!key.scenarios.includes(choice)) return invalid(`"${choice}" is not one of the cases.`);
  const credit = choice === key.odd ? 1 : 0;
  return {
    status: 'scored',
    earned: credit,
    max: 1,
    outcome: credit === 1 ? 'correct' : 'wrong',
    judgements: [{ scenarioId: key.odd, key: key.shared, credit }],
    detail: {
      kind: 'options',
      options: singleMarks(key.scenarios, choice, { best: key.odd, accepted: [] }),
    },
  };
}
