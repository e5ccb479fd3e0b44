import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conceptId,
  formatItemId,
  parseConceptId,
  parseItemId,
  parsePartId,
  partId,
  type ItemRef,
} from '@/lib/items/ids';

const kebab = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'));

const itemRef: fc.Arbitrary<ItemRef> = fc.oneof(
  fc.record({
    form: fc.constantFrom('single' as const, 'many' as const, 'two-tier' as const),
    scenarioId: kebab,
    frameworkId: kebab,
  }),
  fc.record({
    form: fc.constantFrom('sort' as const, 'odd-one-out' as const),
    frameworkId: kebab,
    scenarioIds: fc.array(kebab, { minLength: 2, maxLength: 12 }),
  }),
);

describe('the item id codec', () => {
  it('reads back every id it writes', () => {
    fc.assert(
      fc.property(itemRef, (ref) => {
        expect(parseItemId(formatItemId(ref))).toEqual(ref);
      }),
    );
  });

  it('never gives two different items the same id', () => {
    fc.assert(
      fc.property(itemRef, itemRef, (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        expect(formatItemId(a)).not.toBe(formatItemId(b));
      }),
    );
  });

  it('reads the forms the bank has always used', () => {
    expect(parseItemId('pla-donation-2017.pajtinka')).toEqual({
      form: 'single',
      scenarioId: 'pla-donation-2017',
      frameworkId: 'pajtinka',
    });
    expect(parseItemId('x.cottey-forster.many')).toMatchObject({ form: 'many' });
    expect(parseItemId('x.modes.two-tier')).toMatchObject({ form: 'two-tier' });
    expect(parseItemId('sort.pajtinka.a~b~c~d')).toEqual({
      form: 'sort',
      frameworkId: 'pajtinka',
      scenarioIds: ['a', 'b', 'c', 'd'],
    });
    expect(parseItemId('odd.modes.a~b~c~d')).toMatchObject({ form: 'odd-one-out' });
  });

  it('refuses what is not an id', () => {
    for (const bad of [
      '',
      'nodot',
      'a.b.c.d',
      'A.pajtinka',
      'a.pajtinka.many.more',
      'sort.pajtinka.single',
      'sort.pajtinka.a+b',
      'a..b',
      `sort.p.${Array.from({ length: 13 }, (_, i) => `s${i}`).join('~')}`,
      'x'.repeat(2000),
    ]) {
      expect(parseItemId(bad), bad).toBeUndefined();
    }
  });

  it('reads back concepts and parts, and refuses malformed ones', () => {
    fc.assert(
      fc.property(kebab, kebab, (frameworkId, categoryId) => {
        expect(parseConceptId(conceptId(frameworkId, categoryId))).toEqual({
          frameworkId,
          categoryId,
        });
      }),
    );
    fc.assert(
      fc.property(itemRef, kebab, (ref, scenarioId) => {
        const itemId = formatItemId(ref);
        expect(parsePartId(partId(itemId, scenarioId))).toEqual({ itemId, scenarioId });
      }),
    );
    expect(parseConceptId('a:b:c')).toBeUndefined();
    expect(parseConceptId('pajtinka:')).toBeUndefined();
    expect(parsePartId('no-part')).toBeUndefined();
    expect(parsePartId('not an item#x')).toBeUndefined();
  });
});
