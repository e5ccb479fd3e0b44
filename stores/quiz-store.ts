/**
 * The learner's quizzes in progress, kept on the device so a reload resumes at the same
 * question with the same answers. A vanilla store made per provider (never a module global),
 * persisted with a version, numbered migrations and a zod check on everything read back.
 */
import { z } from 'zod';
import {
  createJSONStorage,
  persist,
  type PersistStorage,
  type StorageValue,
} from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';

export const QUIZ_STORE_KEY = 'attache.quiz';
export const QUIZ_STORE_VERSION = 1;
/** Older unfinished quizzes beyond this many are dropped, oldest first. */
const MAX_SESSIONS = 8;

const sessionSchema = z.strictObject({
  /** Where the quiz lives, e.g. "/quiz?scope=pajtinka&n=10&seed=k3j2". */
  href: z.string().startsWith('/quiz?').max(5000),
  title: z.string().max(200),
  itemIds: z.array(z.string().max(200)).max(100),
  /** Item id → option id chosen. Answers are final once given. */
  answers: z.record(z.string().max(200), z.string().max(64)),
  /** Index of the question on screen; itemIds.length means the summary. */
  current: z.number().int().min(0),
  startedAt: z.number(),
  finishedAt: z.number().optional(),
});
export type QuizSession = z.infer<typeof sessionSchema>;

export const persistedQuizStateSchema = z.strictObject({
  sessions: z.record(z.string().max(5000), sessionSchema),
});
export type PersistedQuizState = z.infer<typeof persistedQuizStateSchema>;

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
  answer: (key: string, itemId: string, choice: string) => void;
  goTo: (key: string, index: number, now: number) => void;
  restart: (key: string, now: number) => void;
  discard: (key: string) => void;
};

export type QuizStore = QuizState & QuizActions;

/** Numbered migrations: entry n turns a version-n state into version n+1. */
export const quizMigrations: Record<number, (state: unknown) => unknown> = {};

export function migrateQuizState(state: unknown, fromVersion: number): PersistedQuizState {
  let current = state;
  for (let version = fromVersion; version < QUIZ_STORE_VERSION; version++) {
    const step = quizMigrations[version];
    if (!step) return { sessions: {} };
    current = step(current);
  }
  const parsed = persistedQuizStateSchema.safeParse(current);
  return parsed.success ? parsed.data : { sessions: {} };
}

const envelopeSchema = z.object({ state: z.unknown(), version: z.number().int().min(0) });

/**
 * localStorage, read through zod: an unreadable envelope, or one from a newer app version,
 * is treated as no saved state. The state inside is migrated and validated by persist's
 * `migrate` and `merge` below.
 */
export function validatingStorage(getStorage: () => Storage): PersistStorage<unknown> | undefined {
  const json = createJSONStorage<unknown>(getStorage);
  if (!json) return undefined;
  return {
    getItem: (name) => {
      let raw: unknown;
      try {
        raw = json.getItem(name);
      } catch {
        return null;
      }
      const envelope = envelopeSchema.safeParse(raw);
      if (!envelope.success) return null;
      if (envelope.data.version > QUIZ_STORE_VERSION) return null;
      return envelope.data satisfies StorageValue<unknown>;
    },
    setItem: (name, value) => json.setItem(name, value),
    removeItem: (name) => json.removeItem(name),
  };
}

export function createQuizStore(getStorage: () => Storage = () => localStorage) {
  return createStore<QuizStore>()(
    persist<QuizStore, [], [], unknown>(
      (set) => ({
        sessions: {},
        hydrated: false,
        open: (key, init, now) =>
          set((state) => {
            const existing = state.sessions[key];
            if (existing && sameItems(existing.itemIds, init.itemIds)) return state;
            const sessions = {
              ...state.sessions,
              [key]: { ...init, answers: {}, current: 0, startedAt: now },
            };
            return { sessions: prune(sessions) };
          }),
        answer: (key, itemId, choice) =>
          set((state) => {
            const session = state.sessions[key];
            if (
              !session ||
              !session.itemIds.includes(itemId) ||
              session.answers[itemId] !== undefined
            ) {
              return state;
            }
            return {
              sessions: {
                ...state.sessions,
                [key]: { ...session, answers: { ...session.answers, [itemId]: choice } },
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
        storage: validatingStorage(getStorage),
        partialize: (state): PersistedQuizState => ({ sessions: state.sessions }),
        migrate: (persisted, version) => migrateQuizState(persisted, version),
        // Next.js renders on the server first: read the device's state only after mounting.
        skipHydration: true,
        onRehydrateStorage: () => (_state, error) => {
          if (error) console.error('Could not restore saved quizzes', error);
        },
        merge: (persisted, current) => ({
          ...current,
          ...migrateQuizState(persisted, QUIZ_STORE_VERSION),
        }),
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
