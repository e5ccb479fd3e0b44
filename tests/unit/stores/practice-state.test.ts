import { describe, expect, it } from 'vitest';
import { review } from '@/lib/practice/schedule';
import { EMPTY_PRACTICE, createPracticeStore } from '@/stores/practice-store';
import {
  parseExport,
  readPersistedPracticeState,
  serialiseExport,
  type PersistedPracticeState,
} from '@/stores/practice-state';
import { PRACTICE_STORE_KEY, PRACTICE_STORE_VERSION } from '@/stores/practice-store-version';
import { memoryStorage } from '../../support/memory-storage';

const now = Date.UTC(2026, 10, 1);
const progress: PersistedPracticeState = {
  ...EMPTY_PRACTICE,
  cards: { 'pajtinka:information': review(undefined, 'good', now, { fuzz: false }) },
  history: [
    {
      itemId: 'a.pajtinka',
      scenarioId: 'a',
      frameworkId: 'pajtinka',
      key: 'information',
      given: 'information',
      credit: 1,
      at: now,
    },
  ],
};

describe('practice progress on the device and in files', () => {
  it('round-trips through an export file', () => {
    const result = parseExport(serialiseExport(progress, now));
    expect(result).toEqual({ ok: true, state: progress });
  });

  it('rejects a bad file with a clear message', () => {
    expect(parseExport('not json')).toMatchObject({ ok: false, message: /not JSON/ });
    expect(parseExport('{"app":"other"}')).toMatchObject({ ok: false, message: /not an Attaché/ });
    const damaged = JSON.parse(serialiseExport(progress, now));
    damaged.state.history[0].credit = 7;
    expect(parseExport(JSON.stringify(damaged))).toMatchObject({ ok: false, message: /damaged/ });
    const newer = JSON.parse(serialiseExport(progress, now));
    newer.version = PRACTICE_STORE_VERSION + 1;
    expect(parseExport(JSON.stringify(newer))).toMatchObject({ ok: false, message: /newer/ });
  });

  it('reads back what was saved, and treats anything unusable as nothing saved', () => {
    expect(readPersistedPracticeState({ state: progress, version: 1 })).toEqual(progress);
    expect(readPersistedPracticeState({ state: { cards: 'x' }, version: 1 })).toBeUndefined();
    expect(readPersistedPracticeState({ state: progress, version: 99 })).toBeUndefined();
    expect(readPersistedPracticeState('garbage')).toBeUndefined();
  });

  it('rehydrates a store from storage, and starts empty from damaged storage', async () => {
    const storage = memoryStorage();
    storage.setItem(PRACTICE_STORE_KEY, JSON.stringify({ state: progress, version: 1 }));
    const store = createPracticeStore(() => storage);
    await store.persist.rehydrate();
    expect(store.getState().history).toHaveLength(1);

    storage.setItem(PRACTICE_STORE_KEY, '{broken');
    const fresh = createPracticeStore(() => storage);
    await fresh.persist.rehydrate();
    expect(fresh.getState().history).toEqual([]);
  });
});
