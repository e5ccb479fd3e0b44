/**
 * Pick-every-one-that-applies items. With k keys among n options, each key ticked earns
 * +1/k and each wrong option ticked costs 1/(n−k), floor 0 (the README explains why).
 * Full marks only for exactly the keys; ticking everything, or nothing right, earns 0.
 */
import { invalid, outcomeOf, type ManyMark, type Score } from './types';

export type ManyKey = {
  keys: readonly string[];
  primary: string;
  options: readonly string[];
  stemId: string;
};

export function scoreMany(choices: readonly string[] | undefined, answer: ManyKey): Score {
  if (!choices || choices.length === 0) return invalid('Tick at least one option.');
  const unknown = choices.find((c) => !answer.options.includes(c));
  if (unknown !== undefined) return invalid(`"${unknown}" is not one of the options.`);
  if (new Set(choices).size !== choices.length) return invalid('An option was ticked twice.');

  const keys = new Set(answer.keys);
  const wrongCount = answer.options.length - keys.size;
  const rightPicks = choices.filter((c) => keys.has(c)).length;
  const wrongPicks = choices.length - rightPicks;
  const raw = rightPicks / keys.size - (wrongCount === 0 ? 0 : wrongPicks / wrongCount);
  // Rounded so that exact thirds and sixths compare equal across orders of summation.
  const credit = Math.max(0, Math.round(raw * 1e9) / 1e9);

  const picked = new Set(choices);
  const marks: Record<string, ManyMark> = Object.fromEntries(
    answer.options.map((id) => [
      id,
      keys.has(id)
        ? picked.has(id)
          ? 'right-picked'
          : 'missed'
        : picked.has(id)
          ? 'wrong-pick'
          : 'right-unpicked',
    ]),
  );
  return {
    status: 'scored',
    earned: credit,
    max: 1,
    outcome: outcomeOf(credit),
    judgements: [{ stemId: answer.stemId, key: answer.primary, credit }],
    detail: { kind: 'many', marks },
  };
}
