/**
 * The one contract for the question bank. Every file in questions/ is parsed with these
 * schemas; every type the app uses for bank content is inferred from them.
 *
 * Rules that need more than one file (a key must be a category of its lens, a contrast pair
 * must exist) live in `bankRefinements` in ./cross-check.ts, which runs after every file
 * has parsed on its own.
 */
import { z } from 'zod';

/** The bank format version this code reads; older files are migrated in ./migrate.ts. */
export const BANK_SCHEMA_VERSION = 1;

/** A kebab-case identifier, e.g. "official-visits" or "pla-donation-2017". */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id such as "official-visits"');

const nonEmptyText = (min: number) =>
  z.string().trim().min(min, `at least ${min} characters of text`);

/** Where a claim comes from: an entry of the references list. */
export const referenceCitationSchema = z.strictObject({
  /** Id of an entry in questions/references.yaml, e.g. "pajtinka-2016". */
  source: idSchema,
  /** Page or pages in that source, e.g. 188 or "39, 79". */
  page: z
    .union([z.number().int().positive(), z.string().trim().min(1)])
    .transform(String)
    .optional(),
  /** Where no page is known: the section of the source, e.g. "Sino-Serbian military-to-military diplomacy". */
  section: z.string().trim().min(1).optional(),
});

/**
 * Where a claim comes from: a reference of the list, or (in an instructor's own items only) a
 * citation written out in full, e.g. { text: "Reuters, 3 March 2026" }. The shipped bank's
 * checker refuses free citations: every source it cites is in references.yaml.
 */
export const citationSchema = z.union([
  referenceCitationSchema,
  z.strictObject({
    /** The citation as a reader would look it up, e.g. "Reuters, 3 March 2026, “Navy visits Manila”". */
    text: nonEmptyText(5).max(300, 'a citation of at most 300 characters'),
  }),
]);
export type Citation = z.infer<typeof citationSchema>;

/** One entry of questions/references.yaml. */
export const referenceSchema = z.strictObject({
  /** e.g. "cable-1994" */
  id: idSchema,
  /** How the reference is named in running text, e.g. "Cable 1994". */
  short: nonEmptyText(3),
  /** The full bibliographic entry, e.g. "Cable, J. (1994). Gunboat Diplomacy 1919–1991. London: Routledge." */
  full: nonEmptyText(10),
});
export type Reference = z.infer<typeof referenceSchema>;

export const referencesFileSchema = z.strictObject({
  /** Bank format version, e.g. 1. */
  schemaVersion: z.literal(BANK_SCHEMA_VERSION),
  references: z.array(referenceSchema).min(1),
});

/** A category learners classify into, e.g. Pajtinka's "official visits and peaceful presence". */
export const categorySchema = z.strictObject({
  /** e.g. "visits-presence" */
  id: idSchema,
  /** The option text a learner sees, e.g. "Organising official visits and the peaceful presence of units". */
  label: nonEmptyText(3),
  /** A two-to-four word name for tables and charts, e.g. "Visits & presence". */
  shortLabel: nonEmptyText(2).max(32, 'a short label of at most 32 characters'),
  /** The concept in our own words, two to four sentences. */
  definition: nonEmptyText(40),
  /** Words a careful reader should notice, e.g. ["delegation", "port call"]. */
  cues: z.array(nonEmptyText(2)).min(1),
  /**
   * Phrases that would give the answer away if a scenario used them, e.g. ["gunboat"].
   * The bank linter rejects any scenario whose text contains one.
   */
  giveaways: z.array(nonEmptyText(3)).default([]),
  citation: citationSchema,
});
export type Category = z.infer<typeof categorySchema>;

/** The criteria the paper uses to tell the modes apart (Popović & Stević, theoretical section). */
export const CRITERIA = ['actors', 'goals', 'methods', 'tools', 'force'] as const;

/** A reason a learner can give in the second tier of a two-tier item. */
export const reasonSchema = z.strictObject({
  /** e.g. "methods-non-violent" */
  id: idSchema,
  /** Which criterion this reason is a value of, e.g. "methods". */
  criterion: z.enum(CRITERIA),
  /** The option text, e.g. "The methods are non-violent: contact and persuasion, no force used or threatened". */
  label: nonEmptyText(10),
  /**
   * The categories (modes) this reason is true of, e.g. ["gunboat", "coercive"]. A reason true
   * of every mode (shared actors, shared goals) cannot separate them: a standing distractor.
   */
  characterises: z.array(idSchema).min(1),
  citation: citationSchema,
});
export type Reason = z.infer<typeof reasonSchema>;

/**
 * What single-choice items on a lens are called:
 * classify (scenario → category), distinguish (which criterion), attribute (who said it).
 */
export const ITEM_KINDS_OF_LENS = ['classify', 'distinguish', 'attribute'] as const;

export const frameworkFileSchema = z
  .strictObject({
    /** Bank format version, e.g. 1. */
    schemaVersion: z.literal(BANK_SCHEMA_VERSION),
    /** e.g. "pajtinka" */
    id: idSchema,
    /** e.g. "Pajtinka's five functions of military diplomacy" */
    label: nonEmptyText(3),
    /** e.g. "Pajtinka's functions" */
    shortLabel: nonEmptyText(3).max(32),
    /** Position on the home page, 1 first. */
    order: z.number().int().positive(),
    itemKind: z.enum(ITEM_KINDS_OF_LENS),
    /** The lens question for single-choice items, e.g. "Which function does this action mainly serve?" */
    question: nonEmptyText(10),
    /** The lens question for pick-every-one-that-applies items, when the lens allows them. */
    questionMany: nonEmptyText(10).optional(),
    /** The sort board instruction, e.g. "Place each action under the function it mainly serves." */
    sortInstruction: nonEmptyText(10).optional(),
    /** The second-tier question of two-tier items, e.g. "What separates it from the other two modes?" */
    reasonQuestion: nonEmptyText(10).optional(),
    /** At most this many options per single-choice item (the key plus seeded distractors); all when absent. */
    maxOptions: z.number().int().min(3).optional(),
    /** The framework in our own words, one short paragraph. */
    summary: nonEmptyText(40),
    citation: citationSchema,
    categories: z.array(categorySchema).min(2),
    /** Second-tier reasons for two-tier items (the modes framework only). */
    reasons: z.array(reasonSchema).default([]),
  })
  .superRefine((framework, ctx) => {
    reportDuplicates(
      framework.categories.map((c) => c.id),
      ['categories'],
      'category id',
      ctx,
    );
    reportDuplicates(
      framework.reasons.map((r) => r.id),
      ['reasons'],
      'reason id',
      ctx,
    );
  });
export type Framework = z.infer<typeof frameworkFileSchema>;

export const CONTEXTS = ['source-case', 'historical', 'hypothetical', 'literature'] as const;
export type ScenarioContext = (typeof CONTEXTS)[number];

export const ERAS = [
  'before-1914',
  '1914-1945',
  'cold-war',
  'post-cold-war',
  'since-2010',
  'timeless',
] as const;

export const REGIONS = [
  'europe',
  'russia-eurasia',
  'east-asia',
  'south-asia',
  'southeast-asia',
  'middle-east',
  'africa',
  'americas',
  'oceania',
  'global',
] as const;

export const ACTOR_TYPES = [
  'ministry',
  'attache',
  'navy',
  'army',
  'air-force',
  'joint-forces',
  'head-of-government',
  'industry',
  'scholar',
  'multilateral',
] as const;

export const difficultySchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type Difficulty = z.infer<typeof difficultySchema>;

/**
 * What makes a military-diplomacy case tempting to read as gunboat or coercive diplomacy:
 * warships, troops or aircraft on the scene, a dispute, a deadline, or a show of capability
 * near a rival.
 */
export const NEAR_MISS_FEATURES = [
  'warships',
  'troops',
  'aircraft',
  'weapons',
  'dispute',
  'deadline',
  'capability-near-rival',
] as const;

export const nearMissSchema = z.strictObject({
  /** The tempting wrong category, e.g. "gunboat". */
  category: idSchema,
  /** Under the modes lens: which feature tempts, e.g. "warships". */
  feature: z.enum(NEAR_MISS_FEATURES).optional(),
  /** The tempting words, quoted exactly from the scenario's text, e.g. "two frigates sail into". */
  cue: nonEmptyText(4),
});
export type NearMiss = z.infer<typeof nearMissSchema>;

/** How one framework classifies one scenario: the key and everything needed to teach it. */
export const lensEntrySchema = z
  .strictObject({
    /** The single best category, e.g. "arms-business". Generates a single-choice item. */
    key: idSchema.optional(),
    /**
     * Every category that applies, e.g. ["political-role", "assistance"]. Two or more
     * generate a pick-every-one-that-applies item; each counts as accepted for the single-choice item.
     */
    keys: z.array(idSchema).min(2).optional(),
    /** Other categories a careful expert could defend as the single answer; they score as correct. */
    accepted: z.array(idSchema).default([]),
    /** Why the key is right, in our own words, teaching the criterion. */
    explanation: nonEmptyText(40),
    /** For every category that is not right here: why not, specific to this scenario. */
    whyNot: z.record(idSchema, nonEmptyText(20)).default({}),
    /** For each accepted or co-applying category: why it also fits. */
    alsoFits: z.record(idSchema, nonEmptyText(20)).default({}),
    /** Overrides the framework's question for the single-choice item, e.g. "On which criterion do these two cases differ?" */
    question: nonEmptyText(10).optional(),
    /** Overrides the framework's questionMany for the pick-every-one item, e.g. "Which criteria do the two cases share?" */
    questionMany: nonEmptyText(10).optional(),
    /**
     * Why this lens may be asked at all: the words of the scenario that make the key right,
     * quoted exactly from its text (any case), e.g. "hands the Serbian army equipment worth about
     * one million dollars". The checker requires it, so a lens is asked only where a category fits.
     */
    cue: nonEmptyText(4).optional(),
    /**
     * The wrong category a careful learner could be drawn to, and the words that draw them, e.g.
     * { category: gunboat, feature: warships, cue: "three destroyers anchor off" }. Under the
     * modes lens every military-diplomacy key needs one: force present, threatened or perceivable.
     */
    nearMiss: nearMissSchema.optional(),
    /** Modes lens only: the second-tier reason, e.g. "force-limited-naval". Generates a two-tier item. */
    reason: idSchema.optional(),
    /** 1 easy, 2 medium, 3 hard. */
    difficulty: difficultySchema,
    citation: citationSchema,
  })
  .superRefine((entry, ctx) => {
    if (entry.key === undefined && entry.keys === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a lens needs a "key" or "keys"', path: ['key'] });
    }
    if (entry.key !== undefined && entry.keys !== undefined && !entry.keys.includes(entry.key)) {
      ctx.addIssue({
        code: 'custom',
        message: `the key "${entry.key}" must also be listed in "keys"`,
        path: ['keys'],
      });
    }
    if (entry.keys) reportDuplicates(entry.keys, ['keys'], 'key', ctx);
  });
export type LensEntry = z.infer<typeof lensEntrySchema>;

const scenarioBase = {
  /** e.g. "pla-donation-2017" */
  id: idSchema,
  /** One line, at most 20 words, used as the headline and on sort cards; never gives the answer away. */
  title: nonEmptyText(8).max(140, 'a title of at most 140 characters'),
  /** The scenario itself, a short news brief: who, what, when, where. */
  text: nonEmptyText(60),
  era: z.enum(ERAS),
  region: z.enum(REGIONS),
  actorTypes: z.array(z.enum(ACTOR_TYPES)).min(1),
  /**
   * For real events: what is documented and where a reader can check it,
   * e.g. "Popović & Stević, Sino-Serbian section; China MND, 21 June 2017".
   */
  basis: nonEmptyText(10).optional(),
  /** Ids of scenarios that differ in one detail that flips the category. */
  contrastWith: z.array(idSchema).default([]),
  /**
   * Held back for assessments, e.g. true: never in practice, quizzes, concept pages or any static
   * file; it reaches a browser only inside an assignment, answerless until feedback is released.
   */
  heldBack: z.boolean().default(false),
  /** Framework id → how that framework classifies this scenario. */
  lenses: z
    .record(idSchema, lensEntrySchema)
    .refine((lenses) => Object.keys(lenses).length > 0, 'a scenario needs at least one lens'),
};

export const scenarioSchema = z.discriminatedUnion('context', [
  z.strictObject({
    ...scenarioBase,
    /** A case from the source paper or documented history: it happened. */
    context: z.enum(['source-case', 'historical']),
    /** e.g. 2018 */
    year: z.number().int().min(1500).max(2100),
    /** e.g. ["Ministry of Defence of Serbia", "People's Liberation Army"] */
    actors: z.array(nonEmptyText(2)).min(1),
    basis: nonEmptyText(10),
  }),
  z.strictObject({
    ...scenarioBase,
    /** An invented case, labelled as such to learners. No year or real actors. */
    context: z.literal('hypothetical'),
  }),
  z.strictObject({
    ...scenarioBase,
    /** A claim or definition from the literature, for attribute and distinguish items. */
    context: z.literal('literature'),
  }),
]);
export type Scenario = z.infer<typeof scenarioSchema>;

export const scenarioFileSchema = z
  .strictObject({
    /** Bank format version, e.g. 1. */
    schemaVersion: z.literal(BANK_SCHEMA_VERSION),
    scenarios: z.array(scenarioSchema).min(1),
  })
  .superRefine((file, ctx) => {
    reportDuplicates(
      file.scenarios.map((s) => s.id),
      ['scenarios'],
      'scenario id',
      ctx,
    );
  });
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;

function reportDuplicates(
  ids: readonly string[],
  path: (string | number)[],
  what: string,
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      ctx.addIssue({
        code: 'custom',
        message: `duplicate ${what} "${id}"`,
        path: [...path, index, 'id'],
      });
    }
    seen.add(id);
  });
}
