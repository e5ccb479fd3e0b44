import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hasSavedPractice,
  savedPracticeScript,
  startsAfresh,
  SAVED_PRACTICE_ATTRIBUTE,
} from '@/lib/practice/first-question';
import { EMPTY_PRACTICE } from '@/stores/practice-store';
import { PRACTICE_STORE_KEY, PRACTICE_STORE_VERSION } from '@/stores/practice-store-version';

const answer = {
  itemId: 'a.pajtinka',
  scenarioId: 'a',
  frameworkId: 'pajtinka',
  key: 'cooperation',
  given: 'information',
  credit: 0,
  at: 1,
};
const card = {
  due: 1,
  stability: 1,
  difficulty: 5,
  scheduledDays: 0,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 1 as const,
};
const remediation = {
  itemId: 'b.pajtinka',
  frameworkId: 'pajtinka',
  keyCategory: 'cooperation',
  confusedWith: 'information',
};
/** What the store writes to localStorage (zustand persist). */
const stored = (state: object) => JSON.stringify({ state, version: PRACTICE_STORE_VERSION });

const savedState = fc.record({
  cards: fc.oneof(fc.constant({}), fc.constant({ 'pajtinka:cooperation': card })),
  history: fc.oneof(fc.constant([]), fc.constant([answer])),
  remediation: fc.oneof(fc.constant([]), fc.constant([remediation])),
  scope: fc.constantFrom('mixed', 'pajtinka', 'modes'),
  retention: fc.constantFrom(0.8, 0.9),
  certaintyBased: fc.boolean(),
});

describe('the first practice question, for a learner with nothing saved', () => {
  it('is asked of an empty store only', () => {
    expect(startsAfresh(EMPTY_PRACTICE)).toBe(true);
    expect(startsAfresh({ ...EMPTY_PRACTICE, history: [answer] })).toBe(false);
    expect(startsAfresh({ ...EMPTY_PRACTICE, cards: { 'pajtinka:cooperation': card } })).toBe(
      false,
    );
    expect(startsAfresh({ ...EMPTY_PRACTICE, remediation: [remediation] })).toBe(false);
    expect(startsAfresh({ ...EMPTY_PRACTICE, scope: 'pajtinka' })).toBe(false);
    expect(startsAfresh({ ...EMPTY_PRACTICE, certaintyBased: true })).toBe(false);
    // The retention target does not change which question comes first, nor how it looks.
    const lowerRetention = { ...EMPTY_PRACTICE, retention: 0.8 };
    expect(startsAfresh(lowerRetention)).toBe(true);
  });

  it('reads localStorage as the store does once it has validated it', () => {
    fc.assert(
      fc.property(savedState, (state) => {
        expect(hasSavedPractice(stored(state))).toBe(!startsAfresh(state));
      }),
    );
  });

  it('counts nothing saved as fresh, and anything unreadable as saved', () => {
    expect(hasSavedPractice(null)).toBe(false);
    // The store writes its empty state back as soon as it has read it.
    expect(hasSavedPractice(stored(EMPTY_PRACTICE))).toBe(false);
    for (const raw of ['', '{', 'null', '"x"', '{"state":null}', '{"state":{"history":"x"}}']) {
      expect(hasSavedPractice(raw), raw).toBe(true);
    }
    expect(hasSavedPractice(stored({ ...EMPTY_PRACTICE, cards: null }))).toBe(true);
  });

  it('marks the page before the question is parsed, from the script the page inlines', () => {
    const run = (raw: string | null, storage: 'works' | 'throws' = 'works') => {
      const attributes = new Map<string, string>();
      const localStorage = {
        getItem: (key: string) => {
          if (storage === 'throws') throw new Error('SecurityError');
          return key === PRACTICE_STORE_KEY ? raw : null;
        },
      };
      const document = {
        documentElement: {
          setAttribute: (name: string, value: string) => attributes.set(name, value),
        },
      };
      new Function('localStorage', 'document', savedPracticeScript(PRACTICE_STORE_KEY))(
        localStorage,
        document,
      );
      return attributes.has(SAVED_PRACTICE_ATTRIBUTE);
    };
    expect(run(null)).toBe(false);
    expect(run(stored(EMPTY_PRACTICE))).toBe(false);
    expect(run(stored({ ...EMPTY_PRACTICE, history: [answer] }))).toBe(true);
    expect(run('not json')).toBe(true);
    // Storage blocked (a locked-down browser): the question shows; the store will find nothing.
    expect(run(null, 'throws')).toBe(false);
  });
});
