/** The shared pieces of the LMS exports: Moodle's fractions, identifiers, numbers; the bank's fit. */
import { describe, expect, it } from 'vitest';
import {
  decimal,
  identifierMaker,
  moodlePercent,
  pairId,
  questionOf,
} from '@/lib/export/interchange';
import { toMoodleXml } from '@/lib/export/moodle-xml';
import { realBank } from '../assignments/real-bank';
import { frameworks } from './interchange-items';

describe('moodlePercent', () => {
  it('keeps halves, thirds and sevenths exactly as Moodle lists them', () => {
    expect(moodlePercent(1 / 2)).toEqual({ percent: 50, exact: true });
    expect(moodlePercent(-1 / 3)).toEqual({ percent: -33.33333, exact: true });
    expect(moodlePercent(1 / 7)).toEqual({ percent: 14.28571, exact: true });
  });

  it('rounds a credit Moodle has no fraction for to the nearest one, and says so', () => {
    expect(moodlePercent(1 / 11)).toEqual({ percent: 10, exact: false });
    expect(moodlePercent(-1 / 12)).toEqual({ percent: -10, exact: false });
  });
});

describe('decimal', () => {
  it('writes plain decimals of at most seven places', () => {
    expect(decimal(1e-8)).toBe('0');
    expect(decimal(1 / 3)).toBe('0.3333333');
    expect(decimal(-0.5)).toBe('-0.5');
    expect(decimal(100)).toBe('100');
  });
});

describe('identifierMaker', () => {
  it('makes NCNames, the same for the same id and different for ids that sanitise alike', () => {
    const id = identifierMaker('C_');
    expect(id('1914-visit')).toBe('C_1914-visit');
    expect(id('a~b')).toBe('C_a_b');
    expect(id('a_b')).not.toBe('C_a_b');
    expect(id('a~b')).toBe('C_a_b');
    expect(id('a_b')).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
  });

  it('cuts a long id and tags it with a hash so two long ids stay apart', () => {
    const id = identifierMaker('item-');
    const long = `sort.pajtinka.${'a'.repeat(80)}`;
    const a = id(`${long}~x`);
    const b = id(`${long}~y`);
    expect(a.length).toBeLessThanOrEqual(64);
    expect(a).not.toBe(b);
  });
});

describe('the whole bank', () => {
  it("marks every answer-and-reason pair as QTI's two-tier rule does: the answer's credit, all of it with the reason", () => {
    const twoTier = realBank().items.filter((i) => i.kind === 'two-tier');
    expect(twoTier.length).toBeGreaterThan(100);
    for (const item of twoTier) {
      const question = questionOf(item);
      if (question.form !== 'tiers') throw new Error(`${item.id} is not in tiers`);
      for (const a of question.answer.choices) {
        for (const r of question.reason.choices) {
          const pair = question.pairs.find((p) => p.id === pairId(a.id, r.id))!;
          const answerRight = question.answer.right.includes(a.id);
          const reasonRight = question.reason.right.includes(r.id);
          const rule = answerRight
            ? reasonRight
              ? question.credit.both
              : question.credit.answer
            : 0;
          expect(pair.credit, `${item.id}: ${pair.id}`).toBe(rule);
        }
      }
    }
  });

  it('needs no rounding of a fraction in Moodle, and leaves no item out', () => {
    const { notes, skipped } = toMoodleXml(realBank().items, frameworks());
    expect(skipped).toEqual([]);
    expect(notes.filter((n) => n.includes('set fractions'))).toEqual([]);
  });
});
