/**
 * What an instructor decides about an assignment. The same schema checks the request that
 * creates it and the JSON read back from the database.
 */
import { z } from 'zod';
import { idSchema } from '../bank/schema';
import { POOLS } from '../bank/pools';
import { titleProblem } from '../text/rules';
import { itemIdSchema } from '../bank/sets';
import { ITEM_KINDS } from '../items/schema';

export const FEEDBACK_MODES = ['immediate', 'after-close'] as const;
export type FeedbackMode = (typeof FEEDBACK_MODES)[number];

export const itemKindSchema = z.enum(ITEM_KINDS);

/**
 * Dates an assignment may name: from 1 January 2020 to 1 January 2100 (UTC). Wide enough for any
 * course, and far inside what a JavaScript Date can hold, so no page meets an impossible date.
 */
export const DATE_RANGE = { min: Date.UTC(2020, 0, 1), max: Date.UTC(2100, 0, 1) } as const;
const dateSchema = z
  .number()
  .int()
  .min(DATE_RANGE.min, 'a date from 2020 on')
  .max(DATE_RANGE.max, 'a date before 2100');

export const settingsSchema = z
  .strictObject({
    /** "immediate": key and explanation after each answer; "after-close": only once the assignment closes. */
    feedback: z.enum(FEEDBACK_MODES),
    /** How many attempts a student may start, e.g. 1. */
    maxAttempts: z.number().int().min(1).max(20),
    /** Minutes from the start of an attempt, e.g. 20; null for none. */
    timeLimitMinutes: z.number().int().min(1).max(600).nullable(),
    /** Epoch ms before which students cannot join; null to open at once. */
    opensAt: dateSchema.nullable(),
    /** Epoch ms after which no answer is accepted; null for no due date. */
    dueAt: dateSchema.nullable(),
    /** Each attempt gets its own item order. */
    shuffleItems: z.boolean(),
    /** Each attempt gets its own option order. */
    shuffleOptions: z.boolean(),
    /** Certainty-based marking: 1/2/3 for right, 0/−2/−6 for wrong. */
    certaintyBased: z.boolean(),
  })
  .refine((s) => s.opensAt === null || s.dueAt === null || s.opensAt < s.dueAt, {
    message: 'the due date must come after the opening date',
    path: ['dueAt'],
  });
export type AssignmentSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: AssignmentSettings = {
  feedback: 'immediate',
  maxAttempts: 1,
  timeLimitMinutes: null,
  opensAt: null,
  dueAt: null,
  shuffleItems: false,
  shuffleOptions: false,
  certaintyBased: false,
};

/** Whose scenarios: the shipped bank, the instructor's own items, or items shared with them. */
export const ITEM_ORIGINS = ['bank', 'mine', 'shared'] as const;
export type ItemOrigin = (typeof ITEM_ORIGINS)[number];

/** Where the items come from. */
export const itemSourceSchema = z.discriminatedUnion('source', [
  z.strictObject({
    source: z.literal('set'),
    /** A curated set id, e.g. "five-functions". */
    set: idSchema,
  }),
  z.strictObject({
    source: z.literal('filters'),
    /** Framework ids, e.g. ["pajtinka"]; empty for every framework. */
    frameworks: z.array(idSchema).max(10),
    /** Category ids the scenarios are keyed to; empty for every category. */
    categories: z.array(idSchema).max(40),
    /** 1 introductory, 2 intermediate, 3 advanced; empty for all. */
    difficulties: z.array(z.union([z.literal(1), z.literal(2), z.literal(3)])).max(3),
    /** Question kinds; empty for all. */
    kinds: z.array(itemKindSchema).max(ITEM_KINDS.length),
    /**
     * Which pool to draw from: "held-back" (scenarios no public page shows, for graded work),
     * "public" (also in practice and quizzes) or "any". Defaults to "any".
     */
    pool: z.enum(['any', ...POOLS]).default('any'),
    /** Whose scenarios to draw from, e.g. ["mine"]; the bank's alone when absent. */
    from: z
      .array(z.enum(ITEM_ORIGINS))
      .min(1, 'tick at least one: the bank, your items or items shared with you')
      .max(ITEM_ORIGINS.length)
      .default(['bank']),
    /** How many items, e.g. 10. */
    count: z.number().int().min(1).max(60),
    /** Decides which items are drawn; a new one each time the instructor asks. */
    seed: z.string().regex(/^[a-z0-9]{4,16}$/),
  }),
  z.strictObject({
    source: z.literal('picked'),
    /** Item ids chosen in the bank browser, in order. */
    items: z.array(itemIdSchema).min(1).max(60),
  }),
]);
export type ItemSource = z.infer<typeof itemSourceSchema>;

export const newAssignmentSchema = z.strictObject({
  /** e.g. "Week 3: the five functions". */
  title: z
    .string()
    .trim()
    .min(1, 'give the assignment a title')
    .max(120)
    .superRefine((title, ctx) => {
      if (title === '') return; // min(1) has said it
      const problem = titleProblem(title);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  items: itemSourceSchema,
  settings: settingsSchema,
});
export type NewAssignment = z.infer<typeof newAssignmentSchema>;
