import { describe, expect, it } from 'vitest';
import { buildPracticeIndex, selectNext } from '@/lib/practice/select';
import { firstPracticeQuestion, practiceBank } from '@/server/practice-bank';

describe("the practice page's first question", () => {
  it("is the scheduler's choice for a fresh start, sent without its key or explanation", () => {
    const first = firstPracticeQuestion();
    expect(first).toBeDefined();
    const { index, chunks } = practiceBank();
    const entry = index.entries.find((e) => e.id === first!.id);
    expect(entry?.frameworkId).toBe(first!.frameworkId);
    const item = chunks[entry!.chunk]!.items.find((i) => i.id === first!.id)!;
    // The same concept a fresh learner's scheduler starts with, whatever the moment.
    const ref = buildPracticeIndex(index.entries);
    const fresh = { cards: {}, history: [], remediation: [], scope: 'mixed' };
    for (const now of [0, 1, Date.now()]) {
      const pick = selectNext({ index: ref, ...fresh, now })!;
      expect(pick.reason).toBe('new');
      expect(`${pick.item.frameworkId}:${pick.item.key}`).toBe(
        `${entry!.frameworkId}:${entry!.key}`,
      );
    }
    expect(first!.question).not.toHaveProperty('answerKey');
    expect(first!.question).not.toHaveProperty('teaching');
    expect(JSON.stringify(first)).not.toMatch(/"(answerKey|teaching)"/);
    const { answerKey: _key, teaching: _teaching, ...rest } = item;
    expect(first!.question).toEqual(rest);
  });
});
