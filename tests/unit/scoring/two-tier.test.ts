import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreTwoTier } from '@/lib/scoring/two-tier';

const answer = {
  best: 'gunboat',
  accepted: [],
  reason: 'force-limited-naval',
  options: ['military-diplomacy', 'gunboat', 'coercive'],
  reasons: ['force-limited-naval', 'force-all-components', 'tools-negotiation', 'actors-defence'],
  scenarioId: 'case',
};

describe('scoreTwoTier', () => {
  it('gives full marks for the right mode with the right reason', () => {
    expect(
      scoreTwoTier({ choice: 'gunboat', reason: 'force-limited-naval' }, answer),
    ).toMatchObject({
      earned: 1,
      outcome: 'correct',
      detail: { kind: 'tiers', answer: { right: true }, reason: { right: true } },
    });
  });

  it('gives half for the right answer with the wrong reason, and says so', () => {
    expect(scoreTwoTier({ choice: 'gunboat', reason: 'actors-defence' }, answer)).toMatchObject({
      earned: 0.5,
      outcome: 'partial',
      detail: { answer: { right: true }, reason: { right: false } },
    });
  });

  it('gives nothing for a wrong answer, even with the reason that would be right for the key', () => {
    expect(
      scoreTwoTier({ choice: 'coercive', reason: 'force-limited-naval' }, answer),
    ).toMatchObject({
      earned: 0,
      outcome: 'wrong',
      detail: { answer: { right: false }, reason: { right: false } },
    });
  });

  it('needs both tiers, each from its own list', () => {
    expect(scoreTwoTier({ choice: 'gunboat' }, answer)).toEqual({
      status: 'invalid',
      message: 'Choose the reason too.',
    });
    expect(scoreTwoTier(undefined, answer).status).toBe('invalid');
    expect(scoreTwoTier({ choice: 'gunboat', reason: 'gunboat' }, answer).status).toBe('invalid');
    expect(
      scoreTwoTier({ choice: 'force-limited-naval', reason: 'force-limited-naval' }, answer).status,
    ).toBe('invalid');
  });

  it('is within [0, 1] and full only when both tiers are right', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...answer.options),
        fc.constantFrom(...answer.reasons),
        (choice, reason) => {
          const score = scoreTwoTier({ choice, reason }, answer);
          if (score.status !== 'scored') throw new Error('expected a score');
          expect(score.earned).toBeGreaterThanOrEqual(0);
          expect(score.earned).toBeLessThanOrEqual(1);
          expect(score.earned === 1).toBe(choice === 'gunboat' && reason === 'force-limited-naval');
        },
      ),
    );
  });
});
