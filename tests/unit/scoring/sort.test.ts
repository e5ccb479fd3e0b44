import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreSort } from '@/lib/scoring/sort';

const answer = {
  keys: { a: 'information', b: 'cooperation', c: 'arms-business', d: 'cooperation' },
  accepted: { a: [], b: ['visits-presence'], c: [], d: [] },
  buckets: ['information', 'cooperation', 'visits-presence', 'arms-business', 'representation'],
  cards: ['a', 'b', 'c', 'd'],
};

describe('scoreSort', () => {
  it('scores each card as one point', () => {
    const score = scoreSort(
      { a: 'information', b: 'cooperation', c: 'representation', d: 'cooperation' },
      answer,
    );
    expect(score).toMatchObject({
      earned: 3,
      max: 4,
      outcome: 'partial',
      detail: { kind: 'sort', cards: { a: 'correct', b: 'correct', c: 'wrong', d: 'correct' } },
    });
  });

  it('accepts an accepted bucket for a card', () => {
    const score = scoreSort(
      { a: 'information', b: 'visits-presence', c: 'arms-business', d: 'cooperation' },
      answer,
    );
    expect(score).toMatchObject({
      earned: 4,
      outcome: 'correct',
      detail: { cards: { b: 'accepted' } },
    });
  });

  it('records each card as its own judgement, so item statistics can be per scenario', () => {
    const score = scoreSort(
      { a: 'cooperation', b: 'cooperation', c: 'arms-business', d: 'information' },
      answer,
    );
    expect(score.status === 'scored' && score.judgements).toEqual([
      { stemId: 'a', key: 'information', given: 'cooperation', credit: 0 },
      { stemId: 'b', key: 'cooperation', given: 'cooperation', credit: 1 },
      { stemId: 'c', key: 'arms-business', given: 'arms-business', credit: 1 },
      { stemId: 'd', key: 'cooperation', given: 'information', credit: 0 },
    ]);
  });

  it('is incomplete until every card is placed, and rejects unknown cards or buckets', () => {
    expect(scoreSort({ a: 'information' }, answer)).toEqual({
      status: 'invalid',
      message: 'Place every card first (3 still to place).',
    });
    expect(scoreSort(undefined, answer).status).toBe('invalid');
    expect(
      scoreSort({ a: 'information', b: 'cooperation', c: 'arms-business', d: 'nowhere' }, answer)
        .status,
    ).toBe('invalid');
    expect(
      scoreSort(
        {
          a: 'information',
          b: 'cooperation',
          c: 'arms-business',
          d: 'cooperation',
          z: 'information',
        },
        answer,
      ).status,
    ).toBe('invalid');
  });

  it('stays within [0, cards], is full only when every card is right, and ignores card order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...answer.buckets), { minLength: 4, maxLength: 4 }),
        fc.nat(3),
        (buckets, shift) => {
          const placements = Object.fromEntries(answer.cards.map((card, i) => [card, buckets[i]!]));
          const score = scoreSort(placements, answer);
          if (score.status !== 'scored') throw new Error('expected a score');
          expect(score.earned).toBeGreaterThanOrEqual(0);
          expect(score.earned).toBeLessThanOrEqual(4);
          const allRight = answer.cards.every(
            (c) =>
              placements[c] === answer.keys[c as 'a'] ||
              answer.accepted[c as 'b'].includes(placements[c]!),
          );
          expect(score.earned === 4).toBe(allRight);
          const rotated = [...answer.cards.slice(shift), ...answer.cards.slice(0, shift)];
          expect(scoreSort(placements, { ...answer, cards: rotated })).toMatchObject({
            earned: score.earned,
          });
        },
      ),
    );
  });
});
