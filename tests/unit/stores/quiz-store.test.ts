import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createQuizStore,
  latestUnfinished,
  QUIZ_STORE_KEY,
  QUIZ_STORE_VERSION,
} from '@/stores/quiz-store';
import { migrateQuizState } from '@/stores/quiz-state';
import { FIXTURE_ROOT } from '../../support/bank-fixture';
import { memoryStorage } from '../../support/memory-storage';

const KEY = 'scope=pajtinka&n=5&seed=abcd';
const pick = (choice: string) => ({ kind: 'choice' as const, choice });
const init = {
  href: `/quiz?${KEY}`,
  title: 'Pajtinka',
  itemIds: ['a.pajtinka', 'b.pajtinka', 'c.pajtinka'],
};

async function reload(storage: Storage) {
  const store = createQuizStore(() => storage);
  await store.persist.rehydrate();
  return store;
}

describe('quiz store', () => {
  it('resumes at the same question with the same answers after a reload', async () => {
    const storage = memoryStorage();
    const first = await reload(storage);
    first.getState().open(KEY, init, 1000);
    first.getState().answer(KEY, 'a.pajtinka', pick('cooperation'));
    first.getState().goTo(KEY, 1, 2000);
    first.getState().answer(KEY, 'b.pajtinka', pick('arms-business'));

    const second = await reload(storage);
    expect(second.getState().sessions[KEY]).toMatchObject({
      current: 1,
      answers: { 'a.pajtinka': pick('cooperation'), 'b.pajtinka': pick('arms-business') },
    });
  });

  it('keeps the first answer to a question: a double tap cannot change it', async () => {
    const store = await reload(memoryStorage());
    store.getState().open(KEY, init, 1000);
    store.getState().answer(KEY, 'a.pajtinka', pick('cooperation'));
    store.getState().answer(KEY, 'a.pajtinka', pick('information'));
    expect(store.getState().sessions[KEY]!.answers).toEqual({ 'a.pajtinka': pick('cooperation') });
  });

  it('ignores answers to items that are not in the quiz', async () => {
    const store = await reload(memoryStorage());
    store.getState().open(KEY, init, 1000);
    store.getState().answer(KEY, 'elsewhere.modes', pick('gunboat'));
    expect(store.getState().sessions[KEY]!.answers).toEqual({});
  });

  it('marks the quiz finished when it moves past the last question, and restarts it on request', async () => {
    const store = await reload(memoryStorage());
    store.getState().open(KEY, init, 1000);
    store.getState().goTo(KEY, 3, 5000);
    expect(store.getState().sessions[KEY]).toMatchObject({ current: 3, finishedAt: 5000 });
    store.getState().restart(KEY, 6000);
    expect(store.getState().sessions[KEY]).toMatchObject({
      current: 0,
      answers: {},
      startedAt: 6000,
    });
    expect(store.getState().sessions[KEY]!.finishedAt).toBeUndefined();
  });

  it('starts afresh when the saved state is not valid JSON', async () => {
    const store = await reload(memoryStorage({ [QUIZ_STORE_KEY]: '{not json' }));
    expect(store.getState().sessions).toEqual({});
  });

  it('drops a saved state of the right version but the wrong shape', async () => {
    const saved = JSON.stringify({
      state: { sessions: { [KEY]: { current: 'two' } } },
      version: QUIZ_STORE_VERSION,
    });
    const store = await reload(memoryStorage({ [QUIZ_STORE_KEY]: saved }));
    expect(store.getState().sessions).toEqual({});
  });

  it('ignores state written by a newer version of the app instead of misreading it', async () => {
    const saved = JSON.stringify({ state: { sessions: {} }, version: QUIZ_STORE_VERSION + 1 });
    const store = await reload(memoryStorage({ [QUIZ_STORE_KEY]: saved }));
    expect(store.getState().sessions).toEqual({});
  });

  it('migrates a frozen version-1 state: plain option ids become tagged choice responses', async () => {
    const v1 = readFileSync(join(FIXTURE_ROOT, 'persisted', 'quiz-store-v1.json'), 'utf8');
    const store = await reload(memoryStorage({ [QUIZ_STORE_KEY]: v1 }));
    const session = store.getState().sessions['scope=pajtinka&n=5&seed=abcd'];
    expect(session).toMatchObject({
      current: 1,
      title: "Pajtinka's functions",
      answers: {
        'pla-donation-2017.pajtinka': pick('cooperation'),
        'fk3-purchase-2019.pajtinka': pick('information'),
      },
      drafts: {},
    });
  });

  it('drops a version-1 state that does not have the version-1 shape', () => {
    expect(migrateQuizState({ sessions: { k: { answers: { a: 42 } } } }, 1)).toEqual({
      sessions: {},
    });
  });

  it('keeps a draft (a half-sorted board) across a reload until it is answered', async () => {
    const storage = memoryStorage();
    const store = await reload(storage);
    store.getState().open(KEY, init, 1000);
    const draft = { kind: 'sort' as const, placements: { x: 'cooperation' } };
    store.getState().saveDraft(KEY, 'a.pajtinka', draft);
    expect((await reload(storage)).getState().sessions[KEY]!.drafts).toEqual({
      'a.pajtinka': draft,
    });
    store.getState().answer(KEY, 'a.pajtinka', pick('cooperation'));
    expect(store.getState().sessions[KEY]!.drafts).toEqual({});
  });

  it('drops a version with no migration path instead of guessing', () => {
    expect(migrateQuizState({ anything: true }, -1)).toEqual({ sessions: {} });
  });

  it('offers the most recently started unfinished quiz for resuming', async () => {
    const store = await reload(memoryStorage());
    store.getState().open('k1', { ...init, title: 'Older' }, 1000);
    store.getState().answer('k1', 'a.pajtinka', pick('cooperation'));
    store.getState().open('k2', { ...init, title: 'Newer' }, 2000);
    store.getState().answer('k2', 'a.pajtinka', pick('cooperation'));
    store.getState().open('k3', { ...init, title: 'Not started' }, 3000);
    expect(latestUnfinished(store.getState().sessions)?.[1].title).toBe('Newer');
  });
});
