import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SingleItem as ChoiceItem } from '@/lib/items/schema';
import { summariseQuiz } from '@/lib/quiz/summary';
import type { LearnerResponse as Response } from '@/lib/items/response';
import { oddOneOutItem, sortItem } from '../../support/items';

function choiceItem(id: string, key: string, accepted: string[] = []): ChoiceItem {
  const options = [
    'information',
    'cooperation',
    'visits-presence',
    'arms-business',
    'representation',
  ];
  return {
    id,
    kind: 'classify',
    frameworkId: 'pajtinka',
    difficulty: 1,
    scenario: {
      id: id.split('.')[0]!,
      title: `Case ${id}`,
      text: 'text',
      context: 'hypothetical',
      contrastWith: [],
    },
    question: 'Which function?',
    options: options.map((o) => ({ id: o, label: o.toUpperCase() })),
    answerKey: { best: key, accepted },
    teaching: {
      explanation: 'because',
      whyNot: {},
      alsoFits: {},
      citation: { text: 'Pajtinka 2016, p. 188', full: 'Pajtinka' },
    },
  };
}
const pick = (choice: string): Response => ({ kind: 'choice', choice });

describe('summariseQuiz', () => {
  const items = [
    choiceItem('a.pajtinka', 'cooperation'),
    choiceItem('b.pajtinka', 'cooperation', ['visits-presence']),
    choiceItem('c.pajtinka', 'arms-business'),
  ];

  it('adds up the points and lists the missed items in quiz order', () => {
    const summary = summariseQuiz(items, {
      'a.pajtinka': pick('information'),
      'b.pajtinka': pick('visits-presence'),
      'c.pajtinka': pick('arms-business'),
    });
    expect(summary).toMatchObject({
      earned: 2,
      max: 3,
      answered: 3,
      total: 3,
      missed: ['a.pajtinka'],
    });
  });

  it('breaks the score down by the category of each key', () => {
    const summary = summariseQuiz(items, {
      'a.pajtinka': pick('cooperation'),
      'b.pajtinka': pick('information'),
    });
    expect(summary.byCategory).toEqual([
      {
        frameworkId: 'pajtinka',
        categoryId: 'cooperation',
        label: 'COOPERATION',
        right: 1,
        total: 2,
      },
      {
        frameworkId: 'pajtinka',
        categoryId: 'arms-business',
        label: 'ARMS-BUSINESS',
        right: 0,
        total: 1,
      },
    ]);
  });

  it('names the category an odd-one-out item is judged on by its label, though it offers cases', () => {
    const odd = oddOneOutItem(['sale-1', 'gift', 'sale-2', 'sale-3'], 'gift');
    const summary = summariseQuiz([odd], { [odd.id]: pick('gift') });
    expect(summary).toMatchObject({ earned: 1, max: 1, scenarios: { right: 1, total: 1 } });
    expect(summary.byCategory).toEqual([
      {
        frameworkId: 'pajtinka',
        categoryId: 'arms-business',
        label: 'Supporting arms business',
        right: 1,
        total: 1,
      },
    ]);
  });

  it('counts a sort board one mark per card and an odd-one-out item one in all', () => {
    const board = sortItem([
      { id: 'w', key: 'information' },
      { id: 'x', key: 'cooperation' },
      { id: 'y', key: 'arms-business' },
      { id: 'z', key: 'representation' },
    ]);
    const odd = oddOneOutItem(['sale-1', 'gift', 'sale-2', 'sale-3'], 'gift');
    const summary = summariseQuiz([board, odd, items[0]!], { [odd.id]: pick('sale-2') });
    expect(summary).toMatchObject({
      earned: 0,
      max: 6,
      total: 3,
      scenarios: { right: 0, total: 6 },
      missed: [odd.id],
    });
  });

  it('counts unanswered items in the maximum but not as missed', () => {
    const summary = summariseQuiz(items, { 'a.pajtinka': pick('cooperation') });
    expect(summary).toMatchObject({ earned: 1, max: 3, answered: 1, missed: [] });
  });

  it('keeps the score within [0, number of items] whatever the answers, and in any item order', () => {
    const options = [
      'information',
      'cooperation',
      'visits-presence',
      'arms-business',
      'representation',
      'bogus',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom(...options), { nil: undefined }), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.nat(),
        (choices, rotation) => {
          const responses = Object.fromEntries(
            items.map((item, i) => [
              item.id,
              choices[i] === undefined ? undefined : pick(choices[i]!),
            ]),
          );
          const summary = summariseQuiz(items, responses);
          expect(summary.earned).toBeGreaterThanOrEqual(0);
          expect(summary.earned).toBeLessThanOrEqual(items.length);
          expect(summary.max).toBe(items.length);
          const r = rotation % items.length;
          const rotated = summariseQuiz([...items.slice(r), ...items.slice(0, r)], responses);
          expect(rotated.earned).toBe(summary.earned);
          expect([...rotated.missed].sort()).toEqual([...summary.missed].sort());
        },
      ),
    );
  });
});
