/**
 * Reads the practice bank fetched by the client (or kept by the service worker from an earlier
 * visit): versioned, migrated step by step, and checked item by item. An older worker may still
 * hold the whole bank in one file (versions 1 and 2); it is read and split as the server would.
 */
import * as z from 'zod/mini';
import { itemSchema } from '../items/schema';
import { migrateItemV1, migrateVersioned, type Migrations, type ReadResult } from '../items/stored';
import {
  PRACTICE_BANK_VERSION,
  type PracticeBank,
  type PracticeBankIndex,
  type PracticeChunk,
  type PracticeItem,
} from './bank-data';
import { splitPracticeBank } from './bank-split';

const text = z.string().check(z.minLength(1));
const frameworksSchema = z.array(
  z.strictObject({
    id: text,
    label: text,
    shortLabel: text,
    categories: z.array(
      z.strictObject({ id: text, label: text, shortLabel: text, definition: text }),
    ),
  }),
);
const chunkNumber = z.int().check(z.nonnegative());

const wholeBankSchema = z.strictObject({
  version: z.literal(2),
  frameworks: frameworksSchema,
  items: z.array(itemSchema).check(z.minLength(1)),
});

const indexSchema = z.strictObject({
  version: z.literal(PRACTICE_BANK_VERSION),
  frameworks: frameworksSchema,
  entries: z
    .array(
      z.strictObject({
        id: text,
        frameworkId: text,
        scenarioId: text,
        key: text,
        chunk: chunkNumber,
      }),
    )
    .check(z.minLength(1)),
  chunks: z.int().check(z.positive()),
});

const chunkSchema = z.strictObject({
  version: z.literal(PRACTICE_BANK_VERSION),
  chunk: chunkNumber,
  items: z.array(itemSchema),
});

const wholeBankMigrations: Migrations = {
  // v1 → v2: items in the one-word model (scenario, answerKey).
  1: (data) => {
    const v1 = z.looseObject({ items: z.array(z.unknown()) }).parse(data);
    return { ...v1, version: 2, items: v1.items.map(migrateItemV1) };
  },
};

const versionOf = (raw: unknown) => z.looseObject({ version: z.int() }).safeParse(raw);

/** The whole bank in one file, as versions 1 and 2 of the asset were. */
export function readPracticeBank(raw: unknown): ReadResult<PracticeBank> {
  const envelope = versionOf(raw);
  if (!envelope.success) return { ok: false, error: 'no practice bank version' };
  return migrateVersioned(raw, envelope.data.version, 2, wholeBankMigrations, wholeBankSchema);
}

/**
 * The index at /practice/bank. From a whole bank (an older worker's copy) the items come back
 * too, already in hand, so nothing more need be fetched.
 */
export function readPracticeIndex(
  raw: unknown,
): ReadResult<{ index: PracticeBankIndex; items?: PracticeItem[] }> {
  const envelope = versionOf(raw);
  if (!envelope.success) return { ok: false, error: 'no practice bank version' };
  if (envelope.data.version < PRACTICE_BANK_VERSION) {
    const whole = readPracticeBank(raw);
    if (!whole.ok) return whole;
    const { index } = splitPracticeBank(whole.value.frameworks, whole.value.items);
    return { ok: true, value: { index, items: whole.value.items } };
  }
  const index = indexSchema.safeParse(raw);
  if (!index.success)
    return { ok: false, error: `not a practice bank index: ${index.error.message}` };
  const outOfRange = index.data.entries.find((e) => e.chunk >= index.data.chunks);
  if (outOfRange) return { ok: false, error: `${outOfRange.id} names chunk ${outOfRange.chunk}` };
  return { ok: true, value: { index: index.data } };
}

/** One chunk of items; it must be the chunk asked for. */
export function readPracticeChunk(raw: unknown, expected: number): ReadResult<PracticeChunk> {
  const chunk = chunkSchema.safeParse(raw);
  if (!chunk.success)
    return { ok: false, error: `not a practice bank chunk: ${chunk.error.message}` };
  if (chunk.data.chunk !== expected) {
    return { ok: false, error: `chunk ${chunk.data.chunk} where ${expected} was asked for` };
  }
  return { ok: true, value: chunk.data };
}
