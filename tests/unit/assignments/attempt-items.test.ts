import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attemptItem, itemsForAttempt } from '@/lib/assignments/attempt-items';
import type { Item } from '@/lib/items/schema';
import { makeSortItem } from '@/lib/items/kinds/sort';
import { optionsOf, scenarioIdsOf, scenariosOf } from '@/lib/items/registry';
import { firstOfKind, realBank, scenariosWithDifferentKeys } from './real-bank';

/** Twenty real items of every kind, a sort board among them. */
function snapshot(): Item[] {
  const { bank, items, byId } = realBank();
  const pajtinka = bank.frameworks.find((f) => f.id === 'pajtinka')!;
  const board = makeSortItem(
    pajtinka,
    scenariosWithDifferentKeys('pajtinka', 5).map((c) => c.scenario.id),
    byId,
  )!;
  const kinds: Item['kind'][] = [
    'classify',
    'classify-many',
    'two-tier',
    'attribute',
    'distinguish',
  ];
  const some = kinds.flatMap((kind) => items.filter((i) => i.kind === kind).slice(0, 4));
  return [board, ...some.slice(0, 19)];
}

const ids = (items: readonly Item[]) => items.map((i) => i.id);
const sorted = (values: readonly string[]) => [...values].sort();

/** The ids an item's choices are made of: options, or cards of a sort board. */
function choicesOf(item: Item): string[] {
  return optionsOf(item)
    .map((o) => o.id)
    .concat(item.kind === 'sort' ? scenarioIdsOf(item) : []);
}

const NO_SHUFFLE = { shuffleItems: false, shuffleOptions: false };
const SHUFFLE_ITEMS = { shuffleItems: true, shuffleOptions: false };
const SHUFFLE_BOTH = { shuffleItems: true, shuffleOptions: true };

describe('itemsForAttempt', () => {
  const items = snapshot();

  it('is built from twenty items of every kind', () => {
    expect(items).toHaveLength(20);
    expect(new Set(items.map((i) => i.kind))).toEqual(
      new Set(['sort', 'classify', 'classify-many', 'two-tier', 'attribute', 'distinguish']),
    );
  });

  it('keeps the order and the very items when nothing is shuffled', () => {
    const seen = itemsForAttempt(items, NO_SHUFFLE, 'seed1');
    expect(seen).not.toBe(items);
    expect(seen).toHaveLength(items.length);
    seen.forEach((item, i) => expect(item).toBe(items[i]));
  });

  it('shuffles items into a permutation of the same items, options untouched', () => {
    const seen = itemsForAttempt(items, SHUFFLE_ITEMS, 'seed1');
    expect(ids(seen)).not.toEqual(ids(items));
    expect(sorted(ids(seen))).toEqual(sorted(ids(items)));
    for (const item of seen) expect(items).toContain(item);
  });

  it('gives the same order and the same options for the same seed', () => {
    expect(itemsForAttempt(items, SHUFFLE_BOTH, 'abcd')).toEqual(
      itemsForAttempt(items, SHUFFLE_BOTH, 'abcd'),
    );
  });

  it('gives different seeds different orders', () => {
    const seeds = Array.from({ length: 10 }, (_, i) => `seed${i}`);
    const orders = seeds.map((seed) => ids(itemsForAttempt(items, SHUFFLE_ITEMS, seed)).join());
    expect(new Set(orders).size).toBe(seeds.length);
  });

  it('orders the items the same way whether or not options are shuffled', () => {
    expect(ids(itemsForAttempt(items, SHUFFLE_BOTH, 'xyz1'))).toEqual(
      ids(itemsForAttempt(items, SHUFFLE_ITEMS, 'xyz1')),
    );
  });

  it('shuffles options, reasons and cards as sets, leaving answers, teaching and buckets alone', () => {
    const original = new Map(items.map((i) => [i.id, i]));
    const seen = itemsForAttempt(items, { shuffleItems: false, shuffleOptions: true }, 'seed2');
    expect(ids(seen)).toEqual(ids(items));
    for (const item of seen) {
      const before = original.get(item.id)!;
      expect(sorted(choicesOf(item))).toEqual(sorted(choicesOf(before)));
      expect(item.answerKey).toBe(before.answerKey);
      expect(item.teaching).toBe(before.teaching);
      expect(item.kind).toBe(before.kind);
      if (item.kind === 'two-tier' && before.kind === 'two-tier') {
        expect(sorted(item.reasons.map((r) => r.id))).toEqual(
          sorted(before.reasons.map((r) => r.id)),
        );
      }
      if (item.kind === 'sort' && before.kind === 'sort') {
        expect(item.buckets).toBe(before.buckets);
      } else {
        expect(scenariosOf(item)).toEqual(scenariosOf(before));
      }
    }
  });

  it('changes the option order of some items', () => {
    const seen = itemsForAttempt(items, { shuffleItems: false, shuffleOptions: true }, 'seed2');
    const moved = seen.filter((item, i) => choicesOf(item).join() !== choicesOf(items[i]!).join());
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.map((i) => i.kind)).toContain('sort');
  });

  it('shuffles the reasons of a two-tier item too', () => {
    const twoTier = firstOfKind('two-tier');
    const orders = Array.from({ length: 10 }, (_, i) => {
      const [seen] = itemsForAttempt([twoTier], SHUFFLE_BOTH, `s${i}`);
      return seen!.kind === 'two-tier' ? seen!.reasons.map((r) => r.id).join() : '';
    });
    expect(new Set(orders).size).toBeGreaterThan(1);
  });

  it('does not change the snapshot it is given', () => {
    const before = structuredClone(items);
    itemsForAttempt(items, SHUFFLE_BOTH, 'seed3');
    expect(items).toEqual(before);
  });

  it('always gives a permutation of the snapshot, for any seed and settings', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), fc.boolean(), (seed, shuffleItems, shuffleOptions) => {
        const seen = itemsForAttempt(items, { shuffleItems, shuffleOptions }, seed);
        expect(sorted(ids(seen))).toEqual(sorted(ids(items)));
        const original = new Map(items.map((i) => [i.id, i]));
        for (const item of seen) {
          expect(sorted(choicesOf(item))).toEqual(sorted(choicesOf(original.get(item.id)!)));
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('attemptItem', () => {
  const items = snapshot();

  it('gives each item as the whole attempt shows it, options shuffled the same way', () => {
    for (const settings of [NO_SHUFFLE, SHUFFLE_ITEMS, SHUFFLE_BOTH]) {
      for (const item of itemsForAttempt(items, settings, 'seed3')) {
        expect(attemptItem(items, settings, 'seed3', item.id)).toEqual(item);
      }
    }
  });

  it('finds no item that is not in the snapshot', () => {
    expect(attemptItem(items, SHUFFLE_BOTH, 'seed3', 'not-an-item.pajtinka')).toBeUndefined();
  });
});
