/**
 * Odd one out: four scenarios of one framework, three keyed to the same category. The learner
 * picks the one that does not belong; feedback names the category the three share. Assembled
 * from single-best items like a sort board, and rebuilt from its id ("odd.pajtinka.a~b~c~d").
 */
import { shuffle } from '../../random/seeded';
import { scoreOddOneOut } from '../../scoring/odd-one-out';
import { formatItemId, singleItemId } from '../ids';
import {
  labelIn,
  withoutKey,
  type ComposeFramework,
  type KindLogic,
  type SingleItems,
} from '../kind';
import type { ChoiceResponse } from '../response';
import type { OddOneOutItem, SingleItem } from '../schema';
import { classifyItemsOf } from './single';

const SIZE = 4;

export const oddOneOutKind: KindLogic<OddOneOutItem, ChoiceResponse> = {
  kind: 'odd-one-out',
  label: 'Odd one out',
  accepts: (response): response is ChoiceResponse => response.kind === 'choice',
  score: (item, response) =>
    scoreOddOneOut(response.choice, {
      odd: item.answerKey.odd,
      shared: item.answerKey.shared,
      scenarios: item.scenarios.map((s) => s.id),
    }),
  certaintyOf: (response) => response.certainty,
  scenarios: (item) => item.scenarios,
  keyed: (item) => [{ scenarioId: item.answerKey.odd, key: item.answerKey.shared }],
  keyCategories: (item) => [item.answerKey.shared],
  categories: (item) => item.teaching.categories,
  options: (item) => item.scenarios.map((s) => ({ id: s.id, label: s.title })),
  rightOptions: (item) => [item.answerKey.odd],
  chosen: (response) => [response.choice],
  summary: (item, response) =>
    item.scenarios.find((s) => s.id === response.choice)?.title ?? response.choice,
  keyText: (item) =>
    `${labelIn(oddOneOutKind.options(item), item.answerKey.odd)}; the other three are ${labelIn(item.teaching.categories, item.answerKey.shared)}`,
  // One mark for spotting the odd case, however many cases it shows.
  marking: 'an odd-one-out question counts one in all',
  shuffle: (item, seed) => ({ ...item, scenarios: shuffle(item.scenarios, seed) }),
  toPublic: withoutKey,
  composite: {
    form: 'odd-one-out',
    size: { min: SIZE, max: SIZE, drawn: SIZE },
    drawnByDefault: false,
    fits: () => true,
    needs: `${SIZE} different scenarios, ${SIZE - 1} keyed to one category and the last to another, with no accepted alternative crossing between the two`,
    compose: makeOddOneOut,
    draw: (framework, pool, seed, used, singles) =>
      makeOddOneOut(
        framework,
        pickOddOneOut(classifyItemsOf(framework.id, pool), seed, used),
        singles,
      ),
  },
};

/**
 * The item of these four scenarios, or undefined unless exactly three share a key and nothing
 * blurs the line: no accepted alternative may cross between the shared and the odd category.
 */
function makeOddOneOut(
  framework: ComposeFramework,
  scenarioIds: readonly string[],
  singles: SingleItems,
): OddOneOutItem | undefined {
  if (scenarioIds.length !== SIZE || new Set(scenarioIds).size !== SIZE) return undefined;
  const items: SingleItem[] = [];
  for (const scenarioId of scenarioIds) {
    const item = singles.get(singleItemId(scenarioId, framework.id));
    if (!item || item.kind !== 'classify') return undefined;
    items.push(item);
  }
  const keys = items.map((i) => i.answerKey.best);
  const shared = keys.find((k) => keys.filter((other) => other === k).length === SIZE - 1);
  const odd = items.find((i) => i.answerKey.best !== shared);
  if (shared === undefined || !odd) return undefined;
  const three = items.filter((i) => i !== odd);
  const oddCategory = odd.answerKey.best;
  if (
    odd.answerKey.accepted.includes(shared) ||
    three.some((i) => i.answerKey.accepted.includes(oddCategory))
  ) {
    return undefined;
  }
  const option = (id: string) => odd.options.find((o) => o.id === id) ?? { id, label: id };
  return {
    id: formatItemId({
      form: 'odd-one-out',
      frameworkId: framework.id,
      scenarioIds: [...scenarioIds],
    }),
    kind: 'odd-one-out',
    frameworkId: framework.id,
    difficulty: Math.max(...items.map((i) => i.difficulty)) as OddOneOutItem['difficulty'],
    question: `Three of these cases fall under the same category of ${framework.shortLabel}. Which one does NOT belong with them?`,
    scenarios: items.map((i) => i.scenario),
    answerKey: { odd: odd.scenario.id, shared, oddCategory },
    teaching: {
      categories: [option(shared), option(oddCategory)],
      scenarios: Object.fromEntries(items.map((i) => [i.scenario.id, i.teaching])),
    },
  };
}

/** Three scenarios of one key and one of another, none of them used, in a seeded order. */
function pickOddOneOut(
  pool: readonly SingleItem[],
  seed: string,
  used: ReadonlySet<string>,
): string[] {
  const free = shuffle(
    pool.filter((i) => !used.has(i.scenario.id)),
    seed,
  );
  const byKey = new Map<string, SingleItem[]>();
  for (const item of free)
    byKey.set(item.answerKey.best, [...(byKey.get(item.answerKey.best) ?? []), item]);
  for (const [key, group] of byKey) {
    if (group.length < SIZE - 1) continue;
    const odd = free.find((i) => i.answerKey.best !== key && !i.answerKey.accepted.includes(key));
    if (!odd) continue;
    const three = group
      .filter((i) => !i.answerKey.accepted.includes(odd.answerKey.best))
      .slice(0, SIZE - 1);
    if (three.length < SIZE - 1) continue;
    return shuffle([...three, odd], `${seed}:order`).map((i) => i.scenario.id);
  }
  return [];
}
