import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  itemSourceSchema,
  newAssignmentSchema,
  settingsSchema,
} from '@/lib/assignments/settings';

const OPENS = Date.UTC(2025, 2, 3, 9, 0);
const DUE = Date.UTC(2025, 2, 10, 17, 0);

const filters = {
  source: 'filters',
  frameworks: ['pajtinka'],
  categories: ['arms-business'],
  difficulties: [1, 2],
  kinds: ['classify', 'sort'],
  count: 10,
  seed: 'abcd1234',
};

function newAssignment(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Week 3: the five functions',
    items: { source: 'set', set: 'five-functions' },
    settings: DEFAULT_SETTINGS,
    ...overrides,
  };
}

/** The paths of the issues zod found, e.g. [["settings", "maxAttempts"]]. */
function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => issue.path);
}

describe('settingsSchema', () => {
  it('accepts the default settings', () => {
    expect(settingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('accepts a full set of settings with an opening and a due date', () => {
    const settings = {
      feedback: 'after-close',
      maxAttempts: 3,
      timeLimitMinutes: 20,
      opensAt: OPENS,
      dueAt: DUE,
      shuffleItems: true,
      shuffleOptions: true,
      certaintyBased: true,
    };
    expect(settingsSchema.parse(settings)).toEqual(settings);
  });

  it('accepts an opening date without a due date and a due date without an opening date', () => {
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, opensAt: OPENS }).success).toBe(true);
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, dueAt: DUE }).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, PropertyKey[]]>([
    ['no attempt at all', { maxAttempts: 0 }, ['maxAttempts']],
    ['more than twenty attempts', { maxAttempts: 21 }, ['maxAttempts']],
    ['a fractional number of attempts', { maxAttempts: 1.5 }, ['maxAttempts']],
    ['a time limit of zero minutes', { timeLimitMinutes: 0 }, ['timeLimitMinutes']],
    ['a time limit over ten hours', { timeLimitMinutes: 601 }, ['timeLimitMinutes']],
    ['an unknown feedback mode', { feedback: 'never' }, ['feedback']],
    ['a negative opening date', { opensAt: -1 }, ['opensAt']],
    ['a due date that is not a number', { dueAt: '2025-03-10' }, ['dueAt']],
    ['a missing switch', { shuffleItems: undefined }, ['shuffleItems']],
  ])('refuses %s, naming the field', (_, overrides, path) => {
    expect(issuePaths(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...overrides }))).toEqual([
      path,
    ]);
  });

  it('refuses a due date before the opening date, on the due date', () => {
    const result = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, opensAt: DUE, dueAt: OPENS });
    expect(issuePaths(result)).toEqual([['dueAt']]);
    expect(result.error!.issues[0]!.message).toBe('the due date must come after the opening date');
  });

  it('refuses a due date equal to the opening date', () => {
    expect(
      issuePaths(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, opensAt: DUE, dueAt: DUE })),
    ).toEqual([['dueAt']]);
  });

  it('refuses keys it does not know', () => {
    const result = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, password: 'x' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      keys: ['password'],
    });
  });
});

describe('itemSourceSchema', () => {
  it('accepts a set, filters and picked ids', () => {
    expect(itemSourceSchema.parse({ source: 'set', set: 'five-functions' })).toEqual({
      source: 'set',
      set: 'five-functions',
    });
    expect(itemSourceSchema.parse(filters)).toEqual({ ...filters, pool: 'any', from: ['bank'] });
    expect(itemSourceSchema.parse({ ...filters, from: ['mine', 'shared'] })).toMatchObject({
      from: ['mine', 'shared'],
    });
    expect(itemSourceSchema.safeParse({ ...filters, from: [] }).success).toBe(false);
    expect(itemSourceSchema.safeParse({ ...filters, from: ['theirs'] }).success).toBe(false);
    const picked = {
      source: 'picked',
      items: ['pla-donation-2017.pajtinka', 'x.cottey-forster.many', 'sort.pajtinka.a~b~c~d'],
    };
    expect(itemSourceSchema.parse(picked)).toEqual(picked);
  });

  it('accepts empty filters, meaning everything, and up to sixty items', () => {
    const everything = { ...filters, frameworks: [], categories: [], difficulties: [], kinds: [] };
    expect(itemSourceSchema.safeParse({ ...everything, count: 60 }).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, PropertyKey[]]>([
    ['an unknown kind', { ...filters, kinds: ['essay'] }, ['kinds', 0]],
    ['a count of 61', { ...filters, count: 61 }, ['count']],
    ['a count of 0', { ...filters, count: 0 }, ['count']],
    ['a difficulty of 4', { ...filters, difficulties: [4] }, ['difficulties', 0]],
    ['a seed with capitals', { ...filters, seed: 'ABCD' }, ['seed']],
    ['a seed too short', { ...filters, seed: 'abc' }, ['seed']],
    [
      'a framework id that is not kebab-case',
      { ...filters, frameworks: ['Pajtinka'] },
      ['frameworks', 0],
    ],
    ['an unknown source', { source: 'random', count: 5 }, ['source']],
    ['a set id that is not kebab-case', { source: 'set', set: 'Five Functions' }, ['set']],
    ['no picked item', { source: 'picked', items: [] }, ['items']],
    [
      'a picked id that is not an item id',
      { source: 'picked', items: ['not an id'] },
      ['items', 0],
    ],
  ])('refuses %s, naming the field', (_, source, path) => {
    expect(issuePaths(itemSourceSchema.safeParse(source))).toEqual([path]);
  });

  it('refuses keys of another source', () => {
    const result = itemSourceSchema.safeParse({ source: 'set', set: 'five-functions', count: 5 });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['count'] });
  });
});

describe('newAssignmentSchema', () => {
  it('accepts a titled assignment with default settings, trimming the title', () => {
    const parsed = newAssignmentSchema.parse(newAssignment({ title: '  Week 3  ' }));
    expect(parsed).toEqual({ ...newAssignment(), title: 'Week 3' });
  });

  it('refuses a title that is empty after trimming, with a message for the instructor', () => {
    const result = newAssignmentSchema.safeParse(newAssignment({ title: ' \t ' }));
    expect(issuePaths(result)).toEqual([['title']]);
    expect(result.error!.issues[0]!.message).toBe('give the assignment a title');
  });

  it('refuses a title over 120 characters', () => {
    expect(
      issuePaths(newAssignmentSchema.safeParse(newAssignment({ title: 'x'.repeat(121) }))),
    ).toEqual([['title']]);
  });

  it('names the nested field of a bad source or bad settings', () => {
    expect(
      issuePaths(
        newAssignmentSchema.safeParse(newAssignment({ items: { ...filters, count: 61 } })),
      ),
    ).toEqual([['items', 'count']]);
    expect(
      issuePaths(
        newAssignmentSchema.safeParse(
          newAssignment({ settings: { ...DEFAULT_SETTINGS, maxAttempts: 0 } }),
        ),
      ),
    ).toEqual([['settings', 'maxAttempts']]);
    expect(
      issuePaths(
        newAssignmentSchema.safeParse(
          newAssignment({ settings: { ...DEFAULT_SETTINGS, opensAt: DUE, dueAt: OPENS } }),
        ),
      ),
    ).toEqual([['settings', 'dueAt']]);
  });

  it('refuses keys it does not know', () => {
    const result = newAssignmentSchema.safeParse(newAssignment({ ownerId: 'someone-else' }));
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['ownerId'] });
  });

  it('refuses an assignment without settings', () => {
    const { settings: _settings, ...rest } = newAssignment();
    expect(issuePaths(newAssignmentSchema.safeParse(rest))).toEqual([['settings']]);
  });
});
