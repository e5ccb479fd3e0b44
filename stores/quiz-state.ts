/**
 * The shape of the quiz store as saved on the device, its numbered migrations, and the check
 * applied to everything read back. Loaded on demand when the store rehydrates, so zod is not
 * part of the quiz page's first-load JavaScript.
 */
import * as z from 'zod/mini';
import { responseSchema } from '@/lib/items/response';
import { QUIZ_STORE_VERSION } from './quiz-store-version';

const itemId = z.string().check(z.maxLength(400));

const sessionSchema = z.strictObject({
  /** Where the quiz lives, e.g. "/quiz?scope=pajtinka&n=10&seed=k3j2". */
  href: z.string().check(z.startsWith('/quiz?'), z.maxLength(5000)),
  title: z.string().check(z.maxLength(200)),
  itemIds: z.array(itemId).check(z.maxLength(100)),
  /** Item id → the response checked. Answers are final once given. */
  answers: z.record(itemId, responseSchema),
  /** Item id → a response being put together (a half-sorted board), kept across reloads. */
  drafts: z._default(z.record(itemId, responseSchema), {}),
  /** Index of the question on screen; itemIds.length means the summary. */
  current: z.int().check(z.minimum(0)),
  startedAt: z.number(),
  finishedAt: z.optional(z.number()),
});
export type QuizSession = z.infer<typeof sessionSchema>;

export const persistedQuizStateSchema = z.strictObject({
  sessions: z.record(z.string().check(z.maxLength(5000)), sessionSchema),
});
export type PersistedQuizState = z.infer<typeof persistedQuizStateSchema>;

/** Version 1 stored a single-choice answer as the option id alone. */
const v1StateSchema = z.object({
  sessions: z.record(z.string(), z.looseObject({ answers: z.record(z.string(), z.string()) })),
});

/** Numbered migrations: entry n turns a version-n state into version n+1. */
export const quizMigrations: Record<number, (state: unknown) => unknown> = {
  // v1 → v2: answers become tagged responses, so that every kind of item can be stored.
  1: (state) => {
    const parsed = v1StateSchema.safeParse(state);
    if (!parsed.success) return { sessions: {} };
    return {
      sessions: Object.fromEntries(
        Object.entries(parsed.data.sessions).map(([key, session]) => [
          key,
          {
            ...session,
            answers: Object.fromEntries(
              Object.entries(session.answers).map(([itemId, choice]) => [
                itemId,
                { kind: 'choice', choice },
              ]),
            ),
          },
        ]),
      ),
    };
  },
};

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

const envelopeSchema = z.object({ state: z.unknown(), version: z.int().check(z.minimum(0)) });

/**
 * What localStorage held, parsed JSON or not, → the current-version state, or undefined when
 * there is nothing usable: an unreadable envelope, or one written by a newer version of the app.
 */
export function readPersistedQuizState(raw: unknown): PersistedQuizState | undefined {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success || envelope.data.version > QUIZ_STORE_VERSION) return undefined;
  return migrateQuizState(envelope.data.state, envelope.data.version);
}
