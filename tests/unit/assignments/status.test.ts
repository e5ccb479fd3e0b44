import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type AssignmentSettings } from '@/lib/assignments/settings';
import {
  acceptsAnswers,
  assignmentState,
  DEADLINE_GRACE_MS,
  deadlineOf,
  expiredAt,
  feedbackReleased,
} from '@/lib/assignments/status';

const MINUTE = 60_000;
const OPENS = Date.UTC(2025, 2, 3, 9, 0);
const DUE = Date.UTC(2025, 2, 10, 17, 0);

function assignment(settings: Partial<AssignmentSettings> = {}, closedAt: number | null = null) {
  return { closedAt, settings: { ...DEFAULT_SETTINGS, ...settings } };
}

const open = (deadlineAt: number | null) => ({ submittedAt: null, deadlineAt });

describe('assignmentState', () => {
  it('is open at any time without dates', () => {
    expect(assignmentState(assignment(), 0)).toEqual({ state: 'open' });
    expect(assignmentState(assignment(), DUE * 2)).toEqual({ state: 'open' });
  });

  it('is not open yet before the opening date, and names it', () => {
    expect(assignmentState(assignment({ opensAt: OPENS, dueAt: DUE }), OPENS - 1)).toEqual({
      state: 'not-open-yet',
      opensAt: OPENS,
    });
  });

  it('opens exactly at the opening date', () => {
    expect(assignmentState(assignment({ opensAt: OPENS, dueAt: DUE }), OPENS)).toEqual({
      state: 'open',
    });
  });

  it('is still open the moment before the due date', () => {
    expect(assignmentState(assignment({ opensAt: OPENS, dueAt: DUE }), DUE - 1).state).toBe('open');
  });

  it('is past due exactly at the due date, and names it', () => {
    expect(assignmentState(assignment({ opensAt: OPENS, dueAt: DUE }), DUE)).toEqual({
      state: 'past-due',
      dueAt: DUE,
    });
    expect(assignmentState(assignment({ dueAt: DUE }), DUE + MINUTE).state).toBe('past-due');
  });

  it('is closed once closed, whatever the dates say', () => {
    const closedAt = OPENS + MINUTE;
    for (const now of [OPENS - 1, OPENS, DUE - 1, DUE]) {
      expect(assignmentState(assignment({ opensAt: OPENS, dueAt: DUE }, closedAt), now)).toEqual({
        state: 'closed',
        closedAt,
      });
    }
    expect(assignmentState(assignment({}, 0), 0)).toEqual({ state: 'closed', closedAt: 0 });
  });

  it('is open exactly from the opening date up to, not including, the due date', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 2 ** 40 }),
        fc.integer({ min: 1, max: 2 ** 40 }),
        fc.nat({ max: 2 ** 42 }),
        (opensAt, length, now) => {
          const dueAt = opensAt + length;
          const { state } = assignmentState(assignment({ opensAt, dueAt }), now);
          expect(state).toBe(now < opensAt ? 'not-open-yet' : now < dueAt ? 'open' : 'past-due');
        },
      ),
    );
  });
});

describe('feedbackReleased', () => {
  it('releases immediate feedback at any time, even before opening', () => {
    const immediate = assignment({ feedback: 'immediate', opensAt: OPENS, dueAt: DUE });
    for (const now of [OPENS - 1, OPENS, DUE - 1, DUE]) {
      expect(feedbackReleased(immediate, now)).toBe(true);
    }
  });

  it('holds after-close feedback back before opening and while open', () => {
    const afterClose = assignment({ feedback: 'after-close', opensAt: OPENS, dueAt: DUE });
    expect(feedbackReleased(afterClose, OPENS - 1)).toBe(false);
    expect(feedbackReleased(afterClose, OPENS)).toBe(false);
    expect(feedbackReleased(afterClose, DUE - 1)).toBe(false);
  });

  it('releases after-close feedback at the due date', () => {
    expect(feedbackReleased(assignment({ feedback: 'after-close', dueAt: DUE }), DUE)).toBe(true);
  });

  it('releases after-close feedback once the assignment is closed', () => {
    const closed = assignment({ feedback: 'after-close', dueAt: DUE }, OPENS);
    expect(feedbackReleased(closed, OPENS)).toBe(true);
  });

  it('never releases after-close feedback of an open assignment without a due date', () => {
    expect(feedbackReleased(assignment({ feedback: 'after-close' }), DUE * 2)).toBe(false);
  });
});

describe('deadlineOf', () => {
  const started = OPENS + 10 * MINUTE;

  it('has no deadline without a time limit or a due date', () => {
    expect(deadlineOf({ timeLimitMinutes: null, dueAt: null }, started)).toBeNull();
  });

  it('ends an attempt its time limit after it started', () => {
    expect(deadlineOf({ timeLimitMinutes: 20, dueAt: null }, started)).toBe(started + 20 * MINUTE);
  });

  it('ends an attempt at the due date without a time limit', () => {
    expect(deadlineOf({ timeLimitMinutes: null, dueAt: DUE }, started)).toBe(DUE);
  });

  it('takes the time limit when it comes before the due date', () => {
    expect(deadlineOf({ timeLimitMinutes: 30, dueAt: DUE }, started)).toBe(started + 30 * MINUTE);
  });

  it('takes the due date when it comes before the end of the time limit', () => {
    const late = DUE - 5 * MINUTE;
    expect(deadlineOf({ timeLimitMinutes: 30, dueAt: DUE }, late)).toBe(DUE);
  });

  it('is the earlier of the two for any start, limit and due date', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 2 ** 40 }),
        fc.integer({ min: 1, max: 600 }),
        fc.nat({ max: 2 ** 41 }),
        (startedAt, timeLimitMinutes, dueAt) => {
          const deadline = deadlineOf({ timeLimitMinutes, dueAt }, startedAt);
          expect(deadline).toBe(Math.min(startedAt + timeLimitMinutes * MINUTE, dueAt));
        },
      ),
    );
  });
});

describe('acceptsAnswers', () => {
  const deadline = DUE;

  it('takes answers at any time when there is no deadline', () => {
    expect(acceptsAnswers(open(null), DUE * 10)).toBe(true);
  });

  it('takes answers up to the deadline and through the grace period', () => {
    expect(acceptsAnswers(open(deadline), deadline - 1)).toBe(true);
    expect(acceptsAnswers(open(deadline), deadline)).toBe(true);
    expect(acceptsAnswers(open(deadline), deadline + DEADLINE_GRACE_MS)).toBe(true);
  });

  it('refuses answers the moment the grace period is over', () => {
    expect(acceptsAnswers(open(deadline), deadline + DEADLINE_GRACE_MS + 1)).toBe(false);
  });

  it('refuses answers to a submitted attempt, even before its deadline or without one', () => {
    const submittedAt = deadline - 10 * MINUTE;
    expect(acceptsAnswers({ submittedAt, deadlineAt: deadline }, submittedAt)).toBe(false);
    expect(acceptsAnswers({ submittedAt, deadlineAt: null }, submittedAt + 1)).toBe(false);
  });

  it('gives a grace of five seconds', () => {
    expect(DEADLINE_GRACE_MS).toBe(5_000);
  });
});

describe('expiredAt', () => {
  const deadline = DUE;

  it('says nothing while the attempt is within its deadline and grace', () => {
    expect(expiredAt(open(deadline), deadline)).toBeNull();
    expect(expiredAt(open(deadline), deadline + DEADLINE_GRACE_MS)).toBeNull();
  });

  it('ends the attempt at its deadline, not at the end of the grace, once the grace is over', () => {
    expect(expiredAt(open(deadline), deadline + DEADLINE_GRACE_MS + 1)).toBe(deadline);
    expect(expiredAt(open(deadline), deadline + 60 * MINUTE)).toBe(deadline);
  });

  it('never expires an attempt without a deadline', () => {
    expect(expiredAt(open(null), DUE * 10)).toBeNull();
  });

  it('never expires a submitted attempt', () => {
    expect(expiredAt({ submittedAt: deadline - 1, deadlineAt: deadline }, deadline * 2)).toBeNull();
  });

  it('calls an unsubmitted attempt either open or expired at any time, never both', () => {
    fc.assert(
      fc.property(
        fc.option(fc.nat({ max: 2 ** 41 }), { nil: null }),
        fc.nat({ max: 2 ** 42 }),
        (deadlineAt, now) => {
          const attempt = open(deadlineAt);
          expect(acceptsAnswers(attempt, now)).toBe(expiredAt(attempt, now) === null);
        },
      ),
    );
  });

  it('calls a submitted attempt neither open nor expired at any time', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 2 ** 41 }),
        fc.option(fc.nat({ max: 2 ** 41 }), { nil: null }),
        fc.nat({ max: 2 ** 42 }),
        (submittedAt, deadlineAt, now) => {
          const attempt = { submittedAt, deadlineAt };
          expect(acceptsAnswers(attempt, now)).toBe(false);
          expect(expiredAt(attempt, now)).toBeNull();
        },
      ),
    );
  });
});
