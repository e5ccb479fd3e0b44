import { describe, expect, it } from 'vitest';
import {
  createQuizStore,
  latestUnfinished,
  migrateQuizState,
  QUIZ_STORE_KEY,
  QUIZ_STORE_VERSION,
} from '@/stores/quiz-store';
import { memoryStorage } from '../../support/memory-storage';

const KEY = 'scope=pajtinka&n=5&seed=abcd';
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
    first.getState().answer(KEY, 'a.pajtinka', 'cooperation');
    first.getState().goTo(KEY, 1, 2000);
    first.getState().answer(KEY, 'b.pajtinka', 'arms-business');

    const second = await reload(storage);
    expect(second.getState().sessions[KEY]).toMatchObject({
      current: 1,
      answers: { 'a.pajtinka': 'cooperation', 'b.pajtinka': 'arms-business' },
    });
  });

  it('keeps the first answer to a question: a double tap cannot change it', async () => {
    const store = await reload(memoryStorage());
    store.getState().open(KEY, init, 1000);
    store.getState().answer(KEY, 'a.pajtinka', 'cooperation');
    store.getState().answer(KEY, 'a.pajtinka', 'information');
    expect(store.getState().sessions[KEY]!.answers).toEqual({ 'a.pajtinka': 'cooperation' });
  });

  it('ignores answers to items that are not in the quiz', async () => {
    const store = await reload(memoryStorage());
    store.getState().open(KEY, init, 1000);
    store.getState().answer(KEY, 'elsewhere.modes', 'gunboat');
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

  it('migrates through numbered steps and validates the result', () => {
    expect(migrateQuizState({ sessions: {} }, QUIZ_STORE_VERSION)).toEqual({ sessions: {} });
    // A version with no migration path is dropped, not guessed at.
    expect(migrateQuizState({ anything: true }, -1)).toEqual({ sessions: {} });
  });

  it('offers the most recently started unfinished quiz for resuming', async () => {
    const store = await reload(memoryStorage());
    store.getState().open('k1', { ...init, title: 'Older' }, 1000);
    store.getState().answer('k1', 'a.pajtinka', 'cooperation');
    store.getState().open('k2', { ...init, title: 'Newer' }, 2000);
    store.getState().answer('k2', 'a.pajtinka', 'cooperation');
    store.getState().open('k3', { ...init, title: 'Not started' }, 3000);
    expect(latestUnfinished(store.getState().sessions)?.[1].title).toBe('Newer');
  });
});
