import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreSort } from '@/lib/scoring/sort';

const keys = { a: 'information', b: 'cooperation', c: 'arms-business', d: 'cooperation' };
const answer = {
  placements: {
    a: { best: 'information', accepted: [] },
    b: { best: 'cooperation', accepted: ['visits-presence'] },
    c: { best: 'arms-business', accepted: [] },
    d: { best: 'cooperation', accepted: [] },
  },
  buckets: ['information', 'cooperation', 'visits-presence', 'arms-business', 'representation'],
  scenarios: ['a', 'b', 'c', 'd'],
};
const verdicts = (score: ReturnType<typeof scoreSort>) =>
  score.status === 'scored' && score.detail.kind === 'placements'
    ? Object.fromEntries(score.detail.scenarios.map((p) => [p.scenarioId, p.verdict]))
    : {};

describe('scoreSort', () => {
  it('scores each card as one point', () => {
    const score = scoreSort(
      { a: 'information', b: 'cooperation', c: 'representation', d: 'cooperation' },
      answer,
    );
    expect(score).toMatchObject({ earned: 3, max: 4, outcome: 'partial' });
    expect(verdicts(score)).toEqual({ a: 'correct', b: 'correct', c: 'wrong', d: 'correct' });
  });

  it('accepts an accepted bucket for a card', () => {
    const score = scoreSort(
      { a: 'information', b: 'visits-presence', c: 'arms-business', d: 'cooperation' },
      answer,
    );
    expect(score).toMatchObject({ earned: 4, outcome: 'correct' });
    expect(verdicts(score)).toMatchObject({ b: 'accepted' });
  });

  it('records each card as its own judgement, so item statistics can be per scenario', () => {
    const score = scoreSort(
      { a: 'cooperation', b: 'cooperation', c: 'arms-business', d: 'information' },
      answer,
    );
    expect(score.status === 'scored' && score.judgements).toEqual([
      { scenarioId: 'a', key: 'information', given: 'cooperation', credit: 0 },
      { scenarioId: 'b', key: 'cooperation', given: 'cooperation', credit: 1 },
      { scenarioId: 'c', key: 'arms-business', given: 'arms-business', credit: 1 },
      { scenarioId: 'd', key: 'cooperation', given: 'information', credit: 0 },
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
          const placements = Object.fromEntries(
            answer.scenarios.map((card, i) => [card, buckets[i]!]),
          );
          const score = scoreSort(placements, answer);
          if (score.status !== 'scored') throw new Error('expected a score');
          expect(score.earned).toBeGreaterThanOrEqual(0);
          expect(score.earned).toBeLessThanOrEqual(4);
          const allRight = answer.scenarios.every(
            (c) =>
              placements[c] === keys[c as 'a'] ||
              answer.placements[c as 'b'].accepted.includes(placements[c]!),
          );
          expect(score.earned === 4).toBe(allRight);
          const rotated = [...answer.scenarios.slice(shift), ...answer.scenarios.slice(0, shift)];
          expect(scoreSort(placements, { ...answer, scenarios: rotated })).toMatchObject({
            earned: score.earned,
          });
        },
      ),
    );
  });
});
