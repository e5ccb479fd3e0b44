import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseAttempts, type AttemptRef } from '@/lib/analytics/attempt-choice';

const attempts: AttemptRef[] = [
  { id: 'sam-2', student: 'sam', number: 2 },
  { id: 'kim-1', student: 'kim', number: 1 },
  { id: 'sam-1', student: 'sam', number: 1 },
  { id: 'lee-1', student: 'lee', number: 1 },
  { id: 'sam-3', student: 'sam', number: 3 },
];

describe('chooseAttempts', () => {
  it('counts every attempt, in the order given', () => {
    expect(chooseAttempts(attempts, 'all')).toEqual(['sam-2', 'kim-1', 'sam-1', 'lee-1', 'sam-3']);
  });

  it("keeps each student's first attempt only", () => {
    expect(chooseAttempts(attempts, 'first')).toEqual(['kim-1', 'sam-1', 'lee-1']);
  });

  it("keeps each student's last attempt only", () => {
    expect(chooseAttempts(attempts, 'last')).toEqual(['kim-1', 'lee-1', 'sam-3']);
  });

  it('keeps exactly one attempt per student for first and last, whatever the order', () => {
    const refs = fc.uniqueArray(
      fc.record({
        student: fc.constantFrom('a', 'b', 'c', 'd'),
        number: fc.integer({ min: 1, max: 5 }),
      }),
      { selector: (r) => `${r.student}-${r.number}`, maxLength: 20 },
    );
    fc.assert(
      fc.property(refs, fc.constantFrom('first' as const, 'last' as const), (raw, choice) => {
        const list = raw.map((r) => ({ ...r, id: `${r.student}-${r.number}` }));
        const kept = chooseAttempts(list, choice);
        expect(kept).toHaveLength(new Set(list.map((r) => r.student)).size);
        for (const id of kept) {
          const ref = list.find((r) => r.id === id)!;
          const numbers = list.filter((r) => r.student === ref.student).map((r) => r.number);
          expect(ref.number).toBe(choice === 'first' ? Math.min(...numbers) : Math.max(...numbers));
        }
      }),
    );
  });
});
