/**
 * The practice progress saved on the device, and in exported progress files: its schema,
 * numbered migrations and the checks applied when reading it back. Loaded on demand.
 */
import * as z from 'zod/mini';
import { MAX_HISTORY, PRACTICE_STORE_VERSION } from './practice-store-version';

const id = z.string().check(z.minLength(1), z.maxLength(400));
const epoch = z.number().check(z.minimum(0));

const cardSchema = z.strictObject({
  due: epoch,
  stability: z.number().check(z.minimum(0)),
  difficulty: z.number(),
  scheduledDays: z.number().check(z.minimum(0)),
  learningSteps: z.int().check(z.minimum(0)),
  reps: z.int().check(z.minimum(0)),
  lapses: z.int().check(z.minimum(0)),
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  lastReview: z.optional(epoch),
});

const answerSchema = z.strictObject({
  itemId: id,
  scenarioId: id,
  frameworkId: id,
  key: id,
  given: z.optional(id),
  credit: z.number().check(z.minimum(0), z.maximum(1)),
  at: epoch,
});

const remediationSchema = z.strictObject({
  itemId: id,
  frameworkId: id,
  keyCategory: id,
  confusedWith: id,
});

export const persistedPracticeStateSchema = z.strictObject({
  /** Concept ("framework:category") → its FSRS card. */
  cards: z.record(id, cardSchema),
  /** Answers, oldest first; the oldest are dropped beyond MAX_HISTORY. */
  history: z.array(answerSchema).check(z.maxLength(MAX_HISTORY)),
  remediation: z.array(remediationSchema).check(z.maxLength(20)),
  scope: id,
  /** FSRS desired retention. */
  retention: z.number().check(z.minimum(0.7), z.maximum(0.97)),
  certaintyBased: z.boolean(),
});
export type PersistedPracticeState = z.infer<typeof persistedPracticeStateSchema>;

/** Numbered migrations: entry n turns a version-n state into version n+1 (none yet). */
export const practiceMigrations: Record<number, (state: unknown) => unknown> = {};

export function migratePracticeState(
  state: unknown,
  fromVersion: number,
): PersistedPracticeState | undefined {
  let current = state;
  for (let version = fromVersion; version < PRACTICE_STORE_VERSION; version++) {
    const step = practiceMigrations[version];
    if (!step) return undefined;
    current = step(current);
  }
  const parsed = persistedPracticeStateSchema.safeParse(current);
  return parsed.success ? parsed.data : undefined;
}

const envelopeSchema = z.object({ state: z.unknown(), version: z.int().check(z.minimum(0)) });

export function readPersistedPracticeState(raw: unknown): PersistedPracticeState | undefined {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success || envelope.data.version > PRACTICE_STORE_VERSION) return undefined;
  return migratePracticeState(envelope.data.state, envelope.data.version);
}

/** The file a learner exports to move progress to another device. */
const exportSchema = z.object({
  app: z.literal('attache'),
  kind: z.literal('practice-progress'),
  version: z.int().check(z.minimum(1)),
  exportedAt: z.string(),
  state: z.unknown(),
});

export function serialiseExport(state: PersistedPracticeState, now: number): string {
  return JSON.stringify(
    {
      app: 'attache',
      kind: 'practice-progress',
      version: PRACTICE_STORE_VERSION,
      exportedAt: new Date(now).toISOString(),
      state,
    },
    null,
    1,
  );
}

export type ImportResult =
  { ok: true; state: PersistedPracticeState } | { ok: false; message: string };

/** Reads an exported file. Nothing is changed unless the whole file is valid. */
export function parseExport(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not an Attaché progress file (it is not JSON).' };
  }
  const file = exportSchema.safeParse(raw);
  if (!file.success) {
    return { ok: false, message: 'This file is not an Attaché progress file.' };
  }
  if (file.data.version > PRACTICE_STORE_VERSION) {
    return {
      ok: false,
      message: 'This file comes from a newer version of Attaché. Reload the app and try again.',
    };
  }
  const state = migratePracticeState(file.data.state, file.data.version);
  if (!state) {
    return { ok: false, message: 'This progress file is damaged: some of its data is not valid.' };
  }
  return { ok: true, state };
}
