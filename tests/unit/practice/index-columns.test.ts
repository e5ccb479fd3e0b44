import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PracticeIndexEntry } from '@/lib/practice/bank-data';
import { packEntries, unpackEntries, unpackIndexRead } from '@/lib/practice/index-columns';

const entryArbitrary: fc.Arbitrary<PracticeIndexEntry> = fc.record({
  id: fc.string(),
  // Few frameworks and keys, many entries each, as in a real bank; and any string at all.
  frameworkId: fc.oneof(fc.constantFrom('pajtinka', 'cottey-forster', 'modes'), fc.string()),
  scenarioId: fc.string(),
  key: fc.oneof(fc.constantFrom('information', 'cooperation', 'gunboat'), fc.string()),
  chunk: fc.nat({ max: 2 ** 32 - 1 }),
});

describe('the practice index in columns', () => {
  it('gives back every entry as it was, in order', () => {
    fc.assert(
      fc.property(fc.array(entryArbitrary, { maxLength: 300 }), (entries) => {
        expect(unpackEntries(packEntries(entries))).toEqual(entries);
      }),
    );
  });

  it('names each framework and key once, however many entries share it', () => {
    const entries = Array.from({ length: 1000 }, (_, i) => ({
      id: `s${i}.pajtinka`,
      frameworkId: i % 2 ? 'pajtinka' : 'modes',
      scenarioId: `s${i}`,
      key: ['information', 'cooperation', 'gunboat'][i % 3]!,
      chunk: Math.floor(i / 48),
    }));
    const packed = packEntries(entries);
    expect(packed.frameworkIds).toEqual(['modes', 'pajtinka']);
    expect(packed.keys).toEqual(['information', 'cooperation', 'gunboat']);
    expect(packed.chunk[999]).toBe(20);
  });

  it('passes a refusal through as it is', () => {
    expect(unpackIndexRead({ ok: false, error: 'the index is not JSON' })).toEqual({
      ok: false,
      error: 'the index is not JSON',
    });
  });
});
