/**
 * The zod schemas of a score, apart from score.ts so that scoring and feedback on the client
 * do not bring zod with them: only readers of stored or received scores import this.
 */
import * as z from 'zod/mini';
import { OPTION_MARKS, OUTCOMES } from './score';

const text = z.string().check(z.minLength(1));
const certainty = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/** One classified scenario inside an item: a sort board has one per scenario. */
export const judgementSchema = z.strictObject({
  scenarioId: text,
  /** The key category (the primary one of a pick-every-one item). */
  key: text,
  /** The single category the learner gave for this scenario, when there is one. */
  given: z.optional(text),
  /** 0 to 1. */
  credit: z.number().check(z.gte(0), z.lte(1)),
  certainty: z.optional(certainty),
});
export type Judgement = z.infer<typeof judgementSchema>;

export const optionResultSchema = z.strictObject({
  id: text,
  chosen: z.boolean(),
  mark: z.optional(z.enum(OPTION_MARKS)),
});
export type OptionResult = z.infer<typeof optionResultSchema>;

export const placementResultSchema = z.strictObject({
  scenarioId: text,
  placed: text,
  key: text,
  verdict: z.enum(['correct', 'accepted', 'wrong']),
});
export type PlacementResult = z.infer<typeof placementResultSchema>;

export const scoreDetailSchema = z.discriminatedUnion('kind', [
  /** Single best, pick every one, odd one out: every option with its mark. */
  z.strictObject({ kind: z.literal('options'), options: z.array(optionResultSchema) }),
  /** Answer and reason: each tier on its own. */
  z.strictObject({
    kind: z.literal('tiers'),
    answer: z.strictObject({ right: z.boolean(), options: z.array(optionResultSchema) }),
    reason: z.strictObject({ right: z.boolean(), options: z.array(optionResultSchema) }),
  }),
  /** A sort board: every scenario, where it was placed and where it belongs. */
  z.strictObject({ kind: z.literal('placements'), scenarios: z.array(placementResultSchema) }),
]);
export type ScoreDetail = z.infer<typeof scoreDetailSchema>;

export const scoredSchema = z.strictObject({
  status: z.literal('scored'),
  earned: z.number(),
  max: z.number().check(z.gte(0)),
  outcome: z.enum(OUTCOMES),
  judgements: z.array(judgementSchema),
  detail: scoreDetailSchema,
});
export type Scored = z.infer<typeof scoredSchema>;
