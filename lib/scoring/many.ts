/**
 * Pick-every-one-that-applies items. With k keys among n options, each key ticked earns
 * +1/k and each wrong option ticked costs 1/(n−k), floor 0 (the README explains why).
 * Full marks only for exactly the keys; ticking everything, or nothing right, earns 0.
 */
import { invalid, outcomeOf, type OptionResult, type Score } from '../items/score';

export type ManyKey = {
  applies: readonly string[];
  primary: string;
  options: readonly string[];
  scenarioId: string;
};

/**
 * What ticking one option adds before the floor: +1/k for each of the k keys, −1/(n−k) for each
 * other option. Exports that carry the rule to other systems (lib/export/) take it from here.
 */
export function tickCredit(isKey: boolean, keyCount: number, optionCount: number): number {
  const wrongCount = optionCount - keyCount;
  if (isKey) return 1 / keyCount;
  return wrongCount === 0 ? 0 : -1 / wrongCount;
}

export function scoreMany(choices: readonly string[] | undefined, key: ManyKey): Score {
  if (!choices || choices.length === 0) return invalid('Tick at least one option.');
  const unknown = choices.find((c) => !key.options.includes(c));
  if (unknown !== undefined) return invalid(`"${unknown}" is not one of the options.`);
  if (new Set(choices).size !== choices.length) return invalid('An option was ticked twice.');

  const applies = new Set(key.applies);
  const raw = choices.reduce(
    (sum, c) => sum + tickCredit(applies.has(c), applies.size, key.options.length),
    0,
  );
  // Rounded so that exact thirds and sixths compare equal across orders of summation.
  const credit = Math.max(0, Math.round(raw * 1e9) / 1e9);

  const picked = new Set(choices);
  const options: OptionResult[] = key.options.map((id) => {
    const chosen = picked.has(id);
    const mark = applies.has(id)
      ? chosen
        ? 'right-picked'
        : 'missed'
      : chosen
        ? 'wrong-pick'
        : undefined;
    return mark ? { id, chosen, mark } : { id, chosen };
  });
  return {
    status: 'scored',
    earned: credit,
    max: 1,
    outcome: outcomeOf(credit),
    judgements: [{ scenarioId: key.scenarioId, key: key.primary, credit }],
    detail: { kind: 'options', options },
  };
}
