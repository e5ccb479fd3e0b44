/**
 * The learner's quizzes in progress, kept on the device so a reload resumes at the same
 * question with the same answers. A vanilla store made per provider (never a module global),
 * persisted with a version, numbered migrations and a zod check on everything read back.
 */
import type { LearnerResponse } from '@/lib/items/response';
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { lazyValidatingStorage } from './lazy-validating-storage';
import type { PersistedQuizState, QuizSession } from './quiz-state';
import { QUIZ_STORE_KEY, QUIZ_STORE_VERSION } from './quiz-store-version';

export { QUIZ_STORE_KEY, QUIZ_STORE_VERSION };
export type { PersistedQuizState, QuizSession };

/** Older unfinished quizzes beyond this many are dropped, oldest first. */
const MAX_SESSIONS = 8;

export type QuizState = PersistedQuizState & {
  /** False until the saved state has been read back on the client. */
  hydrated: boolean;
};

export type QuizActions = {
  /** Opens a quiz, keeping saved progress when the same quiz (same items) is already under way. */
  open: (
    key: string,
    init: { href: string; title: string; itemIds: string[] },
    now: number,
  ) => void;
  answer: (key: string, itemId: string, response: LearnerResponse) => void;
  saveDraft: (key: string, itemId: string, response: LearnerResponse) => void;
  goTo: (key: string, index: number, now: number) => void;
  restart: (key: string, now: number) => void;
  discard: (key: string) => void;
};

export type QuizStore = QuizState & QuizActions;

export function createQuizStore(getStorage: () => Storage = () => localStorage) {
  return createStore<QuizStore>()(
    persist<QuizStore, [], [], PersistedQuizState>(
      (set) => ({
        sessions: {},
        hydrated: false,
        open: (key, init, now) =>
          set((state) => {
            const existing = state.sessions[key];
            if (existing && sameItems(existing.itemIds, init.itemIds)) return state;
            const sessions = {
              ...state.sessions,
              [key]: { ...init, answers: {}, drafts: {}, current: 0, startedAt: now },
            };
            return { sessions: prune(sessions) };
          }),
        answer: (key, itemId, response) =>
          set((state) => {
            const session = openQuestion(state, key, itemId);
            if (!session) return state;
            const { [itemId]: _draft, ...drafts } = session.drafts;
            return {
              sessions: {
                ...state.sessions,
                [key]: { ...session, answers: { ...session.answers, [itemId]: response }, drafts },
              },
            };
          }),
        saveDraft: (key, itemId, response) =>
          set((state) => {
            const session = openQuestion(state, key, itemId);
            if (!session) return state;
            return {
              sessions: {
                ...state.sessions,
                [key]: { ...session, drafts: { ...session.drafts, [itemId]: response } },
              },
            };
          }),
        goTo: (key, index, now) =>
          set((state) => {
            const session = state.sessions[key];
            if (!session) return state;
            const current = Math.max(0, Math.min(index, session.itemIds.length));
            const finished = current === session.itemIds.length;
            return {
              sessions: {
                ...state.sessions,
                [key]: {
                  ...session,
                  current,
                  finishedAt: finished ? (session.finishedAt ?? now) : session.finishedAt,
                },
              },
            };
          }),
        restart: (key, now) =>
          set((state) => {
            const session = state.sessions[key];
            if (!session) return state;
            const { finishedAt: _finished, ...rest } = session;
            return {
              sessions: {
                ...state.sessions,
                [key]: { ...rest, answers: {}, current: 0, startedAt: now },
              },
            };
          }),
        discard: (key) =>
          set((state) => {
            const { [key]: _dropped, ...sessions } = state.sessions;
            return { sessions };
          }),
      }),
      {
        name: QUIZ_STORE_KEY,
        version: QUIZ_STORE_VERSION,
        storage: lazyValidatingStorage(
          getStorage,
          QUIZ_STORE_VERSION,
          async () => (await import('./quiz-state')).readPersistedQuizState,
        ),
        partialize: (state): PersistedQuizState => ({ sessions: state.sessions }),
        // The storage hands back migrated, validated, current-version state: no migrate or merge here.
        // Next.js renders on the server first: read the device's state only after mounting.
        skipHydration: true,
        onRehydrateStorage: () => (_state, error) => {
          if (error) console.error('Could not restore saved quizzes', error);
        },
      },
    ),
  );
}

export type QuizStoreApi = ReturnType<typeof createQuizStore>;

/** The most recently started quiz that is not finished, for "Resume" on the home page. */
export function latestUnfinished(
  sessions: PersistedQuizState['sessions'],
): [string, QuizSession] | undefined {
  return Object.entries(sessions)
    .filter(([, s]) => s.finishedAt === undefined && Object.keys(s.answers).length > 0)
    .sort(([, a], [, b]) => b.startedAt - a.startedAt)[0];
}

/** The session, if it has this item and the item is not answered yet (answers are final). */
function openQuestion(
  state: PersistedQuizState,
  key: string,
  itemId: string,
): QuizSession | undefined {
  const session = state.sessions[key];
  return session && session.itemIds.includes(itemId) && session.answers[itemId] === undefined
    ? session
    : undefined;
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function prune(sessions: PersistedQuizState['sessions']): PersistedQuizState['sessions'] {
  const entries = Object.entries(sessions);
  if (entries.length <= MAX_SESSIONS) return sessions;
  return Object.fromEntries(
    entries.sort(([, a], [, b]) => b.startedAt - a.startedAt).slice(0, MAX_SESSIONS),
  );
}
