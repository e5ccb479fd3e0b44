import { describe, expect, it } from 'vitest';
import { generateItems } from '@/lib/bank/generate';
import { optionsOf, shuffleItem } from '@/lib/items/registry';
import type { SingleItem as ChoiceItem } from '@/lib/items/schema';
import { loadFixtureBank } from '../../support/bank-fixture';

describe('generateItems', () => {
  const bank = loadFixtureBank();
  const items = generateItems(bank).filter((i): i is ChoiceItem => i.kind === 'classify');

  it('makes one classify item per scenario and lens, with options in the framework order', () => {
    expect(items.map((i) => i.id)).toEqual(['case-one.tiny', 'case-two.tiny']);
    expect(items[0]!.kind).toBe('classify');
    expect(items[0]!.options.map((o) => o.id)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('carries the key, the accepted alternatives and the teaching texts', () => {
    const first = items[0]!;
    expect(first.answerKey).toEqual({ best: 'alpha', accepted: ['beta'] });
    expect(first.teaching.whyNot).toEqual({ gamma: expect.stringContaining('Gamma would need') });
    expect(first.teaching.alsoFits).toEqual({ beta: expect.stringContaining('beta flavour') });
    expect(first.teaching.citation).toEqual({
      text: 'Pajtinka 2016, p. 188',
      full: expect.stringContaining('Pajtinka, E.'),
    });
  });

  it('shows the year and actors of real cases but not of hypothetical ones', () => {
    expect(items[0]!.scenario).not.toHaveProperty('year');
    expect(items[1]!.scenario).toMatchObject({ year: 1908, actors: ['Norland Navy'] });
  });

  it('shuffles options reproducibly from a seed without losing any', () => {
    const a = optionsOf(shuffleItem(items[0]!, 'seed-1'));
    const b = optionsOf(shuffleItem(items[0]!, 'seed-1'));
    expect(a).toEqual(b);
    expect([...a].sort((x, y) => x.id.localeCompare(y.id))).toEqual(items[0]!.options);
    const orders = new Set(
      ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'].map((s) =>
        optionsOf(shuffleItem(items[0]!, s))
          .map((o) => o.id)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });
});
