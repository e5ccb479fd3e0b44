import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { review } from '@/lib/practice/schedule';
import {
  buildPracticeIndex,
  dueToday,
  endOfDay,
  remediationFor,
  selectNext,
  type PracticeItemRef,
  type SelectionInput,
} from '@/lib/practice/select';
import { conceptId } from '@/lib/items/ids';
import type { PracticeAnswer, StoredCard } from '@/lib/practice/types';

const FRAMEWORKS = {
  pajtinka: ['information', 'cooperation', 'visits', 'arms', 'representation'],
  roles: ['signal', 'transparency', 'trust'],
  modes: ['military', 'gunboat', 'coercive'],
};

/** Four scenarios per category; modes has few gunboat cases, as the real bank does. */
function bank(): PracticeItemRef[] {
  return Object.entries(FRAMEWORKS).flatMap(([frameworkId, categories]) =>
    categories.flatMap((key) =>
      Array.from({ length: key === 'gunboat' ? 1 : 4 }, (_, i) => ({
        id: `${frameworkId}-${key}-${i}.${frameworkId}`,
        scenarioId: `${frameworkId}-${key}-${i}`,
        frameworkId,
        key,
      })),
    ),
  );
}
const index = buildPracticeIndex(bank());
const now = Date.UTC(2026, 5, 1);

const answer = (item: PracticeItemRef, given: string, at = now): PracticeAnswer => ({
  itemId: item.id,
  scenarioId: item.scenarioId,
  frameworkId: item.frameworkId,
  key: item.key,
  given,
  credit: given === item.key ? 1 : 0,
  at,
});

const input = (over: Partial<SelectionInput> = {}): SelectionInput => ({
  index,
  cards: {},
  history: [],
  remediation: [],
  scope: 'mixed',
  now,
  ...over,
});

describe('choosing the next practice item', () => {
  it('never gives a third item in a row with the same key, over thousands of sessions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 30, maxLength: 60 }),
        fc.constantFrom('mixed', 'pajtinka', 'modes', 'roles'),
        (luck, scope) => {
          const history: PracticeAnswer[] = [];
          let cards: Record<string, StoredCard> = {};
          let remediation: SelectionInput['remediation'] = [];
          let clock = now;
          for (const roll of luck) {
            const next = selectNext(input({ cards, history, remediation, scope, now: clock }));
            if (!next) throw new Error('practice ran dry');
            const categories = FRAMEWORKS[next.item.frameworkId as keyof typeof FRAMEWORKS];
            const given =
              roll < 0.7 ? next.item.key : categories[Math.floor(roll * 10) % categories.length]!;
            const done = answer(next.item, given, clock);
            remediation = remediation.filter((r) => r.itemId !== next.item.id);
            if (given !== next.item.key) {
              remediation = [...remediation, ...remediationFor(done, index, [], history)];
            }
            history.push(done);
            const concept = conceptId(next.item.frameworkId, next.item.key);
            cards = {
              ...cards,
              [concept]: review(cards[concept], given === next.item.key ? 'good' : 'again', clock, {
                fuzz: false,
              }),
            };
            clock += 60_000;
          }
          for (let i = 2; i < history.length; i++) {
            const keys = [history[i - 2]!, history[i - 1]!, history[i]!].map((a) =>
              conceptId(a.frameworkId, a.key),
            );
            expect(new Set(keys).size).toBeGreaterThan(1);
          }
          if (scope !== 'mixed') expect(history.every((a) => a.frameworkId === scope)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes due concepts first, most overdue first, then new ones', () => {
    const day = 86_400_000;
    const card = (due: number): StoredCard => ({
      ...review(undefined, 'good', now - 10 * day, { fuzz: false }),
      due,
    });
    const cards = {
      'modes:coercive': card(now - 3 * day),
      'pajtinka:arms': card(now - 5 * day),
      'roles:trust': card(now + 5 * day),
    };
    const first = selectNext(input({ cards }))!;
    expect(first.reason).toBe('due');
    expect(conceptId(first.item.frameworkId, first.item.key)).toBe('pajtinka:arms');
    const afterDue = selectNext(input({ cards: { 'roles:trust': cards['roles:trust'] } }))!;
    expect(afterDue.reason).toBe('new');
  });

  it('prefers a scenario the learner has not met', () => {
    const arms = index.byConcept.get('pajtinka:arms')!;
    const cards = {
      'pajtinka:arms': { ...review(undefined, 'good', now, { fuzz: false }), due: now - 1 },
    };
    const other = index.byConcept.get('pajtinka:information')!;
    const history = arms
      .slice(0, 3)
      .flatMap((item, i) => [answer(item, item.key), answer(other[i]!, 'information')]);
    const next = selectNext(input({ cards, history, scope: 'pajtinka' }))!;
    expect(next.item.id).toBe(arms[3]!.id);
  });

  it('after a confusion, queues a case of the key and a case of the category chosen', () => {
    const missed = index.byConcept.get('pajtinka:visits')![0]!;
    const queued = remediationFor(answer(missed, 'representation'), index, [], []);
    expect(queued.map((r) => index.byId.get(r.itemId)!.key)).toEqual(['visits', 'representation']);
    expect(
      queued.every((r) => r.keyCategory === 'visits' && r.confusedWith === 'representation'),
    ).toBe(true);
    expect(queued[0]!.itemId).not.toBe(missed.id);
    // Contrast partners come first when they fit.
    const partner = index.byConcept.get('pajtinka:representation')![2]!;
    expect(
      remediationFor(answer(missed, 'representation'), index, [partner.scenarioId], [])[1]!.itemId,
    ).toBe(partner.id);
    // A right answer queues nothing.
    expect(remediationFor(answer(missed, 'visits'), index, [], [])).toEqual([]);
    const next = selectNext(
      input({ remediation: queued, history: [answer(missed, 'representation')] }),
    )!;
    expect(next.reason).toBe('remediation');
  });
});

describe('what is due today', () => {
  const HOUR = 3_600_000;
  const dueAt = (due: number): StoredCard => ({
    due,
    stability: 1,
    difficulty: 5,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: 2,
  });

  it("counts up to the last millisecond of the learner's own day", () => {
    // 2026-03-10 23:30 UTC is already 11 March in Prague (UTC+1, offset -60).
    const now = Date.UTC(2026, 2, 10, 23, 30);
    expect(new Date(endOfDay(now, 0)).toISOString()).toBe('2026-03-10T23:59:59.999Z');
    expect(new Date(endOfDay(now, -60)).toISOString()).toBe('2026-03-11T22:59:59.999Z');
    expect(new Date(endOfDay(now, 300)).toISOString()).toBe('2026-03-11T04:59:59.999Z');
    const cards = {
      'pajtinka:information': dueAt(now - HOUR),
      'pajtinka:cooperation': dueAt(Date.UTC(2026, 2, 10, 23, 59, 59, 999)),
      'modes:gunboat': dueAt(Date.UTC(2026, 2, 11, 12)),
    };
    expect(dueToday(cards, now, 0)).toBe(2);
    expect(dueToday(cards, now, -60)).toBe(3);
    expect(dueToday({}, now, 0)).toBe(0);
  });

  it('is never fewer at a later moment of the same day', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4e12 }), { maxLength: 8 }),
        fc.integer({ min: 1e12, max: 3e12 }),
        fc.integer({ min: 0, max: 23 * HOUR }),
        fc.integer({ min: -840, max: 720 }),
        (dues, now, later, offset) => {
          const cards = Object.fromEntries(dues.map((due, i) => [`f:c${i}`, dueAt(due)]));
          const sameDay = Math.min(now + later, endOfDay(now, offset));
          expect(dueToday(cards, sameDay, offset)).toBeGreaterThanOrEqual(
            dueToday(cards, now, offset),
          );
        },
      ),
    );
  });
});
