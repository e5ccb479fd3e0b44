import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPAQUE_ID, opaqueIds, relabel } from '@/lib/assignments/opaque';
import { scenarioIdsOf, toPublicItem } from '@/lib/items/registry';
import { classifyItem, sortItem } from '../../support/items';

const hash = (secret: string) => (text: string) =>
  createHmac('sha256', secret).update(text).digest('hex');

const kebab = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'));

describe('opaque ids for attempt pages', () => {
  it('round-trips every id, never shows a bank id, and gives different assignments different ids', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(kebab, { minLength: 4, maxLength: 12 }),
        fc.string({ minLength: 1 }),
        fc.string({ minLength: 1 }),
        (scenarios, secretA, secretB) => {
          fc.pre(secretA !== secretB);
          const items = [
            ...scenarios.map((id) => classifyItem({ id: `${id}.pajtinka`, key: 'cooperation' })),
            sortItem(scenarios.slice(0, 4).map((id) => ({ id, key: 'information' }))),
          ];
          const a = opaqueIds(items, hash(secretA));
          const b = opaqueIds(items, hash(secretB));
          for (const [real, token] of a.toOpaque) {
            expect(token).toMatch(OPAQUE_ID);
            expect(token).not.toBe(real);
            expect(a.fromOpaque.get(token)).toBe(real);
            expect(b.toOpaque.get(real)).not.toBe(token);
          }
          expect(new Set(a.toOpaque.values()).size).toBe(a.toOpaque.size);
        },
      ),
    );
  });

  it('relabels an item and its board cards, drops contrast links, and leaves texts alone', () => {
    const board = sortItem([
      { id: 'attache-report', key: 'information' },
      { id: 'joint-drill', key: 'cooperation' },
      { id: 'drone-order', key: 'arms-business' },
      { id: 'wreath', key: 'representation' },
    ]);
    const single = {
      ...classifyItem({ id: 'port-call.pajtinka', key: 'visits-presence' }),
    };
    single.scenario = {
      ...single.scenario,
      contrastWith: [{ id: 'anchored-offshore', title: 'Offshore', lenses: ['modes'] }],
    };
    const map = opaqueIds([board, single], hash('secret'));
    const shown = JSON.stringify(relabel([board, single].map(toPublicItem), map.toOpaque));
    for (const real of [board.id, single.id, ...scenarioIdsOf(board), 'port-call']) {
      expect(shown).not.toContain(`"${real}"`);
    }
    expect(shown).not.toContain('anchored-offshore');
    expect(shown).toContain('Text of attache-report.');
    const back = relabel(relabel(board, map.toOpaque), map.fromOpaque);
    expect(back).toEqual(board);
  });
});
