import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesFilters, selectItems, type SelectContext } from '@/lib/assignments/select';
import type { ItemSource } from '@/lib/assignments/settings';
import { keyedScenarios as keyedStems } from '@/lib/items/registry';
import type { Item } from '@/lib/items/schema';
import type { QuizSet } from '@/lib/bank/sets';
import { formatItemId } from '@/lib/items/ids';
import { realBank, scenariosWithDifferentKeys } from './real-bank';

type Filters = Extract<ItemSource, { source: 'filters' }>;

function filters(overrides: Partial<Filters> = {}): Filters {
  return {
    source: 'filters',
    frameworks: [],
    categories: [],
    difficulties: [],
    kinds: [],
    count: 10,
    seed: 'abcd1234',
    ...overrides,
    pool: overrides.pool ?? 'any',
    from: overrides.from ?? ['bank'],
  };
}

function quizSet(id: string, items: QuizSet['items']): QuizSet {
  return {
    schemaVersion: 1,
    id,
    title: id,
    description: 'A set made up for a test.',
    order: 1,
    items,
  };
}

function context(extraSets: QuizSet[] = []): SelectContext {
  const { bank, items } = realBank();
  return { items, frameworks: bank.frameworks, sets: [...bank.sets, ...extraSets] };
}

function selected(source: ItemSource, ctx: SelectContext = context()): Item[] {
  const selection = selectItems(source, ctx);
  if (!selection.ok) throw new Error(`expected items, got "${selection.reason}"`);
  return selection.items;
}

const ids = (items: readonly Item[]) => items.map((i) => i.id);
const NOTHING = { ok: false, reason: 'no question in the bank matches that choice' };

describe('selectItems from a set', () => {
  it('gives every item of each curated set, in the set’s order, sort boards included', () => {
    for (const set of realBank().bank.sets) {
      const expected = set.items.map((entry) =>
        typeof entry === 'string'
          ? entry
          : formatItemId({
              form: 'sort',
              frameworkId: entry.sort.framework,
              scenarioIds: entry.sort.scenarios,
            }),
      );
      expect(ids(selected({ source: 'set', set: set.id }))).toEqual(expected);
    }
  });

  it('builds the sort board of the five functions set from its scenarios', () => {
    const items = selected({ source: 'set', set: 'five-functions' });
    const board = items.at(-1)!;
    expect(board.kind).toBe('sort');
    expect(board.kind === 'sort' && board.scenarios.map((c) => c.id)).toEqual([
      'pla-donation-2017',
      'zhang-youxia-belgrade-return-2019',
      'vucic-chinese-arms-purchase-2019',
      'india-rafale-iga-2016',
    ]);
  });

  it('names a set that does not exist', () => {
    expect(selectItems({ source: 'set', set: 'no-such-set' }, context())).toEqual({
      ok: false,
      reason: 'there is no set "no-such-set"',
    });
  });

  it('leaves out entries that no longer resolve', () => {
    const set = quizSet('partly-gone', ['gone-case.pajtinka', 'beibu-unity-2023.pajtinka']);
    expect(ids(selected({ source: 'set', set: set.id }, context([set])))).toEqual([
      'beibu-unity-2023.pajtinka',
    ]);
  });

  it('gives the "no question" reason for a set none of whose entries resolve', () => {
    const set = quizSet('all-gone', ['gone-case.pajtinka', 'other-gone.modes']);
    expect(selectItems({ source: 'set', set: set.id }, context([set]))).toEqual(NOTHING);
  });
});

describe('selectItems from picked ids', () => {
  it('keeps the order in which the ids were picked', () => {
    const picked = [
      'beibu-unity-2023.pajtinka',
      'aman-youyi-2023.modes.two-tier',
      'fk3-purchase-2019.pajtinka',
    ];
    expect(ids(selected({ source: 'picked', items: picked }))).toEqual(picked);
  });

  it('drops a repeated id, keeping its first place', () => {
    const items = selected({
      source: 'picked',
      items: [
        'fk3-purchase-2019.pajtinka',
        'beibu-unity-2023.pajtinka',
        'fk3-purchase-2019.pajtinka',
        'beibu-unity-2023.pajtinka',
      ],
    });
    expect(ids(items)).toEqual(['fk3-purchase-2019.pajtinka', 'beibu-unity-2023.pajtinka']);
  });

  it('rebuilds a picked sort board from its id', () => {
    const scenarios = scenariosWithDifferentKeys('pajtinka', 4).map((c) => c.scenario.id);
    const id = formatItemId({ form: 'sort', frameworkId: 'pajtinka', scenarioIds: scenarios });
    const [board] = selected({ source: 'picked', items: [id] });
    expect(board).toMatchObject({ id, kind: 'sort', frameworkId: 'pajtinka' });
    expect(board!.kind === 'sort' && board!.scenarios.map((c) => c.id)).toEqual(scenarios);
  });

  it('names the first id that is not in the bank', () => {
    expect(
      selectItems(
        {
          source: 'picked',
          items: ['beibu-unity-2023.pajtinka', 'gone-case.pajtinka', 'also-gone.modes'],
        },
        context(),
      ),
    ).toEqual({ ok: false, reason: 'there is no item "gone-case.pajtinka"' });
  });

  it('names a sort board that cannot be rebuilt', () => {
    const id = formatItemId({
      form: 'sort',
      frameworkId: 'pajtinka',
      scenarioIds: ['beibu-unity-2023', 'fk3-purchase-2019', 'gone', 'gone-too'],
    });
    expect(selectItems({ source: 'picked', items: [id] }, context())).toEqual({
      ok: false,
      reason: `there is no item "${id}"`,
    });
  });
});

describe('selectItems by filters', () => {
  it.each<[string, Partial<Filters>, (item: Item) => boolean]>([
    ['framework', { frameworks: ['modes'] }, (i) => i.frameworkId === 'modes'],
    [
      'category',
      { categories: ['arms-business'] },
      (i) => keyedStems(i).some((s) => s.key === 'arms-business'),
    ],
    ['difficulty', { difficulties: [3] }, (i) => i.difficulty === 3],
    ['kind', { kinds: ['two-tier'] }, (i) => i.kind === 'two-tier'],
    [
      'framework, category, difficulty and kind together',
      {
        frameworks: ['pajtinka', 'modes'],
        categories: ['gunboat', 'information'],
        difficulties: [1, 2],
        kinds: ['classify'],
      },
      (i) =>
        ['pajtinka', 'modes'].includes(i.frameworkId) &&
        keyedStems(i).some((s) => ['gunboat', 'information'].includes(s.key)) &&
        [1, 2].includes(i.difficulty) &&
        i.kind === 'classify',
    ],
  ])('returns only items matching the %s', (_, chosen, matches) => {
    const items = selected(filters({ ...chosen, count: 20 }));
    expect(items).toHaveLength(20);
    for (const item of items) expect(matches(item)).toBe(true);
  });

  it('draws from every framework when no filter is set', () => {
    const items = selected(filters({ count: 30 }));
    expect(new Set(items.map((i) => i.frameworkId))).toEqual(
      new Set(realBank().bank.frameworks.map((f) => f.id)),
    );
  });

  it('draws as many items as asked, each scenario at most once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.stringMatching(/^[a-z0-9]{4,16}$/),
        (count, seed) => {
          const items = selected(filters({ count, seed }));
          expect(items).toHaveLength(count);
          const stems = items.flatMap((i) => keyedStems(i).map((s) => s.scenarioId));
          expect(new Set(stems).size).toBe(stems.length);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('draws the same items for the same seed and others for another seed', () => {
    const first = ids(selected(filters({ frameworks: ['pajtinka'], seed: 'aaaa' })));
    expect(ids(selected(filters({ frameworks: ['pajtinka'], seed: 'aaaa' })))).toEqual(first);
    expect(ids(selected(filters({ frameworks: ['pajtinka'], seed: 'bbbb' })))).not.toEqual(first);
  });

  it('gives fewer items than asked when fewer match', () => {
    const pool = realBank().items.filter((i) => i.frameworkId === 'authors');
    const items = selected(filters({ frameworks: ['authors'], count: 60 }));
    expect(items.length).toBeLessThan(60);
    expect(items).toHaveLength(new Set(pool.map((i) => keyedStems(i)[0]!.scenarioId)).size);
  });

  it('gives the "no question" reason when no item matches', () => {
    expect(
      selectItems(filters({ frameworks: ['authors'], kinds: ['two-tier'] }), context()),
    ).toEqual(NOTHING);
    expect(selectItems(filters({ frameworks: ['no-such-framework'] }), context())).toEqual(NOTHING);
    expect(selectItems(filters({ categories: ['no-such-category'] }), context())).toEqual(NOTHING);
  });
});

describe('matchesFilters', () => {
  const none = { frameworks: [], categories: [], difficulties: [], kinds: [] };

  it('matches every item when no filter is set', () => {
    for (const item of realBank().items) expect(matchesFilters(item, none)).toBe(true);
  });

  it('matches an item only when each set filter lists its value', () => {
    const item = realBank().items.find(
      (i) => i.kind === 'classify' && i.frameworkId === 'pajtinka',
    )!;
    const key = keyedStems(item)[0]!.key;
    const all = {
      frameworks: ['pajtinka'],
      categories: [key],
      difficulties: [item.difficulty],
      kinds: [item.kind],
    };
    expect(matchesFilters(item, all)).toBe(true);
    expect(matchesFilters(item, { ...all, frameworks: ['modes'] })).toBe(false);
    expect(matchesFilters(item, { ...all, categories: ['no-such-category'] })).toBe(false);
    expect(matchesFilters(item, { ...all, kinds: ['two-tier'] })).toBe(false);
    const otherDifficulty = item.difficulty === 1 ? 2 : 1;
    expect(matchesFilters(item, { ...all, difficulties: [otherDifficulty] })).toBe(false);
  });
});

describe('selectItems by filters: sort boards', () => {
  const stemsOf = (items: readonly Item[]) =>
    items.flatMap((i) => keyedStems(i).map((s) => s.scenarioId));

  it('draws only sort boards when sort is the only kind ticked, cards meeting the other filters', () => {
    const items = selected(
      filters({ kinds: ['sort'], frameworks: ['pajtinka'], difficulties: [1, 2], count: 3 }),
    );
    expect(items).toHaveLength(3);
    for (const board of items) {
      expect(board.kind).toBe('sort');
      if (board.kind !== 'sort') continue;
      expect(board.frameworkId).toBe('pajtinka');
      expect(board.scenarios.length).toBeGreaterThanOrEqual(4);
      for (const card of board.scenarios) {
        const item = realBank().items.find((i) => i.id === `${card.id}.pajtinka`)!;
        expect([1, 2]).toContain(item.difficulty);
      }
    }
    expect(new Set(stemsOf(items)).size).toBe(stemsOf(items).length);
  });

  it('adds one board per ten items when no kind is ticked, spread through the draw', () => {
    const items = selected(filters({ count: 20 }));
    expect(items).toHaveLength(20);
    const boards = items.flatMap((item, index) => (item.kind === 'sort' ? [index] : []));
    expect(boards).toHaveLength(2);
    expect(boards[0]).toBeGreaterThan(0);
    expect(new Set(stemsOf(items)).size).toBe(stemsOf(items).length);
  });

  it('adds no board when the kinds ticked leave sort out', () => {
    expect(
      selected(filters({ kinds: ['classify', 'two-tier'], count: 20 })).some(
        (i) => i.kind === 'sort',
      ),
    ).toBe(false);
  });

  it('matches a category against every key of a multi-select item, not only its main one', () => {
    const many = realBank().items.find(
      (i) =>
        i.kind === 'classify-many' && i.answerKey.applies.some((k) => k !== i.answerKey.primary),
    )!;
    const secondary =
      many.kind === 'classify-many'
        ? many.answerKey.applies.find((k) => k !== many.answerKey.primary)!
        : '';
    expect(
      matchesFilters(many, {
        frameworks: [],
        categories: [secondary],
        difficulties: [],
        kinds: [],
      }),
    ).toBe(true);
  });
});
