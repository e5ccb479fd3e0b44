/**
 * Reads the practice bank fetched by the client (or kept by the service worker from an earlier
 * visit): versioned, migrated step by step, and checked item by item.
 */
import * as z from 'zod/mini';
import { itemSchema } from '../items/schema';
import { migrateItemV1, migrateVersioned, type Migrations, type ReadResult } from '../items/stored';
import { PRACTICE_BANK_VERSION, type PracticeBank } from './bank-data';

const text = z.string().check(z.minLength(1));

const practiceBankSchema = z.strictObject({
  version: z.literal(PRACTICE_BANK_VERSION),
  frameworks: z.array(
    z.strictObject({
      id: text,
      label: text,
      shortLabel: text,
      categories: z.array(
        z.strictObject({ id: text, label: text, shortLabel: text, definition: text }),
      ),
    }),
  ),
  items: z.array(itemSchema).check(z.minLength(1)),
});

const migrations: Migrations = {
  // v1 → v2: items in the one-word model (scenario, answerKey).
  1: (data) => {
    const v1 = z.looseObject({ items: z.array(z.unknown()) }).parse(data);
    return { ...v1, version: 2, items: v1.items.map(migrateItemV1) };
  },
};

export function readPracticeBank(raw: unknown): ReadResult<PracticeBank> {
  const envelope = z.looseObject({ version: z.int() }).safeParse(raw);
  if (!envelope.success) return { ok: false, error: 'no practice bank version' };
  return migrateVersioned(
    raw,
    envelope.data.version,
    PRACTICE_BANK_VERSION,
    migrations,
    practiceBankSchema,
  );
}
