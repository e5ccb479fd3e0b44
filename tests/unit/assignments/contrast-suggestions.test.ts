import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastSuggestions } from '@/lib/assignments/contrast-suggestions';
import type { SingleItem as ChoiceItem } from '@/lib/items/schema';
import { classifyItem as makeItem } from '../../support/items';
import { realBank } from './real-bank';

const ALL = 10_000;

function classifyItem(id: string): ChoiceItem {
  const item = realBank().byId.get(id);
  if (item?.kind !== 'classify') throw new Error(`"${id}" is not a classify item`);
  return item;
}

function categoriesOf(frameworkId: string): string[] {
  return realBank()
    .bank.frameworks.find((f) => f.id === frameworkId)!
    .categories.map((c) => c.id);
}

describe('contrastSuggestions', () => {
  const { items } = realBank();

  it('suggests pairs for a pair of categories the bank contrasts', () => {
    const suggestions = contrastSuggestions(
      items,
      'pajtinka',
      'arms-business',
      'visits-presence',
      ALL,
    );
    expect(suggestions.length).toBeGreaterThan(0);
  });

  it('keys a to the key and b to what was given, as contrast partners, with their titles', () => {
    for (const frameworkId of ['pajtinka', 'cottey-forster', 'modes']) {
      const categories = categoriesOf(frameworkId);
      for (const key of categories) {
        for (const given of categories) {
          for (const { a, b } of contrastSuggestions(items, frameworkId, key, given, ALL)) {
            const itemA = classifyItem(a.id);
            const itemB = classifyItem(b.id);
            expect([itemA.frameworkId, itemB.frameworkId]).toEqual([frameworkId, frameworkId]);
            expect(itemA.answerKey.best).toBe(key);
            expect(itemB.answerKey.best).toBe(given);
            expect(itemA.scenario.contrastWith.map((c) => c.id)).toContain(itemB.scenario.id);
            expect([a.title, b.title]).toEqual([itemA.scenario.title, itemB.scenario.title]);
          }
        }
      }
    }
  });

  it('finds every contrast partner the bank lists', () => {
    const key = 'arms-business';
    const given = 'visits-presence';
    const classify = items.filter(
      (i): i is ChoiceItem => i.kind === 'classify' && i.frameworkId === 'pajtinka',
    );
    const byStem = new Map(classify.map((i) => [i.scenario.id, i]));
    const expected = classify
      .filter((i) => i.answerKey.best === key)
      .flatMap((i) =>
        i.scenario.contrastWith
          .map((c) => byStem.get(c.id))
          .filter((p) => p?.answerKey.best === given)
          .map((p) => `${i.id}|${p!.id}`),
      );
    const found = contrastSuggestions(items, 'pajtinka', key, given, ALL).map(
      (s) => `${s.a.id}|${s.b.id}`,
    );
    expect(found).toEqual(expected);
  });

  it('gives nothing for a limit of zero or less', () => {
    const items = realBank().items;
    expect(contrastSuggestions(items, 'pajtinka', 'arms-business', 'visits-presence', 0)).toEqual(
      [],
    );
    expect(contrastSuggestions(items, 'pajtinka', 'arms-business', 'visits-presence', -1)).toEqual(
      [],
    );
  });

  it('gives at most the limit, the first ones found', () => {
    const all = contrastSuggestions(items, 'pajtinka', 'arms-business', 'visits-presence', ALL);
    expect(all.length).toBeGreaterThan(2);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: all.length + 2 }), (limit) => {
        expect(
          contrastSuggestions(items, 'pajtinka', 'arms-business', 'visits-presence', limit),
        ).toEqual(all.slice(0, limit));
      }),
    );
  });

  it('suggests nothing for a pair of categories without contrast partners', () => {
    const unlinked = [
      makeItem({ id: 'wreath.pajtinka', key: 'representation' }),
      makeItem({ id: 'drill.pajtinka', key: 'cooperation' }),
    ];
    expect(contrastSuggestions(unlinked, 'pajtinka', 'representation', 'cooperation', 4)).toEqual(
      [],
    );
  });

  it('suggests nothing for categories or frameworks the bank does not have', () => {
    expect(contrastSuggestions(items, 'pajtinka', 'no-such-key', 'visits-presence', 4)).toEqual([]);
    expect(
      contrastSuggestions(items, 'no-such-framework', 'arms-business', 'visits-presence', 4),
    ).toEqual([]);
  });

  it('looks only at classify items of the framework asked about', () => {
    const pajtinka = contrastSuggestions(
      items,
      'pajtinka',
      'arms-business',
      'visits-presence',
      ALL,
    );
    const onlyOthers = items.filter((i) => i.frameworkId !== 'pajtinka' || i.kind !== 'classify');
    expect(
      contrastSuggestions(onlyOthers, 'pajtinka', 'arms-business', 'visits-presence', ALL),
    ).toEqual([]);
    expect(pajtinka.length).toBeGreaterThan(0);
  });
});
