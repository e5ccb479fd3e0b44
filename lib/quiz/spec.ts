/**
 * A quiz is fully described by its URL query, so a reload rebuilds the same quiz and a link
 * can be shared. This schema is the boundary: every query string is parsed here.
 */
import { z } from 'zod';
import { itemIdSchema } from '../bank/sets';
import { idSchema } from '../bank/schema';

export const QUIZ_LENGTHS = [5, 10, 20] as const;
export const DEFAULT_QUIZ_LENGTH = 10;

const seedSchema = z
  .string()
  .regex(/^[a-z0-9]{4,16}$/, 'a seed of 4–16 lower-case letters or digits');
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** Next.js searchParams (string | string[] | undefined values) → a validated request. */
export const quizQuerySchema = z
  .object({
    /** A framework id, or "mixed" for all frameworks. */
    scope: z.preprocess(first, z.union([z.literal('mixed'), idSchema]).optional()),
    /** A curated set id from questions/sets. */
    set: z.preprocess(first, idSchema.optional()),
    /** An explicit list of item ids, comma-separated (used by "retry missed"). */
    items: z.preprocess(
      first,
      z
        .string()
        .max(4000)
        .transform((s) => s.split(',').filter(Boolean))
        .pipe(z.array(itemIdSchema).min(1).max(60))
        .optional(),
    ),
    /** How many items. */
    n: z.preprocess(
      first,
      z.coerce
        .number()
        .int()
        .refine((n) => (QUIZ_LENGTHS as readonly number[]).includes(n), {
          message: `one of ${QUIZ_LENGTHS.join(', ')}`,
        })
        .optional(),
    ),
    seed: z.preprocess(first, seedSchema.optional()),
    /** "1" turns on certainty-based marking. */
    cbm: z.preprocess(first, z.enum(['0', '1']).optional()),
    /** 1-based question to show first, so a reload renders the question the learner was on. */
    q: z.preprocess(first, z.coerce.number().int().min(1).max(100).optional()),
  })
  .superRefine((query, ctx) => {
    const sources = [query.scope, query.set, query.items].filter((v) => v !== undefined).length;
    if (sources !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'give exactly one of scope, set or items',
        path: [],
      });
    }
  });
export type QuizQuery = z.infer<typeof quizQuerySchema>;

export type QuizSpec = (
  | { source: 'scope'; scope: string; count: number; seed: string }
  | { source: 'set'; set: string; seed: string }
  | { source: 'items'; items: string[] }
) & { certaintyBased: boolean };

/** The spec a query asks for, once any missing seed has been filled in by the caller. */
export function specOf(query: QuizQuery, seed: string): QuizSpec {
  const certaintyBased = query.cbm === '1';
  if (query.items) return { source: 'items', items: query.items, certaintyBased };
  if (query.set) return { source: 'set', set: query.set, seed: query.seed ?? seed, certaintyBased };
  return {
    source: 'scope',
    scope: query.scope ?? 'mixed',
    count: query.n ?? DEFAULT_QUIZ_LENGTH,
    seed: query.seed ?? seed,
    certaintyBased,
  };
}

/** Whether the URL still lacks a seed that must be fixed (by redirect) for reloads to rebuild the same quiz. */
export function needsSeed(query: QuizQuery): boolean {
  return query.items === undefined && query.seed === undefined;
}

/** A canonical query string: the quiz's identity in storage and in links. */
export function quizKeyOf(spec: QuizSpec): string {
  const cbm = spec.certaintyBased ? '&cbm=1' : '';
  switch (spec.source) {
    case 'scope':
      return `scope=${spec.scope}&n=${spec.count}&seed=${spec.seed}${cbm}`;
    case 'set':
      return `set=${spec.set}&seed=${spec.seed}${cbm}`;
    case 'items':
      return `items=${spec.items.join(',')}${cbm}`;
  }
}
