import { describe, expect, it } from 'vitest';
import { checkOwnScenario } from '@/lib/authoring/check';
import { internalScenarioId, ownItemsOf } from '@/lib/authoring/items';
import { exampleResponses, previewItems } from '@/lib/authoring/preview';
import { selectItems, type SelectContext } from '@/lib/assignments/select';
import { isRight } from '@/lib/items/score';
import { scenarioIdsOf, scoreItem } from '@/lib/items/registry';
import { realBank } from '../assignments/real-bank';
import { checkContext, ownScenario, withLens } from './own-scenario';

const parsed = (raw: Record<string, unknown>) => {
  const check = checkOwnScenario(raw, checkContext());
  if (!check.scenario) throw new Error(JSON.stringify(check.issues));
  return check.scenario;
};

describe('the preview of an own scenario', () => {
  it('shows its single-best item and a sort board it joins beside three shipped cases', () => {
    const { bank, items } = realBank();
    const preview = previewItems(parsed(ownScenario()), { ...bank, items }, bank.frameworks);
    expect(preview.map((i) => i.kind)).toEqual(['classify', 'sort']);
    const board = preview[1]!;
    expect(scenarioIdsOf(board)).toHaveLength(4);
    expect(scenarioIdsOf(board)[0]).toBe(internalScenarioId('preview'));
  });

  it('shows a pick-every-one item when the lens has several keys', () => {
    const { bank, items } = realBank();
    const raw = {
      ...ownScenario(),
      lenses: {
        'cottey-forster': {
          key: 'political-signal',
          keys: ['political-signal', 'common-interest'],
          explanation:
            'The visit signals a warmer relationship and works on a shared interest in safe sea lanes.',
          alsoFits: {
            'common-interest': 'Both navies say the visit is about safe sea lanes they share.',
          },
          whyNot: {
            'mind-disarmament':
              'The two states were never enemies; no old hostility is being undone.',
            transparency: 'Nothing about budgets, plans or forces is explained to the hosts.',
            'assistance-spillover': 'No equipment or training is given to the host navy.',
          },
          difficulty: 2,
          citation: { text: 'Cottey & Forster 2004, as summarised in the source paper' },
        },
      },
    };
    const kinds = previewItems(parsed(raw), { ...bank, items }, bank.frameworks).map((i) => i.kind);
    expect(kinds).toContain('classify-many');
    expect(kinds).toContain('classify');
  });
});

describe('example answers for the feedback preview', () => {
  it('are right and wrong by the scorer, for every item of the bank', () => {
    for (const item of realBank().items) {
      const { right, wrong } = exampleResponses(item);
      const rightScore = scoreItem(item, right);
      expect(isRight(rightScore), item.id).toBe(true);
      if (wrong) {
        const wrongScore = scoreItem(item, wrong);
        expect(isRight(wrongScore), item.id).toBe(false);
      }
    }
  });
});

describe('own items in an assignment', () => {
  const { bank, items } = realBank();
  const mine = ownItemsOf([{ id: 'aaaabbbbcccc', scenario: parsed(ownScenario()) }], bank);
  const theirs = ownItemsOf(
    [{ id: 'ddddeeeeffff', scenario: parsed(withLens('difficulty', 2)) }],
    bank,
  );
  const context: SelectContext = {
    items: [...items, ...mine, ...theirs],
    frameworks: bank.frameworks,
    sets: bank.sets,
    heldBack: new Set(bank.scenarios.filter((s) => s.heldBack).map((s) => s.id)),
    ownership: new Map([
      [internalScenarioId('aaaabbbbcccc'), 'mine'],
      [internalScenarioId('ddddeeeeffff'), 'shared'],
    ]),
  };
  const draw = (from: ('bank' | 'mine' | 'shared')[], pool: 'public' | 'held-back' | 'any') =>
    selectItems(
      {
        source: 'filters',
        frameworks: ['pajtinka'],
        categories: [],
        difficulties: [],
        kinds: ['classify'],
        pool,
        from,
        count: 60,
        seed: 'abcd1234',
      },
      context,
    );

  it('draws only the instructor’s own items when only they are ticked, whatever the pool', () => {
    const only = draw(['mine'], 'public');
    expect(only.ok && only.items.map((i) => i.id)).toEqual(mine.map((i) => i.id));
  });

  it('never draws own or shared items from the bank alone', () => {
    const bankOnly = draw(['bank'], 'any');
    expect(bankOnly.ok).toBe(true);
    if (!bankOnly.ok) return;
    expect(bankOnly.items.some((i) => scenarioIdsOf(i).some((id) => id.startsWith('own-')))).toBe(
      false,
    );
  });

  it('takes a hand-picked own item by its id', () => {
    const picked = selectItems({ source: 'picked', items: [theirs[0]!.id] }, context);
    expect(picked.ok && picked.items[0]).toEqual(theirs[0]);
  });
});
