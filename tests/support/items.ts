/** Small factories for items, spelling out only the values a test cares about. */
import type { ChoiceItem } from '@/lib/bank/items';

const PAJTINKA = [
  ['information', 'Gathering and analysing information'],
  ['cooperation', 'Promoting cooperation between the armed forces'],
  ['visits-presence', 'Organising official visits and peaceful presence'],
  ['arms-business', 'Supporting arms business'],
  ['representation', 'Representing the sending state at ceremonies'],
] as const;

export function classifyItem(
  overrides: Partial<ChoiceItem> & { id: string; key: string },
): ChoiceItem {
  const { key, ...rest } = overrides;
  return {
    kind: 'classify',
    frameworkId: 'pajtinka',
    difficulty: 1,
    stem: {
      id: overrides.id.split('.')[0]!,
      title: `Scenario ${overrides.id}`,
      text: `Text of scenario ${overrides.id}.`,
      context: 'historical',
      year: 1999,
      actors: ['Someone'],
      contrastWith: [],
    },
    question: 'Which of Pajtinka’s functions does this action mainly serve?',
    options: PAJTINKA.map(([id, label]) => ({ id, label })),
    answer: { key, accepted: [] },
    teaching: {
      explanation: `Explanation for ${overrides.id}.`,
      whyNot: Object.fromEntries(
        PAJTINKA.filter(([id]) => id !== key).map(([id]) => [
          id,
          `Why not ${id} in ${overrides.id}.`,
        ]),
      ),
      alsoFits: {},
      citation: { text: 'Pajtinka 2016, p. 188', full: 'Pajtinka, E. (2016).' },
    },
    ...rest,
  };
}
