/** Single best answer: classify (which category), distinguish (which criterion), attribute (who said it). */
import { shuffle } from '../../random/seeded';
import { scoreChoice } from '../../scoring/choice';
import { labelIn, withoutKey, type KindLogic } from '../kind';
import type { ChoiceResponse } from '../response';
import type { Item, SingleItem, SingleKind } from '../schema';

const LABEL: Record<SingleKind, string> = {
  classify: 'Classify',
  distinguish: 'Which criterion',
  attribute: 'Who said it',
};

export function singleKind<K extends SingleKind>(
  kind: K,
): KindLogic<SingleItem & { kind: K }, ChoiceResponse> {
  return {
    kind,
    label: LABEL[kind],
    accepts: (response): response is ChoiceResponse => response.kind === 'choice',
    score: (item, response) =>
      scoreChoice(response.choice, {
        ...item.answerKey,
        options: item.options.map((o) => o.id),
        scenarioId: item.scenario.id,
      }),
    certaintyOf: (response) => response.certainty,
    scenarios: (item) => [item.scenario],
    keyed: (item) => [{ scenarioId: item.scenario.id, key: item.answerKey.best }],
    keyCategories: (item) => [item.answerKey.best],
    categories: (item) => item.options,
    options: (item) => item.options,
    rightOptions: (item) => [item.answerKey.best, ...item.answerKey.accepted],
    chosen: (response) => [response.choice],
    summary: (item, response) => labelIn(item.options, response.choice),
    keyText: (item) => labelIn(item.options, item.answerKey.best),
    shuffle: (item, seed) => ({ ...item, options: shuffle(item.options, seed) }),
    toPublic: withoutKey,
  };
}

/** The classify items of a framework: what boards, odd-one-out items and contrast pairs are made of. */
export function classifyItemsOf(
  frameworkId: string,
  pool: readonly Item[],
): (SingleItem & { kind: 'classify' })[] {
  return pool.filter(
    (item): item is SingleItem & { kind: 'classify' } =>
      item.kind === 'classify' && item.frameworkId === frameworkId,
  );
}
