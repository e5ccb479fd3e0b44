import { describe, expect, it } from 'vitest';
import { formatUtc, settingsLines, stateLabel } from '@/lib/assignments/describe';
import { DEFAULT_SETTINGS } from '@/lib/assignments/settings';

const OPENS = Date.UTC(2025, 2, 3, 9, 5, 42, 123);
const DUE = Date.UTC(2025, 11, 31, 23, 59);

describe('formatUtc', () => {
  it('writes the date and time to the minute in UTC', () => {
    expect(formatUtc(OPENS)).toBe('2025-03-03 09:05 UTC');
    expect(formatUtc(DUE)).toBe('2025-12-31 23:59 UTC');
  });

  it('writes the epoch as midnight of 1 January 1970', () => {
    expect(formatUtc(0)).toBe('1970-01-01 00:00 UTC');
  });
});

describe('stateLabel', () => {
  it.each([
    [{ state: 'open' } as const, 'Open'],
    [{ state: 'closed', closedAt: DUE } as const, 'Closed'],
    [{ state: 'not-open-yet', opensAt: OPENS } as const, 'Opens 2025-03-03 09:05 UTC'],
    [{ state: 'past-due', dueAt: DUE } as const, 'Past due (2025-12-31 23:59 UTC)'],
  ])('labels %j as "%s"', (state, label) => {
    expect(stateLabel(state)).toBe(label);
  });
});

describe('settingsLines', () => {
  it('describes the default settings in three lines', () => {
    expect(settingsLines(DEFAULT_SETTINGS)).toEqual([
      'Feedback after each answer',
      'One attempt',
      'No time limit',
    ]);
  });

  it('describes every setting that is on, in a fixed order', () => {
    expect(
      settingsLines({
        feedback: 'after-close',
        maxAttempts: 3,
        timeLimitMinutes: 20,
        opensAt: OPENS,
        dueAt: DUE,
        shuffleItems: true,
        shuffleOptions: true,
        certaintyBased: true,
      }),
    ).toEqual([
      'Feedback once the assignment closes',
      '3 attempts',
      'Time limit 20 min',
      'Opens 2025-03-03 09:05 UTC',
      'Due 2025-12-31 23:59 UTC',
      'Questions shuffled per student',
      'Options shuffled per student',
      'Certainty-based marking',
    ]);
  });

  it('mentions a date or a switch only when it is set', () => {
    const lines = settingsLines({ ...DEFAULT_SETTINGS, dueAt: DUE, shuffleOptions: true });
    expect(lines).toEqual([
      'Feedback after each answer',
      'One attempt',
      'No time limit',
      'Due 2025-12-31 23:59 UTC',
      'Options shuffled per student',
    ]);
  });
});
