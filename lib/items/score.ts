/**
 * A score is a tagged result, never a loose boolean. Completeness is checked before
 * correctness: an answer that is missing, partial or names no offered option is "invalid"
 * and earns nothing, so the UI can ask again instead of marking it wrong.
 *
 * The score is the only verdict: `detail` carries everything feedback shows (each option's
 * mark, each tier, each scenario of a board), so no component decides again what was right.
 */
import * as z from 'zod/mini';

export const OUTCOMES = [
  /** The key (or every key, every scenario of a board). */
  'correct',
  /** An accepted alternative: full credit, with a note on the best answer. */
  'accepted',
  /** Some credit but not all (pick-every-one, two-tier with the wrong reason, boards). */
  'partial',
  'wrong',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

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

/**
 * How one offered option comes out, as feedback shows it:
 * key — the answer (single best), shown whether picked or not;
 * accepted — an accepted alternative that was picked;
 * right-picked — one that applies, ticked (pick every one);
 * missed — one that applies, not ticked;
 * wrong-pick — picked, and wrong.
 */
export const OPTION_MARKS = ['key', 'accepted', 'right-picked', 'missed', 'wrong-pick'] as const;
export type OptionMark = (typeof OPTION_MARKS)[number];

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

export type Score = { status: 'invalid'; message: string } | Scored;

export function invalid(message: string): Score {
  return { status: 'invalid', message };
}

/** The outcome for a fraction of credit. */
export function outcomeOf(credit: number): Outcome {
  if (credit >= 1) return 'correct';
  return credit <= 0 ? 'wrong' : 'partial';
}

/**
 * The one definition of "right": full credit, by the key or an accepted alternative. Streaks,
 * announcements, summaries and progress all ask this.
 */
export function isRight(score: Score): boolean {
  return score.status === 'scored' && (score.outcome === 'correct' || score.outcome === 'accepted');
}

/** Scenarios of the score judged fully right, and how many were judged. */
export function scenariosRight(score: Scored): { right: number; total: number } {
  return {
    right: score.judgements.filter((j) => j.credit >= 1).length,
    total: score.judgements.length,
  };
}
