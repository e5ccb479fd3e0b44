/**
 * The learner's practice progress: FSRS cards per concept, the answer history behind the
 * progress page, the remediation queue and settings. Kept on the device (localStorage), with
 * a version, numbered migrations and a zod check on everything read back (practice-state.ts).
 */
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { PracticeAnswer, Remediation, StoredCard } from '@/lib/practice/types';
import { lazyValidatingStorage } from './lazy-validating-storage';
import type { PersistedPracticeState } from './practice-state';
import { MAX_HISTORY, PRACTICE_STORE_KEY, PRACTICE_STORE_VERSION } from './practice-store-version';

export { PRACTICE_STORE_KEY, PRACTICE_STORE_VERSION };
export type { PersistedPracticeState };

export type PracticeState = PersistedPracticeState & {
  /** False until the saved state has been read back on the client. */
  hydrated: boolean;
};

export type PracticeActions = {
  /** Records an answer with the concept's new card and the remediation queue that follows. */
  record: (entry: {
    answer: PracticeAnswer;
    concept: string;
    card: StoredCard;
    remediation: Remediation[];
  }) => void;
  setScope: (scope: string) => void;
  setRetention: (retention: number) => void;
  setCertaintyBased: (on: boolean) => void;
  /** Replaces everything with imported progress (already validated). */
  replace: (state: PersistedPracticeState) => void;
  reset: () => void;
};

export type PracticeStore = PracticeState & PracticeActions;

export const EMPTY_PRACTICE: PersistedPracticeState = {
  cards: {},
  history: [],
  remediation: [],
  scope: 'mixed',
  retention: 0.9,
  certaintyBased: false,
};

export function createPracticeStore(getStorage: () => Storage = () => localStorage) {
  return createStore<PracticeStore>()(
    persist<PracticeStore, [], [], PersistedPracticeState>(
      (set) => ({
        ...EMPTY_PRACTICE,
        hydrated: false,
        record: ({ answer, concept, card, remediation }) =>
          set((state) => ({
            cards: { ...state.cards, [concept]: card },
            history: [...state.history, answer].slice(-MAX_HISTORY),
            remediation,
          })),
        setScope: (scope) => set({ scope }),
        setRetention: (retention) => set({ retention }),
        setCertaintyBased: (certaintyBased) => set({ certaintyBased }),
        replace: (imported) => set({ ...imported }),
        reset: () => set({ ...EMPTY_PRACTICE }),
      }),
      {
        name: PRACTICE_STORE_KEY,
        version: PRACTICE_STORE_VERSION,
        storage: lazyValidatingStorage(
          getStorage,
          PRACTICE_STORE_VERSION,
          async () => (await import('./practice-state')).readPersistedPracticeState,
        ),
        partialize: ({ cards, history, remediation, scope, retention, certaintyBased }) => ({
          cards,
          history,
          remediation,
          scope,
          retention,
          certaintyBased,
        }),
        skipHydration: true,
        onRehydrateStorage: () => (_state, error) => {
          if (error) console.error('Could not restore practice progress', error);
        },
      },
    ),
  );
}

export type PracticeStoreApi = ReturnType<typeof createPracticeStore>;
