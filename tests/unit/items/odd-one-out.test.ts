import { describe, expect, it } from 'vitest';
import { formatItemId } from '@/lib/items/ids';
import { oddOneOutKind } from '@/lib/items/kinds/odd-one-out';
import { itemsOfSet } from '@/lib/bank/sets';
import { classifyItemsOf, resolveItem, scoreItem, toPublicItem } from '@/lib/items/registry';
import { realBank } from '../assignments/real-bank';

const pajtinka = { id: 'pajtinka', shortLabel: "Pajtinka's functions" };
const composite = oddOneOutKind.composite!;

function threeAndOne() {
  const classify = classifyItemsOf('pajtinka', realBank().items);
  const byKey = new Map<string, typeof classify>();
  for (const item of classify) {
    if (item.answerKey.accepted.length > 0) continue;
    byKey.set(item.answerKey.best, [...(byKey.get(item.answerKey.best) ?? []), item]);
  }
  const [sharedKey, group] = [...byKey].find(([, g]) => g.length >= 3)!;
  const odd = classify.find(
    (i) => i.answerKey.best !== sharedKey && i.answerKey.accepted.length === 0,
  )!;
  return { sharedKey, three: group.slice(0, 3), odd };
}

describe('odd one out, assembled from the bank', () => {
  it('is built from three cases of one function and one of another, and rebuilt from its id', () => {
    const { sharedKey, three, odd } = threeAndOne();
    const ids = [three[0]!, odd, three[1]!, three[2]!].map((i) => i.scenario.id);
    const item = composite.compose(pajtinka, ids, realBank().byId);
    expect(item).toMatchObject({
      id: formatItemId({ form: 'odd-one-out', frameworkId: 'pajtinka', scenarioIds: ids }),
      kind: 'odd-one-out',
      answerKey: { odd: odd.scenario.id, shared: sharedKey, oddCategory: odd.answerKey.best },
    });
    expect(item!.question).toMatch(/NOT belong/);
    expect(resolveItem(item!.id, [pajtinka], realBank().byId)).toEqual(item);
    expect(scoreItem(item!, { kind: 'choice', choice: odd.scenario.id })).toMatchObject({
      earned: 1,
    });
  });

  it('refuses four cases that do not make three and one', () => {
    const { three, odd } = threeAndOne();
    const twoAndTwo = [three[0]!, three[1]!, odd, odd].map((i) => i.scenario.id);
    expect(composite.compose(pajtinka, twoAndTwo, realBank().byId)).toBeUndefined();
    const allFour = [...three, three[0]!].map((i) => i.scenario.id);
    expect(composite.compose(pajtinka, allFour, realBank().byId)).toBeUndefined();
    expect(composite.compose(pajtinka, ['gone', 'a', 'b', 'c'], realBank().byId)).toBeUndefined();
  });

  it('draws one that leaves out used cases, and shows no key or teaching before answering', () => {
    const drawn = composite.draw(pajtinka, realBank().items, 'seed-1', new Set(), realBank().byId);
    expect(drawn?.kind).toBe('odd-one-out');
    const used = new Set(drawn!.scenarios.map((s) => s.id));
    const again = composite.draw(pajtinka, realBank().items, 'seed-1', used, realBank().byId);
    expect(again!.scenarios.some((s) => used.has(s.id))).toBe(false);
    const shown = toPublicItem(drawn!);
    expect(Object.keys(shown).sort()).toEqual([
      'difficulty',
      'frameworkId',
      'id',
      'kind',
      'question',
      'scenarios',
    ]);
    expect(JSON.stringify(shown)).not.toContain('explanation');
  });

  it('keeps every odd-one-out entry of the five-functions set, each three of one function and one of another', () => {
    const { bank, byId } = realBank();
    const set = bank.sets.find((s) => s.id === 'five-functions')!;
    const items = itemsOfSet(set, bank.frameworks, byId);
    expect(items).toHaveLength(set.items.length);
    const odd = items.filter((i) => i.kind === 'odd-one-out');
    expect(odd.map((i) => i.kind === 'odd-one-out' && i.answerKey)).toEqual([
      {
        odd: 'us-cutter-to-vietnam-coast-guard-2017',
        shared: 'arms-business',
        oddCategory: 'cooperation',
      },
      {
        odd: 'kestria-parade-reviewing-stand',
        shared: 'information',
        oddCategory: 'representation',
      },
      { odd: 'malabar-first-exercise-1992', shared: 'visits-presence', oddCategory: 'cooperation' },
    ]);
  });
});
