import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreItem } from '@/lib/items/registry';
import type { SingleItem, SortItem } from '@/lib/items/schema';
import { calibration, cbmMark } from '@/lib/scoring/certainty';
import { classifyItem } from '../../support/items';

describe('certainty-based marking', () => {
  it('uses the standard marks: right 1 / 2 / 3, wrong 0 / −2 / −6', () => {
    expect([1, 2, 3].map((c) => cbmMark(1, c as 1 | 2 | 3))).toEqual([1, 2, 3]);
    expect([1, 2, 3].map((c) => cbmMark(0, c as 1 | 2 | 3))).toEqual([0, -2, -6]);
  });

  it('marks partial credit in proportion between the right and the wrong mark', () => {
    expect(cbmMark(0.5, 3)).toBe(-1.5);
    expect(cbmMark(0.5, 1)).toBe(0.5);
  });

  it('costs more to be sure and wrong than unsure and wrong', () => {
    const item: SingleItem = classifyItem({ id: 'x.pajtinka', key: 'cooperation' });
    const wrongSure = scoreItem(
      item,
      { kind: 'choice', choice: 'information', certainty: 3 },
      { certaintyBased: true },
    );
    const wrongUnsure = scoreItem(
      item,
      { kind: 'choice', choice: 'information', certainty: 1 },
      { certaintyBased: true },
    );
    expect(wrongSure).toMatchObject({ earned: -6, max: 3 });
    expect(wrongUnsure).toMatchObject({ earned: 0, max: 3 });
  });

  it('asks for a certainty when the quiz uses it', () => {
    const item = classifyItem({ id: 'x.pajtinka', key: 'cooperation' });
    expect(
      scoreItem(item, { kind: 'choice', choice: 'cooperation' }, { certaintyBased: true }),
    ).toEqual({
      status: 'invalid',
      message: 'Say how sure you are.',
    });
  });

  it('marks each card of a sort board with its own certainty', () => {
    const board: SortItem = {
      id: 'sort.pajtinka.a~b~c~d',
      kind: 'sort',
      frameworkId: 'pajtinka',
      difficulty: 1,
      question: 'Place each',
      buckets: [
        { id: 'information', label: 'I' },
        { id: 'cooperation', label: 'C' },
      ],
      scenarios: ['a', 'b', 'c', 'd'].map((id) => ({
        id,
        title: id,
        text: id,
        context: 'hypothetical',
        contrastWith: [],
      })),
      answerKey: {
        placements: {
          a: { best: 'information', accepted: [] },
          b: { best: 'cooperation', accepted: [] },
          c: { best: 'information', accepted: [] },
          d: { best: 'cooperation', accepted: [] },
        },
      },
      teaching: { scenarios: {} },
    };
    const score = scoreItem(
      board,
      {
        kind: 'sort',
        placements: { a: 'information', b: 'cooperation', c: 'cooperation', d: 'information' },
        certainty: { a: 3, b: 1, c: 3, d: 2 },
      },
      { certaintyBased: true },
    );
    // a: right at 3 → +3; b: right at 1 → +1; c: wrong at 3 → −6; d: wrong at 2 → −2.
    expect(score).toMatchObject({ earned: -4, max: 12 });
  });

  it('keeps every mark within [−6, 3] per scenario', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(1, 2, 3),
        (credit, certainty) => {
          const mark = cbmMark(credit, certainty as 1 | 2 | 3);
          expect(mark).toBeGreaterThanOrEqual(-6);
          expect(mark).toBeLessThanOrEqual(3);
        },
      ),
    );
  });

  it('calls a learner over-confident who is right at "very sure" less than 80% of the time', () => {
    const judgements = [
      { scenarioId: 'a', key: 'k', credit: 1, certainty: 3 as const },
      { scenarioId: 'b', key: 'k', credit: 0, certainty: 3 as const },
      { scenarioId: 'c', key: 'k', credit: 1, certainty: 1 as const },
      { scenarioId: 'd', key: 'k', credit: 1, certainty: 1 as const },
      { scenarioId: 'e', key: 'k', credit: 1, certainty: 1 as const },
    ];
    expect(calibration(judgements)).toEqual([
      { certainty: 1, answers: 3, accuracy: 1, verdict: 'under-confident' },
      { certainty: 2, answers: 0 },
      { certainty: 3, answers: 2, accuracy: 0.5, verdict: 'over-confident' },
    ]);
  });
});
