import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classConfusion, topConfusedPairs, type Judged } from '@/lib/analytics/confusion';

const judged = (key: string, given: string | undefined, frameworkId = 'f'): Judged => ({
  frameworkId,
  key,
  given,
});

const repeat = (times: number, entry: Judged) => Array.from({ length: times }, () => entry);

describe('classConfusion', () => {
  const categories = ['a', 'b', 'c'];

  it('counts answers by key row and given column, with row totals and row percentages', () => {
    const matrix = classConfusion(
      [...repeat(2, judged('a', 'a')), judged('a', 'b'), judged('b', 'b'), judged('b', 'a')],
      'f',
      categories,
    );
    expect(matrix.frameworkId).toBe('f');
    expect(matrix.categories).toEqual(categories);
    expect(matrix.counts).toEqual([
      [2, 1, 0],
      [1, 1, 0],
      [0, 0, 0],
    ]);
    expect(matrix.rowTotals).toEqual([3, 2, 0]);
    // a: 2/3 and 1/3 of its row; b: half and half; c has no answers, so no percentages
    expect(matrix.rowPercent[0]![0]).toBeCloseTo(66.667, 3);
    expect(matrix.rowPercent[0]![1]).toBeCloseTo(33.333, 3);
    expect(matrix.rowPercent[0]![2]).toBe(0);
    expect(matrix.rowPercent[1]).toEqual([50, 50, 0]);
    expect(matrix.rowPercent[2]).toEqual([null, null, null]);
  });

  it('ignores other frameworks, unanswered cases and keys or answers outside the categories', () => {
    const matrix = classConfusion(
      [
        judged('a', 'b'),
        judged('a', 'b', 'other'),
        judged('a', undefined),
        judged('z', 'a'),
        judged('a', 'z'),
      ],
      'f',
      categories,
    );
    expect(matrix.counts).toEqual([
      [0, 1, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  it('keeps the categories in the order given', () => {
    const matrix = classConfusion([judged('a', 'c')], 'f', ['c', 'b', 'a']);
    expect(matrix.categories).toEqual(['c', 'b', 'a']);
    expect(matrix.counts[2]).toEqual([1, 0, 0]);
  });

  it('counts exactly the valid judged entries, and each non-empty row adds up to 100%', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'x');
    const entry = fc.record({
      frameworkId: fc.constantFrom('f', 'g'),
      key: id,
      given: fc.option(id, { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (entries) => {
        const matrix = classConfusion(entries, 'f', categories);
        const valid = entries.filter(
          (e) =>
            e.frameworkId === 'f' &&
            e.given !== undefined &&
            categories.includes(e.key) &&
            categories.includes(e.given),
        ).length;
        expect(matrix.counts.flat().reduce((sum, c) => sum + c, 0)).toBe(valid);
        matrix.rowPercent.forEach((row, i) => {
          if (matrix.rowTotals[i] === 0) expect(row.every((p) => p === null)).toBe(true);
          else expect(row.reduce<number>((sum, p) => sum + (p ?? 0), 0)).toBeCloseTo(100, 9);
        });
      }),
    );
  });
});

describe('topConfusedPairs', () => {
  // a: a 1, b 2, c 1 (total 4)   b: a 2 (total 2)   c: a 1, b 1 (total 2)
  const matrix = classConfusion(
    [
      judged('a', 'a'),
      ...repeat(2, judged('a', 'b')),
      judged('a', 'c'),
      ...repeat(2, judged('b', 'a')),
      judged('c', 'a'),
      judged('c', 'b'),
    ],
    'f',
    ['a', 'b', 'c'],
  );

  it('lists off-diagonal cells by count, then larger share, then key and given alphabetically', () => {
    expect(topConfusedPairs(matrix, 10)).toEqual([
      { frameworkId: 'f', key: 'b', given: 'a', count: 2, share: 1 },
      { frameworkId: 'f', key: 'a', given: 'b', count: 2, share: 0.5 },
      { frameworkId: 'f', key: 'c', given: 'a', count: 1, share: 0.5 },
      { frameworkId: 'f', key: 'c', given: 'b', count: 1, share: 0.5 },
      { frameworkId: 'f', key: 'a', given: 'c', count: 1, share: 0.25 },
    ]);
  });

  it('never lists correct answers or empty cells', () => {
    const pairs = topConfusedPairs(matrix, 100);
    expect(pairs.every((p) => p.key !== p.given && p.count > 0)).toBe(true);
  });

  it('returns at most `limit` pairs, and none for a limit of zero or less', () => {
    expect(topConfusedPairs(matrix, 2).map((p) => `${p.key}>${p.given}`)).toEqual(['b>a', 'a>b']);
    expect(topConfusedPairs(matrix, 0)).toEqual([]);
    expect(topConfusedPairs(matrix, -1)).toEqual([]);
  });
});
