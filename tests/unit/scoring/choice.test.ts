import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreChoice } from '@/lib/scoring/choice';

const answer = {
  best: 'cooperation',
  accepted: ['visits-presence'],
  options: ['information', 'cooperation', 'visits-presence', 'arms-business'],
  scenarioId: 'case',
};

describe('scoreChoice', () => {
  it('gives full marks for the key', () => {
    expect(scoreChoice('cooperation', answer)).toMatchObject({
      status: 'scored',
      earned: 1,
      max: 1,
      outcome: 'correct',
    });
  });

  it('gives full marks for an accepted alternative, marked as accepted', () => {
    expect(scoreChoice('visits-presence', answer)).toMatchObject({
      earned: 1,
      max: 1,
      outcome: 'accepted',
    });
  });

  it('gives nothing for a wrong option, and records what was given against the key', () => {
    expect(scoreChoice('arms-business', answer)).toMatchObject({
      status: 'scored',
      earned: 0,
      max: 1,
      outcome: 'wrong',
      judgements: [{ scenarioId: 'case', key: 'cooperation', given: 'arms-business', credit: 0 }],
    });
  });

  it('treats no answer as incomplete rather than wrong', () => {
    expect(scoreChoice(undefined, answer)).toEqual({
      status: 'invalid',
      message: 'Choose an option first.',
    });
    expect(scoreChoice('', answer).status).toBe('invalid');
  });

  it('rejects a choice that was not offered', () => {
    expect(scoreChoice('representation', answer)).toEqual({
      status: 'invalid',
      message: '"representation" is not one of the options.',
    });
  });

  it('always scores within [0, max] and gives full marks only to the key or an accepted option', () => {
    const optionIds = fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), {
      minLength: 2,
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        optionIds,
        fc.nat(),
        fc.nat(),
        fc.string(),
        (options, keyIndex, acceptedIndex, extra) => {
          const key = options[keyIndex % options.length]!;
          const accepted = options.filter(
            (_, i) => i === acceptedIndex % options.length && options[i] !== key,
          );
          for (const choice of [...options, extra]) {
            const score = scoreChoice(choice, { best: key, accepted, options, scenarioId: 's' });
            if (score.status !== 'scored') {
              expect(options.includes(choice) && choice !== '').toBe(false);
              continue;
            }
            expect(score.earned).toBeGreaterThanOrEqual(0);
            expect(score.earned).toBeLessThanOrEqual(score.max);
            expect(score.earned === score.max).toBe(choice === key || accepted.includes(choice));
          }
        },
      ),
    );
  });

  it('does not depend on the order in which options are offered', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(answer.options, { minLength: answer.options.length }),
        fc.constantFrom(...answer.options),
        (options, choice) => {
          // The marks follow the order shown; as a set they are the same.
          const byId = (score: ReturnType<typeof scoreChoice>) =>
            score.status === 'scored' && score.detail.kind === 'options'
              ? {
                  ...score,
                  detail: [...score.detail.options].sort((a, b) => (a.id < b.id ? -1 : 1)),
                }
              : score;
          expect(byId(scoreChoice(choice, { ...answer, options }))).toEqual(
            byId(scoreChoice(choice, answer)),
          );
        },
      ),
    );
  });
});
