import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseAssignment,
  mean,
  median,
  sampleSd,
  STATISTIC_LEGEND,
  type AnalysedItem,
  type AssignmentAnalysis,
  type ItemStatistics,
  type StudentResult,
} from '@/lib/analytics/item-analysis';

const choice = (id: string, options: string[], key: string, max = 1): AnalysedItem => ({
  id,
  max,
  options,
  keys: [key],
});

const student = (
  studentId: string,
  responses: Record<string, [earned: number, ...chosen: string[]]>,
): StudentResult => ({
  studentId,
  responses: Object.fromEntries(
    Object.entries(responses).map(([item, [earned, ...chosen]]) => [item, { earned, chosen }]),
  ),
});

const itemOf = (analysis: AssignmentAnalysis, id: string): ItemStatistics => {
  const item = analysis.items.find((i) => i.itemId === id);
  if (!item) throw new Error(`no statistics for ${id}`);
  return item;
};

describe('mean, median and sampleSd', () => {
  it('return null for an empty list', () => {
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
    expect(sampleSd([])).toBeNull();
  });

  it('takes the middle value, or the average of the two middle values, without reordering the input', () => {
    const values = [3, 1, 2];
    expect(median(values)).toBe(2);
    expect(values).toEqual([3, 1, 2]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('divides by n - 1 for the sample SD and needs two values', () => {
    // mean 2; squared deviations 1 + 0 + 1 = 2; 2 / (3 - 1) = 1
    expect(sampleSd([1, 2, 3])).toBe(1);
    expect(sampleSd([5])).toBeNull();
  });
});

describe('analyseAssignment on a hand-computed class', () => {
  // A: 1 mark, key a1.  B: 1 mark, key b1.  C: 2 marks, key c1 (partial credit allowed).
  const items = [
    choice('A', ['a1', 'a2', 'a3'], 'a1'),
    choice('B', ['b1', 'b2'], 'b1'),
    choice('C', ['c1', 'c2'], 'c1', 2),
  ];
  // Marks (A, B, C) and totals:  s1 (1, 1, 2) = 4   s2 (1, 0, 2) = 3   s3 (0, 1, 0) = 1   s4 (–, 0, 1) = 1
  const students = [
    student('s1', { A: [1, 'a1'], B: [1, 'b1'], C: [2, 'c1'] }),
    student('s2', { A: [1, 'a1'], B: [0, 'b2'], C: [2, 'c1'] }),
    student('s3', { A: [0, 'a2'], B: [1, 'b1'], C: [0, 'c2'] }),
    student('s4', { B: [0, 'b2'], C: [1, 'c1', 'zz'] }),
  ];
  const analysis = analyseAssignment(items, students);

  it('gives facility 0.5 when half the class gets the item right, with the sample SD of the fractions', () => {
    const a = itemOf(analysis, 'A');
    // fractions 1, 1, 0, 0: mean 0.5; squared deviations 4 × 0.25 = 1; SD = sqrt(1 / 3)
    expect(a.facility).toBe(0.5);
    expect(a.sd).toBeCloseTo(Math.sqrt(1 / 3), 12);
  });

  it('counts an unanswered item as 0 marks and as no answer', () => {
    const a = itemOf(analysis, 'A');
    expect(a.attempts).toBe(3);
    expect(a.noAnswer).toBe(1);
    expect(itemOf(analysis, 'B')).toMatchObject({ attempts: 4, noAnswer: 0 });
  });

  it('correlates the item with the rest of the test, not with a total that includes it', () => {
    // A: x = 1, 1, 0, 0 (dev ±0.5); rest = B + C = 3, 2, 1, 1 (mean 1.75, dev 1.25, 0.25, -0.75, -0.75)
    // Σdxdy = 0.625 + 0.125 + 0.375 + 0.375 = 1.5; Σdx² = 1; Σdy² = 2.75; r = 1.5 / sqrt(2.75)
    expect(itemOf(analysis, 'A').discrimination).toBeCloseTo(1.5 / Math.sqrt(2.75), 12);
    // B: x = 1, 0, 1, 0; rest = A + C = 3, 3, 0, 1 (mean 1.75, dev 1.25, 1.25, -1.75, -0.75)
    // Σdxdy = 0.625 - 0.625 - 0.875 + 0.375 = -0.5; Σdy² = 6.75; r = -0.5 / sqrt(6.75)
    expect(itemOf(analysis, 'B').discrimination).toBeCloseTo(-0.5 / Math.sqrt(6.75), 12);
    // C: x = 1, 1, 0, 0.5 (mean 0.625, Σdx² = 0.6875); rest = A + B = 2, 1, 1, 0 (dev 1, 0, 0, -1)
    // Σdxdy = 0.375 + 0.125 = 0.5; Σdy² = 2; r = 0.5 / sqrt(1.375)
    const c = itemOf(analysis, 'C');
    expect(c.facility).toBe(0.625);
    expect(c.sd).toBeCloseTo(Math.sqrt(0.6875 / 3), 12);
    expect(c.discrimination).toBeCloseTo(0.5 / Math.sqrt(1.375), 12);
  });

  it('compares the covariance with the largest one the marks allow for discriminative efficiency', () => {
    // A: sorted pairing (0,1)(0,1)(1,2)(1,3) gives the same Σdxdy = 1.5 as the data, so 1
    expect(itemOf(analysis, 'A').discriminativeEfficiency).toBeCloseTo(1, 12);
    // B: sorted x 0,0,1,1 against sorted rest 0,1,3,3 gives Σdxdy = 2.5; -0.5 / 2.5 = -0.2
    expect(itemOf(analysis, 'B').discriminativeEfficiency).toBeCloseTo(-0.2, 12);
    // C: sorted x 0,0.5,1,1 against 0,1,1,2 gives Σdxdy = 0.625 + 0.375 = 1; 0.5 / 1 = 0.5
    expect(itemOf(analysis, 'C').discriminativeEfficiency).toBeCloseTo(0.5, 12);
  });

  it('counts every offered option in display order, marks the key and ignores ids not offered', () => {
    expect(itemOf(analysis, 'A').optionCounts).toEqual([
      { optionId: 'a1', count: 2, isKey: true },
      { optionId: 'a2', count: 1, isKey: false },
      { optionId: 'a3', count: 0, isKey: false },
    ]);
    expect(itemOf(analysis, 'C').optionCounts).toEqual([
      { optionId: 'c1', count: 3, isKey: true },
      { optionId: 'c2', count: 1, isKey: false },
    ]);
  });

  it('reports the test mean, median and SD as fractions of the maximum marks', () => {
    // totals 4, 3, 1, 1 of 4 → 1, 0.75, 0.25, 0.25; mean 0.5625; median (0.25 + 0.75) / 2 = 0.5
    // raw variance: deviations 1.75, 0.75, -1.25, -1.25 → 6.75 / 3 = 2.25; SD 1.5 marks = 0.375
    expect(analysis.test).toMatchObject({ students: 4, maxMarks: 4, mean: 0.5625, median: 0.5 });
    expect(analysis.test.sd).toBeCloseTo(0.375, 12);
  });

  it("computes Cronbach's alpha from raw item variances, then the error ratio and standard error", () => {
    // item variances 1/3 + 1/3 + 11/12 (C: 2, 2, 0, 1) = 19/12; total variance 9/4
    // alpha = 3/2 × (1 - (19/12) / (9/4)) = 3/2 × 8/27 = 4/9
    expect(analysis.test.cronbachAlpha).toBeCloseTo(4 / 9, 12);
    expect(analysis.test.errorRatio).toBeCloseTo(Math.sqrt(5 / 9), 12);
    expect(analysis.test.standardError).toBeCloseTo(Math.sqrt(5 / 9) * 0.375, 12);
  });

  it('raises no flags for a class smaller than five with a top third under three', () => {
    expect(analysis.items.flatMap((i) => i.flags)).toEqual([]);
  });
});

describe('analyseAssignment edge cases', () => {
  it('gives null statistics rather than numbers when there are no students', () => {
    const analysis = analyseAssignment([choice('A', ['x', 'y'], 'x')], []);
    expect(itemOf(analysis, 'A')).toMatchObject({
      attempts: 0,
      facility: null,
      sd: null,
      discrimination: null,
      discriminativeEfficiency: null,
      noAnswer: 0,
    });
    expect(analysis.test).toEqual({
      students: 0,
      maxMarks: 1,
      mean: null,
      median: null,
      sd: null,
      cronbachAlpha: null,
      errorRatio: null,
      standardError: null,
    });
  });

  it('leaves alpha, error ratio and standard error null for a single-item test', () => {
    const analysis = analyseAssignment(
      [choice('A', ['x', 'y'], 'x')],
      [student('s1', { A: [1, 'x'] }), student('s2', { A: [0, 'y'] })],
    );
    expect(analysis.test).toMatchObject({
      cronbachAlpha: null,
      errorRatio: null,
      standardError: null,
    });
    // The rest of the test is empty (always 0), so the item cannot be correlated with it.
    expect(itemOf(analysis, 'A').discrimination).toBeNull();
  });

  it('leaves alpha null when every student has the same total', () => {
    const items = [choice('A', ['x', 'y'], 'x'), choice('B', ['x', 'y'], 'x')];
    const analysis = analyseAssignment(items, [
      student('s1', { A: [1, 'x'], B: [0, 'y'] }),
      student('s2', { A: [0, 'y'], B: [1, 'x'] }),
    ]);
    expect(analysis.test.cronbachAlpha).toBeNull();
    expect(analysis.test.sd).toBe(0);
  });

  it('gives a negative alpha but no error ratio when the items pull against each other', () => {
    // A: 1, 0, 1, 0 and B: 0, 1, 0, 0; totals 1, 1, 1, 0
    // var A = 1/3, var B = 0.25, var total = 0.25; alpha = 2 × (1 - (7/12) / (1/4)) = -8/3
    const items = [choice('A', ['x', 'y'], 'x'), choice('B', ['x', 'y'], 'x')];
    const analysis = analyseAssignment(items, [
      student('s1', { A: [1, 'x'], B: [0, 'y'] }),
      student('s2', { A: [0, 'y'], B: [1, 'x'] }),
      student('s3', { A: [1, 'x'], B: [0, 'y'] }),
      student('s4', { A: [0, 'y'], B: [0, 'y'] }),
    ]);
    expect(analysis.test.cronbachAlpha).toBeCloseTo(-8 / 3, 12);
    expect(analysis.test.errorRatio).toBeNull();
    expect(analysis.test.standardError).toBeNull();
  });

  it('holds marks outside [0, max] to the scale so facility stays a proportion', () => {
    const analysis = analyseAssignment(
      [choice('A', ['x'], 'x', 2)],
      [student('s1', { A: [3, 'x'] }), student('s2', { A: [-1] })],
    );
    // clamped to 2 and 0 → fractions 1 and 0
    expect(itemOf(analysis, 'A').facility).toBe(0.5);
  });

  it('counts a multi-select option once per student', () => {
    const analysis = analyseAssignment(
      [{ id: 'M', max: 1, options: ['p', 'q', 'r'], keys: ['p', 'q'] }],
      [student('s1', { M: [1, 'p', 'q', 'q'] }), student('s2', { M: [0.5, 'p', 'r'] })],
    );
    expect(itemOf(analysis, 'M').optionCounts).toEqual([
      { optionId: 'p', count: 2, isKey: true },
      { optionId: 'q', count: 1, isKey: true },
      { optionId: 'r', count: 1, isKey: false },
    ]);
  });
});

describe('possibly-miskeyed flag', () => {
  // Q is keyed x; the 5-mark item R sets the ranking: s1 > s2 > … > s9, so the top third is s1–s3.
  const items = [choice('Q', ['x', 'y', 'z'], 'x'), choice('R', ['r'], 'r', 5)];
  const classWith = (
    topChoices: string[],
    restChoice = 'x',
    rMarks = [5, 5, 4, 3, 3, 2, 1, 1, 0],
  ) =>
    rMarks.map((r, i) => {
      const chosen = topChoices[i] ?? restChoice;
      return student(`s${i + 1}`, { Q: [chosen === 'x' ? 1 : 0, chosen], R: [r, 'r'] });
    });

  it('fires when the top third chooses a distractor more often than the key', () => {
    const flags = itemOf(analyseAssignment(items, classWith(['y', 'y', 'x'])), 'Q').flags;
    expect(flags).toContainEqual({
      kind: 'possibly-miskeyed',
      distractor: 'y',
      distractorCount: 2,
      keyCount: 1,
    });
  });

  it('does not fire when the key is the top third’s favourite', () => {
    const flags = itemOf(analyseAssignment(items, classWith(['x', 'x', 'y'], 'y')), 'Q').flags;
    expect(flags.map((f) => f.kind)).not.toContain('possibly-miskeyed');
  });

  it('does not fire when a distractor only ties with the key', () => {
    const flags = itemOf(analyseAssignment(items, classWith(['x', 'y', 'z'])), 'Q').flags;
    expect(flags.map((f) => f.kind)).not.toContain('possibly-miskeyed');
  });

  it('looks only at the top third, whatever the rest of the class chose', () => {
    // Everyone outside the top third picks y: the top third still prefers the key.
    const flags = itemOf(analyseAssignment(items, classWith(['x', 'x', 'x'], 'y')), 'Q').flags;
    expect(flags.map((f) => f.kind)).not.toContain('possibly-miskeyed');
  });

  it('does not fire when the top third has fewer than three students', () => {
    const six = classWith(['y', 'y'], 'x', [5, 4, 3, 2, 1, 0]);
    expect(itemOf(analyseAssignment(items, six), 'Q').flags.map((f) => f.kind)).not.toContain(
      'possibly-miskeyed',
    );
  });

  it('breaks ties in total score by student id, so the top third does not depend on input order', () => {
    // Everyone totals 5; the top third is s1, s2, s3 by id, and they chose z.
    const tied = classWith(['z', 'z', 'z'], 'x', [4, 4, 4, 4, 4, 4, 4, 4, 4]).map((s, i) =>
      i < 3 ? { ...s, responses: { ...s.responses, R: { earned: 5, chosen: ['r'] } } } : s,
    );
    for (const order of [tied, [...tied].reverse()]) {
      expect(itemOf(analyseAssignment(items, order), 'Q').flags).toContainEqual({
        kind: 'possibly-miskeyed',
        distractor: 'z',
        distractorCount: 3,
        keyCount: 0,
      });
    }
  });
});

describe('does-not-discriminate, too-easy and too-hard flags', () => {
  // F (4 marks) spreads the class; G follows it, N runs against it, E everyone gets, H nobody gets.
  const items = [
    choice('F', ['f'], 'f', 4),
    choice('G', ['g', 'w'], 'g'),
    choice('N', ['n', 'w'], 'n'),
    choice('E', ['e', 'w'], 'e'),
    choice('H', ['h', 'w'], 'h'),
  ];
  const f = [4, 3, 3, 1, 1, 0];
  const g = [1, 1, 1, 0, 0, 0];
  const students = f.map((marks, i) =>
    student(`s${i + 1}`, {
      F: [marks, 'f'],
      G: g[i] ? [1, 'g'] : [0, 'w'],
      N: g[i] ? [0, 'w'] : [1, 'n'],
      E: [1, 'e'],
      H: [0, 'w'],
    }),
  );
  const analysis = analyseAssignment(items, students);
  const kinds = (id: string) => itemOf(analysis, id).flags.map((flag) => flag.kind);

  it('leaves an item that separates strong from weak students unflagged', () => {
    expect(itemOf(analysis, 'G').discrimination).toBeGreaterThan(0.3);
    expect(kinds('G')).toEqual([]);
  });

  it('flags an item that weaker students do better on, with its negative discrimination', () => {
    const n = itemOf(analysis, 'N');
    expect(n.discrimination).toBeLessThan(0);
    expect(n.flags).toContainEqual({
      kind: 'does-not-discriminate',
      discrimination: n.discrimination,
    });
  });

  it('flags an item everyone got right as too easy and not discriminating', () => {
    expect(itemOf(analysis, 'E').flags).toEqual([
      { kind: 'does-not-discriminate', discrimination: null },
      { kind: 'too-easy' },
    ]);
  });

  it('flags an item nobody got right as too hard and not discriminating', () => {
    expect(kinds('H')).toEqual(['does-not-discriminate', 'too-hard']);
  });

  it('does not judge discrimination or facility with fewer than five students', () => {
    const small = analyseAssignment(items, students.slice(0, 4));
    expect(small.items.flatMap((i) => i.flags)).toEqual([]);
  });
});

describe('analyseAssignment properties', () => {
  const itemsArb = fc
    .array(fc.constantFrom(0.5, 1, 2, 3), { minLength: 1, maxLength: 5 })
    .map((maxes) =>
      maxes.map((max, i): AnalysedItem => ({
        id: `i${i}`,
        max,
        options: ['a', 'b', 'c'],
        keys: ['a'],
      })),
    );
  const responseArb = (max: number) =>
    fc.option(
      fc.record({
        earned: fc.oneof(fc.constantFrom(0, max / 2, max), fc.double({ min: 0, max, noNaN: true })),
        chosen: fc.subarray(['a', 'b', 'c', 'unknown']),
      }),
      { nil: undefined },
    );
  const classArb = itemsArb.chain((items) =>
    fc.tuple(
      fc.constant(items),
      fc.uniqueArray(
        fc.record({
          studentId: fc.string({ minLength: 1, maxLength: 4 }),
          responses: fc
            .tuple(...items.map((item) => responseArb(item.max)))
            .map((rs) => Object.fromEntries(items.map((item, i) => [item.id, rs[i]]))),
        }),
        { maxLength: 12, selector: (s) => s.studentId },
      ),
    ),
  );

  it('keeps facility within [0, 1] and discrimination and efficiency within [-1, 1] or null', () => {
    fc.assert(
      fc.property(classArb, ([items, students]) => {
        const { items: stats, test } = analyseAssignment(items, students);
        for (const item of stats) {
          if (students.length === 0) expect(item.facility).toBeNull();
          else {
            expect(item.facility).toBeGreaterThanOrEqual(0);
            expect(item.facility).toBeLessThanOrEqual(1);
          }
          for (const r of [item.discrimination, item.discriminativeEfficiency]) {
            if (r === null) continue;
            expect(r).toBeGreaterThanOrEqual(-1);
            expect(r).toBeLessThanOrEqual(1);
          }
          expect(item.attempts + item.noAnswer).toBe(students.length);
        }
        if (test.mean !== null) {
          expect(test.mean).toBeGreaterThanOrEqual(0);
          expect(test.mean).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it("never gives a Cronbach's alpha above 1", () => {
    fc.assert(
      fc.property(classArb, ([items, students]) => {
        const { cronbachAlpha, errorRatio } = analyseAssignment(items, students).test;
        if (cronbachAlpha !== null) expect(cronbachAlpha).toBeLessThanOrEqual(1);
        if (errorRatio !== null) expect(errorRatio).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('gives the same statistics whatever order the students come in', () => {
    const round = (analysis: AssignmentAnalysis) =>
      JSON.parse(
        JSON.stringify(analysis, (_, v: unknown) =>
          typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v,
        ),
      ) as unknown;
    fc.assert(
      fc.property(
        classArb.chain(([items, students]) =>
          fc.tuple(
            fc.constant(items),
            fc.constant(students),
            fc.shuffledSubarray(students, {
              minLength: students.length,
              maxLength: students.length,
            }),
          ),
        ),
        ([items, students, shuffled]) => {
          expect(round(analyseAssignment(items, shuffled))).toEqual(
            round(analyseAssignment(items, students)),
          );
        },
      ),
    );
  });
});

describe('STATISTIC_LEGEND', () => {
  it('explains every statistic and flag once, each with a healthy range', () => {
    const ids = STATISTIC_LEGEND.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'facility',
      'sd',
      'discrimination',
      'discriminative-efficiency',
      'option-counts',
      'mean-median',
      'cronbach-alpha',
      'error-ratio',
      'standard-error',
      'possibly-miskeyed',
      'does-not-discriminate',
      'too-easy',
      'too-hard',
    ]) {
      expect(ids).toContain(id);
    }
    for (const entry of STATISTIC_LEGEND) {
      expect(entry.label && entry.meaning && entry.healthy).toBeTruthy();
    }
  });
});
