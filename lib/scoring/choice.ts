/** Single-choice items (classify, distinguish, attribute): one point for the key or an accepted alternative. */
import { invalid, type OptionResult, type Score } from '../items/score';

export type ChoiceKey = {
  best: string;
  accepted: readonly string[];
  /** The option ids the learner was offered, in the order shown. */
  options: readonly string[];
  scenarioId: string;
};

export function scoreChoice(choice: string | undefined, key: ChoiceKey): Score {
  if (choice === undefined || choice === '') return invalid('Choose an option first.');
  if (!key.options.includes(choice)) return invalid(`"${choice}" is not one of the options.`);
  const outcome =
    choice === key.best ? 'correct' : key.accepted.includes(choice) ? 'accepted' : 'wrong';
  const credit = outcome === 'wrong' ? 0 : 1;
  return {
    status: 'scored',
    earned: credit,
    max: 1,
    outcome,
    judgements: [{ scenarioId: key.scenarioId, key: key.best, given: choice, credit }],
    detail: { kind: 'options', options: singleMarks(key.options, choice, key) },
  };
}

/** Marks for a one-pick question: the key always, the pick when it is accepted or wrong. */
export function singleMarks(
  options: readonly string[],
  choice: string,
  key: { best: string; accepted: readonly string[] },
): OptionResult[] {
  return options.map((id) => {
    const chosen = id === choice;
    const mark =
      id === key.best
        ? 'key'
        : chosen
          ? key.accepted.includes(id)
            ? 'accepted'
            : 'wrong-pick'
          : undefined;
    return mark ? { id, chosen, mark } : { id, chosen };
  });
}
