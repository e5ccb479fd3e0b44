/**
 * Compare pages: two categories that learners confuse, side by side. Each entry says what the
 * two share, the one feature that separates them, and gives two pairs of scenarios that differ
 * only in that feature (contrast pairs of the bank), so the difference is seen, not just told.
 */
import { z } from 'zod';
import { BANK_SCHEMA_VERSION, idSchema } from './schema';

export const comparisonSchema = z.strictObject({
  /** The two categories, e.g. [visits-presence, representation]; the pair is unordered. */
  categories: z.tuple([idSchema, idSchema]),
  /** What the two have in common, in our own words, e.g. "Both put the sending state's units on show abroad". */
  shared: z.string().trim().min(40),
  /** The one feature that separates them, e.g. "Who holds the event: …". */
  separator: z.string().trim().min(40),
  /**
   * Two pairs of contrast scenarios, each [keyed to the first category, keyed to the second],
   * e.g. [[uss-missouri-istanbul-1946, kiel-week-1914], …]. Public scenarios only.
   */
  examples: z
    .array(z.tuple([idSchema, idSchema]))
    .min(2)
    .max(3),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const compareFileSchema = z.strictObject({
  /** Bank format version, e.g. 1. */
  schemaVersion: z.literal(BANK_SCHEMA_VERSION),
  /** e.g. "pajtinka" */
  framework: idSchema,
  comparisons: z.array(comparisonSchema).min(1),
});
export type CompareFile = z.infer<typeof compareFileSchema>;

export { comparisonId } from '../compare-links';
