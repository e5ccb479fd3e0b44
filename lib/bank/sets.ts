/** Curated sets in questions/sets/: a named, ordered list of items for a class or a topic. */
import { z } from 'zod';
import { parseItemId } from '../items/ids';
import type { ComposeFramework, SingleItems } from '../items/kind';
import { composeRef, resolveItem } from '../items/registry';
import type { Item } from '../items/schema';
import { BANK_SCHEMA_VERSION, idSchema } from './schema';

/** An item id in the codec's language (lib/items/ids.ts), e.g. "pla-donation-2017.pajtinka". */
export const itemIdSchema = z
  .string()
  .max(1000)
  .refine(
    (id) => parseItemId(id) !== undefined,
    'an item id such as "pla-donation-2017.pajtinka" (scenario.framework[.many|.two-tier]), "sort.framework.a~b~c~d" or "odd.framework.a~b~c~d"',
  );

/** A sort board: several scenarios to place on one framework's categories. */
export const sortEntrySchema = z.strictObject({
  sort: z.strictObject({
    /** e.g. "pajtinka" */
    framework: idSchema,
    /** Four to eight scenario ids, each keyed on that framework. */
    scenarios: z.array(idSchema).min(4).max(8),
  }),
});

export const setEntrySchema = z.union([itemIdSchema, sortEntrySchema]);
export type SetEntry = z.infer<typeof setEntrySchema>;

export const quizSetFileSchema = z.strictObject({
  /** Bank format version, e.g. 1. */
  schemaVersion: z.literal(BANK_SCHEMA_VERSION),
  /** e.g. "five-functions" */
  id: idSchema,
  /** e.g. "Pajtinka's five functions" */
  title: z.string().trim().min(3),
  /** One or two sentences: what the set practises and for whom. */
  description: z.string().trim().min(20),
  /** Position on the home page, 1 first. */
  order: z.number().int().positive(),
  /** The items, in the order a learner meets them unless the quiz shuffles. */
  items: z.array(setEntrySchema).min(3),
});
export type QuizSet = z.infer<typeof quizSetFileSchema>;

/** The item of one entry of a set, or undefined when it does not resolve. */
export function itemOfEntry(
  entry: SetEntry,
  frameworks: readonly ComposeFramework[],
  singles: SingleItems,
): Item | undefined {
  if (typeof entry === 'string') return resolveItem(entry, frameworks, singles);
  const ref = {
    form: 'sort' as const,
    frameworkId: entry.sort.framework,
    scenarioIds: entry.sort.scenarios,
  };
  return composeRef(ref, frameworks, singles);
}

/**
 * A curated set's entries as items, in order; an entry that does not resolve is left out (the
 * bank linter reports it, so the bank's own sets have none).
 */
export function itemsOfSet(
  set: Pick<QuizSet, 'items'>,
  frameworks: readonly ComposeFramework[],
  singles: SingleItems,
): Item[] {
  return set.items.flatMap((entry) => itemOfEntry(entry, frameworks, singles) ?? []);
}
