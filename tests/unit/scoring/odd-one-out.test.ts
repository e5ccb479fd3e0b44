import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreOddOneOut } from '@/lib/scoring/odd-one-out';

const key = {
  odd: 'gift',
  shared: 'arms-business',
  scenarios: ['rafale-deal', 'gift', 'drone-order', 'fk3-purchase'],
};

describe('scoreOddOneOut', () => {
  it('gives the point for the case that does not belong, judged on the category the three share', () => {
    expect(scoreOddOneOut('gift', key)).toMatchObject({
      status: 'scored',
      earned: 1,
      max: 1,
      outcome: 'correct',
      judgements: [{ scenarioId: 'gift', key: 'arms-business', credit: 1 }],
    });
  });

  it('gives nothing for one of the three, and marks the pick and the answer', () => {
    const score = scoreOddOneOut('drone-order', key);
    expect(score).toMatchObject({ earned: 0, outcome: 'wrong' });
    expect(score.status === 'scored' && score.detail).toEqual({
      kind: 'options',
      options: [
        { id: 'rafale-deal', chosen: false },
        { id: 'gift', chosen: false, mark: 'key' },
        { id: 'drone-order', chosen: true, mark: 'wrong-pick' },
        { id: 'fk3-purchase', chosen: false },
      ],
    });
  });

  it('asks for a pick, and refuses a case that was not offered', () => {
    expect(scoreOddOneOut(undefined, key)).toEqual({
      status: 'invalid',
      message: 'Choose a case first.',
    });
    expect(scoreOddOneOut('elsewhere', key).status).toBe('invalid');
  });

  it('is 1 exactly for the odd case and 0 for any other, whatever the order shown', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(key.scenarios, { minLength: 4 }),
        fc.constantFrom(...key.scenarios),
        (order, pick) => {
          const score = scoreOddOneOut(pick, { ...key, scenarios: order });
          if (score.status !== 'scored') throw new Error('expected a score');
          expect(score.earned).toBe(pick === 'gift' ? 1 : 0);
          expect(score.max).toBe(1);
        },
      ),
    );
  });
});
