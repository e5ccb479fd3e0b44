/**
 * The check on the practice bank fetched by the client. The asset is built from the validated
 * bank, so this guards against a stale or damaged cache rather than re-validating every field.
 */
import * as z from 'zod/mini';
import { PRACTICE_BANK_VERSION, type PracticeBank } from './bank-data';

const text = z.string().check(z.minLength(1));

const practiceBankSchema = z.object({
  version: z.literal(PRACTICE_BANK_VERSION),
  frameworks: z.array(
    z.object({
      id: text,
      label: text,
      shortLabel: text,
      categories: z.array(z.object({ id: text, label: text, shortLabel: text, definition: text })),
    }),
  ),
  items: z
    .array(
      z.looseObject({
        id: text,
        kind: z.enum(['classify', 'distinguish', 'attribute', 'classify-many', 'two-tier']),
        frameworkId: text,
        stem: z.looseObject({ id: text, title: text, text }),
        answer: z.looseObject({}),
        teaching: z.looseObject({ explanation: text }),
      }),
    )
    .check(z.minLength(1)),
});

export function parsePracticeBank(raw: unknown): PracticeBank | undefined {
  const parsed = practiceBankSchema.safeParse(raw);
  // The loose item check above passed; the rest of each item's shape is the build's guarantee.
  return parsed.success ? (raw as PracticeBank) : undefined;
}
