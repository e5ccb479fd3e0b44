import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRACTICE_BANK_VERSION } from '@/lib/practice/bank-data';
import { splitPracticeBank } from '@/lib/practice/bank-split';
import { readPracticeChunk, readPracticeIndex } from '@/lib/practice/bank-schema';
import { classifyItem, manyItem } from '../../support/items';
import { PRACTICE_FRAMEWORKS } from '../../support/practice-bank';

/** Items of `scenarios` scenarios, some asked twice (classify and pick-every-one). */
function bankOf(scenarios: number, twice: (n: number) => boolean) {
  return Array.from({ length: scenarios }, (_, n) => [
    classifyItem({ id: `s${n}.pajtinka`, key: 'cooperation' }),
    ...(twice(n) ? [manyItem(`s${n}.pajtinka.many`, ['cooperation'])] : []),
  ]).flat();
}

describe('the practice bank in chunks', () => {
  it('puts every item in exactly one chunk, a scenario never across two, and indexes it there', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 20 }),
        fc.func(fc.boolean()),
        (scenarios, size, twice) => {
          const items = bankOf(scenarios, twice);
          const { index, chunks } = splitPracticeBank(PRACTICE_FRAMEWORKS, items, size);
          const chunked = chunks.flatMap((c) => c.items.map((i) => i.id));
          expect(chunked.sort()).toEqual(items.map((i) => i.id).sort());
          expect(index.chunks).toBe(chunks.length);
          for (const entry of index.entries) {
            expect(chunks[entry.chunk]!.items.some((i) => i.id === entry.id)).toBe(true);
          }
          const chunkOfScenario = new Map<string, number>();
          for (const entry of index.entries) {
            const seen = chunkOfScenario.get(entry.scenarioId);
            expect(seen === undefined || seen === entry.chunk).toBe(true);
            chunkOfScenario.set(entry.scenarioId, entry.chunk);
          }
          // Chunks are full before the next one starts (at most one scenario's items over).
          for (const chunk of chunks.slice(0, -1))
            expect(chunk.items.length).toBeGreaterThanOrEqual(size);
        },
      ),
    );
  });

  it('reads back what it wrote, index and chunks', () => {
    const items = bankOf(30, (n) => n % 3 === 0);
    const { index, chunks } = splitPracticeBank(PRACTICE_FRAMEWORKS, items, 8);
    const wire = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));
    expect(readPracticeIndex(wire(index))).toEqual({ ok: true, value: { index } });
    for (const chunk of chunks) {
      expect(readPracticeChunk(wire(chunk), chunk.chunk)).toEqual({ ok: true, value: chunk });
    }
  });

  it('reads an older worker’s whole bank (version 1) as an index with every item in hand', () => {
    const raw: unknown = JSON.parse(
      readFileSync(
        join(__dirname, '..', '..', 'fixtures', 'stored', 'practice-bank-v1.json'),
        'utf8',
      ),
    );
    const read = readPracticeIndex(raw);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.index.version).toBe(PRACTICE_BANK_VERSION);
    expect(read.value.items).toHaveLength(5);
    expect(read.value.index.entries.map((e) => e.id)).toEqual(read.value.items!.map((i) => i.id));
  });

  it('refuses a damaged index or chunk, and a chunk other than the one asked for', () => {
    const { index, chunks } = splitPracticeBank(
      PRACTICE_FRAMEWORKS,
      bankOf(10, () => false),
      4,
    );
    expect(readPracticeIndex({ ...index, version: 99 })).toMatchObject({ ok: false });
    expect(readPracticeIndex({ ...index, entries: [] })).toMatchObject({ ok: false });
    expect(readPracticeIndex({ ...index, chunks: 1 })).toMatchObject({
      ok: false,
      error: expect.stringContaining('names chunk'),
    });
    expect(readPracticeIndex('nope')).toMatchObject({ ok: false });
    expect(readPracticeChunk(chunks[1], 0)).toMatchObject({
      ok: false,
      error: 'chunk 1 where 0 was asked for',
    });
    expect(readPracticeChunk({ ...chunks[0], items: [{ kind: 'classify' }] }, 0)).toMatchObject({
      ok: false,
    });
  });
});
