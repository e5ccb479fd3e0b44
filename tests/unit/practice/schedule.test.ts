import { describe, expect, it } from 'vitest';
import { gradeOf, review } from '@/lib/practice/schedule';
import type { StoredCard } from '@/lib/practice/types';

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 5, 9);

/** Answers the concept each time it falls due, with a fixed clock and no fuzz. */
function run(grades: ('good' | 'again')[]): { card: StoredCard; intervals: number[] } {
  let card: StoredCard | undefined;
  let now = start;
  const intervals: number[] = [];
  for (const grade of grades) {
    card = review(card, grade, now, { fuzz: false });
    intervals.push((card.due - now) / DAY);
    now = card.due;
  }
  return { card: card!, intervals };
}

describe('FSRS scheduling of concepts', () => {
  it('lengthens the interval with each right answer', () => {
    const { intervals } = run(['good', 'good', 'good', 'good', 'good', 'good']);
    const reviewIntervals = intervals.slice(2);
    for (let i = 1; i < reviewIntervals.length; i++) {
      expect(reviewIntervals[i]!).toBeGreaterThan(reviewIntervals[i - 1]!);
    }
    expect(intervals.at(-1)!).toBeGreaterThan(20);
  });

  it('collapses the interval after a wrong answer', () => {
    const before = run(['good', 'good', 'good', 'good', 'good']);
    const after = run(['good', 'good', 'good', 'good', 'good', 'again']);
    expect(after.intervals.at(-1)!).toBeLessThan(1);
    expect(after.intervals.at(-1)!).toBeLessThan(before.intervals.at(-1)! / 10);
    expect(after.card.lapses).toBe(1);
  });

  it('is deterministic with fuzz off', () => {
    expect(run(['good', 'again', 'good'])).toEqual(run(['good', 'again', 'good']));
  });

  it('schedules sooner for a higher desired retention', () => {
    const grades = ['good', 'good', 'good', 'good'] as const;
    let low: StoredCard | undefined;
    let high: StoredCard | undefined;
    let now = start;
    for (const grade of grades) {
      low = review(low, grade, now, { fuzz: false, retention: 0.8 });
      high = review(high, grade, now, { fuzz: false, retention: 0.95 });
      now = Math.max(low.due, high.due);
    }
    expect(high!.scheduledDays).toBeLessThan(low!.scheduledDays);
  });

  it('grades by credit and, under certainty-based marking, by certainty', () => {
    expect(gradeOf({ credit: 1, keyRight: true })).toBe('good');
    expect(gradeOf({ credit: 1, keyRight: true, certainty: 1 })).toBe('hard');
    expect(gradeOf({ credit: 1, keyRight: true, certainty: 3 })).toBe('easy');
    expect(gradeOf({ credit: 0.5, keyRight: true })).toBe('hard');
    expect(gradeOf({ credit: 0, keyRight: false, certainty: 3 })).toBe('again');
  });
});
