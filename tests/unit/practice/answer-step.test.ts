import { describe, expect, it } from 'vitest';
import { practiceStep, type PracticeState } from '@/lib/practice/answer-step';
import * as scheduler from '@/lib/practice/schedule';
import { buildPracticeIndex } from '@/lib/practice/select';
import { classifyItem, twoTierItem } from '../../support/items';

const NOW = Date.UTC(2026, 11, 5, 9);

const drill = classifyItem({ id: 'drill.pajtinka', key: 'cooperation' });
const visit = classifyItem({ id: 'visit.pajtinka', key: 'visits-presence' });
const talks = classifyItem({ id: 'talks.pajtinka', key: 'cooperation' });

function state(overrides: Partial<PracticeState> = {}): PracticeState {
  return {
    index: buildPracticeIndex(
      [drill, visit, talks].map((item) => ({
        id: item.id,
        scenarioId: item.scenario.id,
        frameworkId: item.frameworkId,
        key: item.answerKey.best,
      })),
    ),
    cards: {},
    history: [],
    remediation: [],
    retention: 0.9,
    ...overrides,
  };
}

describe('one practice answer', () => {
  it('records a right answer and schedules its concept for later', () => {
    const step = practiceStep(
      drill,
      { kind: 'choice', choice: 'cooperation' },
      { certaintyBased: false, now: NOW },
      state(),
      scheduler,
    );
    if (!step.ok) throw new Error(step.message);
    expect(step.answer).toEqual({
      itemId: 'drill.pajtinka',
      scenarioId: 'drill',
      frameworkId: 'pajtinka',
      key: 'cooperation',
      given: 'cooperation',
      credit: 1,
      at: NOW,
    });
    expect(step.concept).toBe('pajtinka:cooperation');
    expect(step.card.due).toBeGreaterThan(NOW);
    expect(step.remediation).toEqual([]);
  });

  it('after a confusion, queues one case of each of the two categories to untangle them', () => {
    const step = practiceStep(
      drill,
      { kind: 'choice', choice: 'visits-presence' },
      { certaintyBased: false, now: NOW },
      state(),
      scheduler,
    );
    if (!step.ok) throw new Error(step.message);
    expect(step.answer).toMatchObject({ given: 'visits-presence', credit: 0 });
    expect(step.remediation).toEqual([
      {
        itemId: 'talks.pajtinka',
        frameworkId: 'pajtinka',
        keyCategory: 'cooperation',
        confusedWith: 'visits-presence',
      },
      {
        itemId: 'visit.pajtinka',
        frameworkId: 'pajtinka',
        keyCategory: 'cooperation',
        confusedWith: 'visits-presence',
      },
    ]);
  });

  it('grades a sure right answer Easy and an unsure one Hard', () => {
    const graded: string[] = [];
    const spy = {
      ...scheduler,
      gradeOf: (o: Parameters<typeof scheduler.gradeOf>[0]) => {
        const grade = scheduler.gradeOf(o);
        graded.push(grade);
        return grade;
      },
    };
    for (const certainty of [3, 1] as const) {
      practiceStep(
        drill,
        { kind: 'choice', choice: 'cooperation', certainty },
        { certaintyBased: true, now: NOW },
        state(),
        spy,
      );
    }
    expect(graded).toEqual(['easy', 'hard']);
  });

  it('treats the right mode with the wrong reason as half right, not as a confusion', () => {
    const item = twoTierItem('blockade.modes.two-tier');
    const step = practiceStep(
      item,
      { kind: 'two-tier', choice: 'gunboat', reason: 'actors-defence' },
      { certaintyBased: false, now: NOW },
      state(),
      scheduler,
    );
    if (!step.ok) throw new Error(step.message);
    expect(step.answer.credit).toBe(0.5);
    expect(step.remediation).toEqual([]);
  });

  it('takes an answered item off the remediation queue, and refuses an incomplete answer', () => {
    const queued = {
      itemId: 'drill.pajtinka',
      frameworkId: 'pajtinka',
      keyCategory: 'cooperation',
      confusedWith: 'information',
    };
    const step = practiceStep(
      drill,
      { kind: 'choice', choice: 'cooperation' },
      { certaintyBased: false, now: NOW },
      state({ remediation: [queued] }),
      scheduler,
    );
    expect(step.ok && step.remediation).toEqual([]);
    expect(
      practiceStep(
        drill,
        { kind: 'choice', choice: 'cooperation' },
        { certaintyBased: true, now: NOW },
        state(),
        scheduler,
      ),
    ).toEqual({ ok: false, message: 'Say how sure you are.' });
  });
});
