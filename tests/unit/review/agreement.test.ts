import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementRate, cohenKappa, type RatedPair } from '@/lib/review/agreement';

const pairs = (rows: [string, string, number][]): RatedPair[] =>
  rows.flatMap(([key, second, count]) => Array.from({ length: count }, () => ({ key, second })));

describe('agreement between key and blind classification', () => {
  it('matches a textbook kappa', () => {
    // 50 items: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → pₒ = 0.7, pₑ = 0.5, κ = 0.4.
    const data = pairs([
      ['yes', 'yes', 20],
      ['yes', 'no', 5],
      ['no', 'yes', 10],
      ['no', 'no', 15],
    ]);
    expect(agreementRate(data)).toBeCloseTo(0.7);
    expect(cohenKappa(data)).toBeCloseTo(0.4);
  });

  it('is 1 for perfect agreement and 0 or less for agreement at chance', () => {
    expect(
      cohenKappa(
        pairs([
          ['a', 'a', 3],
          ['b', 'b', 2],
        ]),
      ),
    ).toBe(1);
    expect(
      cohenKappa(
        pairs([
          ['a', 'b', 5],
          ['b', 'a', 5],
        ]),
      ),
    ).toBeLessThan(0);
  });

  it('is NaN with nothing to compare', () => {
    expect(agreementRate([])).toBeNaN();
    expect(cohenKappa([])).toBeNaN();
  });

  it('stays within [-1, 1] and never exceeds the raw agreement', () => {
    const category = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: category, second: category }), { minLength: 1 }),
        (data) => {
          const kappa = cohenKappa(data);
          expect(kappa).toBeGreaterThanOrEqual(-1 - 1e-9);
          expect(kappa).toBeLessThanOrEqual(1 + 1e-9);
          expect(kappa).toBeLessThanOrEqual(agreementRate(data) + 1e-9);
        },
      ),
    );
  });
});
