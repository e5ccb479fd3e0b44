import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixed2, formatDuration, formatMarks } from '@/components/instructor/format';
import { formatUtc } from '@/lib/assignments/describe';
import { nameProblem, titleProblem } from '@/lib/text/rules';

describe('names and titles', () => {
  it('accepts names in any script, with accents, apostrophes and hyphens', () => {
    for (const name of ['Đorđe Petrović', "Seán O'Brien", 'Ana-María', '李小龍', 'Σωκράτης', 'X']) {
      expect(nameProblem(name), name).toBeUndefined();
    }
  });

  it('refuses control characters, text-direction controls and names with nothing to see', () => {
    expect(nameProblem('Sam\u0000')).toBe('no control characters');
    expect(nameProblem('Sam\u009b')).toBe('no control characters');
    expect(nameProblem('\u202eSam')).toBe('no text-direction control characters');
    expect(nameProblem('Sam\u2066')).toBe('no text-direction control characters');
    expect(nameProblem('\u200b\u200b')).toBe('at least one visible character');
    expect(titleProblem('\u3000')).toBe('at least one visible character');
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => {
        const problem = titleProblem(text);
        expect(problem === undefined || typeof problem === 'string').toBe(true);
      }),
    );
  });
});

describe('formatters are total', () => {
  it('show a dash for a value no date or number can show, instead of throwing', () => {
    expect(formatUtc(8.7e15)).toBe('–');
    expect(formatUtc(Number.NaN)).toBe('–');
    expect(formatUtc(Date.UTC(2026, 11, 5, 9, 14))).toBe('2026-12-05 09:14 UTC');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('–');
    expect(formatDuration(-5)).toBe('–');
    expect(formatMarks(Number.NaN)).toBe('–');
    expect(fixed2(Number.NEGATIVE_INFINITY)).toBe('–');
  });

  it('format every finite value without throwing', () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        expect(typeof formatUtc(n)).toBe('string');
        expect(typeof formatDuration(n)).toBe('string');
        expect(typeof formatMarks(n)).toBe('string');
        expect(typeof fixed2(n)).toBe('string');
      }),
    );
  });
});
