/** Answer and reason: the mode, then the criterion that sets it apart. */
import { shuffle } from '../../random/seeded';
import { scoreTwoTier } from '../../scoring/two-tier';
import { labelIn, withoutKey, type KindLogic } from '../kind';
import type { TwoTierResponse } from '../response';
import type { TwoTierItem } from '../schema';

export const twoTierKind: KindLogic<TwoTierItem, TwoTierResponse> = {
  kind: 'two-tier',
  label: 'Answer and reason',
  accepts: (response): response is TwoTierResponse => response.kind === 'two-tier',
  score: (item, response) =>
    scoreTwoTier(response, {
      ...item.answerKey,
      options: item.options.map((o) => o.id),
      reasons: item.reasons.map((r) => r.id),
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
  summary: (item, response) =>
    `${labelIn(item.options, response.choice)}, because ${labelIn(item.reasons, response.reason)}`,
  keyText: (item) =>
    `${labelIn(item.options, item.answerKey.best)}, because ${labelIn(item.reasons, item.answerKey.reason)}`,
  shuffle: (item, seed) => ({
    ...item,
    options: shuffle(item.options, seed),
    reasons: shuffle(item.reasons, `${seed}:reasons`),
  }),
  toPublic: withoutKey,
};
