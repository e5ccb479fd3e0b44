import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreMany } from '@/lib/scoring/many';

const options = [
  'political-signal',
  'transparency',
  'common-interest',
  'mind-disarmament',
  'assistance-spillover',
];
const answer = {
  applies: ['political-signal', 'assistance-spillover'],
  primary: 'assistance-spillover',
  options,
  scenarioId: 'case',
};

describe('scoreMany (+1/k per key ticked, −1/(n−k) per wrong tick, floor 0)', () => {
  it('gives full marks for exactly the keys', () => {
    expect(scoreMany(['assistance-spillover', 'political-signal'], answer)).toMatchObject({
      earned: 1,
      outcome: 'correct',
    });
  });

  it('gives half credit when one of two roles is missed', () => {
    expect(scoreMany(['political-signal'], answer)).toMatchObject({
      earned: 0.5,
      max: 1,
      outcome: 'partial',
    });
  });

  it('takes a third of a point for each of three wrong options ticked', () => {
    const score = scoreMany(['political-signal', 'assistance-spillover', 'transparency'], answer);
    expect(score).toMatchObject({ outcome: 'partial' });
    expect(score.status === 'scored' && score.earned).toBeCloseTo(2 / 3);
  });

  it('gives nothing for ticking every option, so the list cannot be gamed', () => {
    expect(scoreMany(options, answer)).toMatchObject({ earned: 0, outcome: 'wrong' });
  });

  it('never goes below zero', () => {
    expect(
      scoreMany(['transparency', 'common-interest', 'mind-disarmament'], answer),
    ).toMatchObject({ earned: 0 });
  });

  it('marks each option as ticked-right, missed, wrongly ticked or rightly left', () => {
    const score = scoreMany(['political-signal', 'transparency'], answer);
    expect(score.status === 'scored' && score.detail).toEqual({
      kind: 'options',
      options: [
        { id: 'political-signal', chosen: true, mark: 'right-picked' },
        { id: 'transparency', chosen: true, mark: 'wrong-pick' },
        { id: 'common-interest', chosen: false },
        { id: 'mind-disarmament', chosen: false },
        { id: 'assistance-spillover', chosen: false, mark: 'missed' },
      ],
    });
  });

  it('asks for at least one tick and rejects options that were not offered', () => {
    expect(scoreMany([], answer)).toEqual({
      status: 'invalid',
      message: 'Tick at least one option.',
    });
    expect(scoreMany(undefined, answer).status).toBe('invalid');
    expect(scoreMany(['nonsense'], answer)).toEqual({
      status: 'invalid',
      message: '"nonsense" is not one of the options.',
    });
    expect(scoreMany(['transparency', 'transparency'], answer).status).toBe('invalid');
  });

  const cases = fc
    .record({
      options: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 2, maxLength: 8 }),
      keyMask: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      pickMask: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    })
    .map(({ options, keyMask, pickMask }) => {
      let keys = options.filter((_, i) => keyMask[i]);
      if (keys.length === 0) keys = [options[0]!];
      const picks = options.filter((_, i) => pickMask[i]);
      return { options, keys, picks };
    })
    .filter(({ picks }) => picks.length > 0);

  it('stays within [0, 1], and is 1 exactly when the ticks are the keys', () => {
    fc.assert(
      fc.property(cases, ({ options, keys, picks }) => {
        const score = scoreMany(picks, {
          applies: keys,
          primary: keys[0]!,
          options,
          scenarioId: 's',
        });
        if (score.status !== 'scored') throw new Error('expected a score');
        expect(score.earned).toBeGreaterThanOrEqual(0);
        expect(score.earned).toBeLessThanOrEqual(1);
        const exact = picks.length === keys.length && picks.every((p) => keys.includes(p));
        expect(score.earned === 1).toBe(exact);
      }),
    );
  });

  it('does not depend on the order of the ticks or of the options', () => {
    fc.assert(
      fc.property(cases, fc.nat(), ({ options, keys, picks }, seed) => {
        const rotate = <T>(xs: T[]) => [
          ...xs.slice(seed % xs.length),
          ...xs.slice(0, seed % xs.length),
        ];
        const a = scoreMany(picks, { applies: keys, primary: keys[0]!, options, scenarioId: 's' });
        const b = scoreMany(rotate(picks), {
          applies: rotate(keys),
          primary: keys[0]!,
          options: rotate(options),
          scenarioId: 's',
        });
        expect(a.status === 'scored' && a.earned).toBe(b.status === 'scored' && b.earned);
      }),
    );
  });

  it('never scores lower for ticking one more key', () => {
    fc.assert(
      fc.property(cases, ({ options, keys, picks }) => {
        const missing = keys.find((k) => !picks.includes(k));
        if (!missing) return;
        const before = scoreMany(picks, {
          applies: keys,
          primary: keys[0]!,
          options,
          scenarioId: 's',
        });
        const after = scoreMany([...picks, missing], {
          applies: keys,
          primary: keys[0]!,
          options,
          scenarioId: 's',
        });
        expect(
          after.status === 'scored' && before.status === 'scored' && after.earned >= before.earned,
        ).toBe(true);
      }),
    );
  });
});
