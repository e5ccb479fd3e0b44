/**
 * What a learner submits for an item (sent and stored as "response"). Validated wherever it
 * crosses a boundary (storage, network). Each kind's module names the shape it takes.
 * zod/mini, because these schemas ship to the browser: it tree-shakes to a few KB.
 */
import * as z from 'zod/mini';

const optionId = z.string().check(z.minLength(1), z.maxLength(120));
const scenarioId = optionId;

/** 1 low ("not sure"), 2 medium, 3 high ("very sure"): certainty-based marking. */
export const certaintySchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type Certainty = z.infer<typeof certaintySchema>;

export const choiceResponseSchema = z.strictObject({
  kind: z.literal('choice'),
  /** The option id picked, e.g. "arms-business" (odd one out: a scenario id). */
  choice: optionId,
  certainty: z.optional(certaintySchema),
});

export const manyResponseSchema = z.strictObject({
  kind: z.literal('many'),
  /** Every option id ticked, e.g. ["political-signal", "assistance-spillover"]. */
  choices: z.array(optionId).check(
    z.maxLength(16),
    z.refine((ids) => new Set(ids).size === ids.length, 'each option at most once'),
  ),
  certainty: z.optional(certaintySchema),
});

export const twoTierResponseSchema = z.strictObject({
  kind: z.literal('two-tier'),
  /** The mode, e.g. "gunboat". */
  choice: optionId,
  /** The reason, e.g. "force-limited-naval". */
  reason: optionId,
  certainty: z.optional(certaintySchema),
});

export const sortResponseSchema = z.strictObject({
  kind: z.literal('sort'),
  /** Scenario id → bucket (category) id. */
  placements: z.record(scenarioId, optionId),
  /** Scenario id → how sure, when certainty-based marking is on. */
  certainty: z.optional(z.record(scenarioId, certaintySchema)),
});

export const responseSchema = z.discriminatedUnion('kind', [
  choiceResponseSchema,
  manyResponseSchema,
  twoTierResponseSchema,
  sortResponseSchema,
]);
export type LearnerResponse = z.infer<typeof responseSchema>;
export type ResponseKind = LearnerResponse['kind'];
export type ChoiceResponse = z.infer<typeof choiceResponseSchema>;
export type ManyResponse = z.infer<typeof manyResponseSchema>;
export type TwoTierResponse = z.infer<typeof twoTierResponseSchema>;
export type SortResponse = z.infer<typeof sortResponseSchema>;
