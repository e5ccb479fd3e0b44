/** Pick every one that applies: Cottey & Forster's roles, or the criteria two cases share. */
import { shuffle } from '../../random/seeded';
import { scoreMany } from '../../scoring/many';
import { labelIn, withoutKey, type KindLogic } from '../kind';
import type { ManyResponse } from '../response';
import type { ManyItem } from '../schema';

export const manyKind: KindLogic<ManyItem, ManyResponse> = {
  kind: 'classify-many',
  label: 'Every one that applies',
  accepts: (response): response is ManyResponse => response.kind === 'many',
  score: (item, response) =>
    scoreMany(response.choices, {
      ...item.answerKey,
      options: item.options.map((o) => o.id),
      scenarioId: item.scenario.id,
    }),
  certaintyOf: (response) => response.certainty,
  scenarios: (item) => [item.scenario],
  keyed: (item) => [{ scenarioId: item.scenario.id, key: item.answerKey.primary }],
  keyCategories: (item) => item.answerKey.applies,
  categories: (item) => item.options,
  options: (item) => item.options,
  rightOptions: (item) => item.answerKey.applies,
  chosen: (response) => response.choices,
  summary: (item, response) => response.choices.map((id) => labelIn(item.options, id)).join('; '),
  keyText: (item) => item.answerKey.applies.map((id) => labelIn(item.options, id)).join('; '),
  shuffle: (item, seed) => ({ ...item, options: shuffle(item.options, seed) }),
  toPublic: withoutKey,
};
