/** Small factories for items, spelling out only the values a test cares about. */
import type {
  ManyItem,
  OddOneOutItem,
  SingleItem,
  SortItem,
  TwoTierItem,
} from '@/lib/items/schema';

const PAJTINKA = [
  ['information', 'Gathering and analysing information'],
  ['cooperation', 'Promoting cooperation between the armed forces'],
  ['visits-presence', 'Organising official visits and peaceful presence'],
  ['arms-business', 'Supporting arms business'],
  ['representation', 'Representing the sending state at ceremonies'],
] as const;

export function classifyItem(
  overrides: Partial<SingleItem> & { id: string; key: string },
): SingleItem {
  const { key, ...rest } = overrides;
  return {
    kind: 'classify',
    frameworkId: 'pajtinka',
    difficulty: 1,
    scenario: {
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
    answerKey: { best: key, accepted: [] },
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

const ROLES = [
  ['political-signal', 'A political symbol'],
  ['transparency', 'Transparency'],
  ['common-interest', 'Common interest and confidence'],
  ['mind-disarmament', 'Disarmament of the mind'],
  ['assistance-spillover', 'Assistance that spills over'],
] as const;

export function manyItem(id: string, keys: string[]): ManyItem {
  return {
    id,
    kind: 'classify-many',
    frameworkId: 'cottey-forster',
    difficulty: 2,
    scenario: {
      id: id.split('.')[0]!,
      title: `Scenario ${id}`,
      text: 'Text.',
      context: 'hypothetical',
      contrastWith: [],
    },
    question: 'Which roles does this action play? Pick every one that applies.',
    options: ROLES.map(([value, label]) => ({ id: value, label })),
    answerKey: { applies: keys, primary: keys[0]! },
    teaching: {
      explanation: `Explanation for ${id}.`,
      whyNot: Object.fromEntries(
        ROLES.filter(([r]) => !keys.includes(r)).map(([r]) => [r, `Why not ${r}.`]),
      ),
      alsoFits: Object.fromEntries(keys.slice(1).map((k) => [k, `Why ${k} also fits.`])),
      citation: { text: 'Cottey & Forster 2004', full: 'Cottey & Forster' },
    },
  };
}

export function twoTierItem(id: string): TwoTierItem {
  return {
    id,
    kind: 'two-tier',
    frameworkId: 'modes',
    difficulty: 2,
    scenario: {
      id: id.split('.')[0]!,
      title: `Scenario ${id}`,
      text: 'Text.',
      context: 'hypothetical',
      contrastWith: [],
    },
    question: 'Which mode is this?',
    options: [
      { id: 'military-diplomacy', label: 'Military diplomacy' },
      { id: 'gunboat', label: 'Gunboat diplomacy' },
      { id: 'coercive', label: 'Coercive diplomacy' },
    ],
    reasonQuestion: 'What separates this case from the other two modes?',
    reasons: [
      { id: 'force-limited-naval', label: 'Limited naval force' },
      { id: 'force-all-components', label: 'Air and ground forces too' },
      { id: 'actors-defence', label: 'Defence actors' },
    ],
    answerKey: { best: 'gunboat', accepted: [], reason: 'force-limited-naval' },
    teaching: {
      explanation: `Explanation for ${id}.`,
      whyNot: { 'military-diplomacy': 'There is a threat.', coercive: 'Only ships are involved.' },
      alsoFits: {},
      citation: { text: 'Cable 1994, pp. 39, 79', full: 'Cable' },
      reasonNotes: {
        'force-limited-naval': 'This holds for gunboat only.',
        'force-all-components': 'This describes coercive.',
        'actors-defence': 'True of every mode.',
      },
    },
  };
}

export function sortItem(cards: { id: string; key: string }[]): SortItem {
  const buckets = PAJTINKA.map(([id, label]) => ({ id, label }));
  return {
    id: `sort.pajtinka.${cards.map((c) => c.id).join('~')}`,
    kind: 'sort',
    frameworkId: 'pajtinka',
    difficulty: 2,
    question: 'Place each action under the function it mainly serves.',
    buckets,
    scenarios: cards.map((c) => ({
      id: c.id,
      title: `Card ${c.id}`,
      text: `Text of ${c.id}.`,
      context: 'hypothetical',
      contrastWith: [],
    })),
    answerKey: {
      placements: Object.fromEntries(cards.map((c) => [c.id, { best: c.key, accepted: [] }])),
    },
    teaching: {
      scenarios: Object.fromEntries(
        cards.map((c) => [
          c.id,
          {
            explanation: `Card ${c.id} is ${c.key}.`,
            whyNot: Object.fromEntries(
              PAJTINKA.filter(([b]) => b !== c.key).map(([b]) => [b, `Card ${c.id} is not ${b}.`]),
            ),
            alsoFits: {},
            citation: { text: 'Pajtinka 2016, p. 188', full: 'Pajtinka' },
          },
        ]),
      ),
    },
  };
}

/** Four cases: `odd` keyed to `oddCategory`, the rest to `shared` (Pajtinka's labels). */
export function oddOneOutItem(
  cases: string[],
  odd: string,
  shared = 'arms-business',
  oddCategory = 'cooperation',
): OddOneOutItem {
  const label = (id: string) => PAJTINKA.find(([c]) => c === id)![1];
  return {
    id: `odd.pajtinka.${cases.join('~')}`,
    kind: 'odd-one-out',
    frameworkId: 'pajtinka',
    difficulty: 2,
    question: 'Three of these cases fall under the same function. Which one does NOT belong?',
    scenarios: cases.map((id) => ({
      id,
      title: `Case ${id}`,
      text: `Text of ${id}.`,
      context: 'hypothetical',
      contrastWith: [],
    })),
    answerKey: { odd, shared, oddCategory },
    teaching: {
      categories: [shared, oddCategory].map((id) => ({ id, label: label(id) })),
      scenarios: Object.fromEntries(
        cases.map((id) => [
          id,
          {
            explanation: `Case ${id} is ${id === odd ? oddCategory : shared}.`,
            whyNot: {},
            alsoFits: {},
            citation: { text: 'Pajtinka 2016, p. 188', full: 'Pajtinka' },
          },
        ]),
      ),
    },
  };
}
