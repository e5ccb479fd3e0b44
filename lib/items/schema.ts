/**
 * The item model: what a learner answers. One zod schema per kind, and every type inferred from
 * them. Items are generated from the bank (lib/bank/generate.ts) or assembled from several
 * single-best items (sort boards, odd one out); they are stored in assignment snapshots and in
 * the practice asset, and read back through ./stored.ts with these schemas.
 *
 * What may be shown before answering is kept apart from `answerKey` and `teaching`, so the
 * answerless projection is a matter of leaving those two out.
 *
 * zod/mini, because the practice page validates its asset in the browser.
 */
import * as z from 'zod/mini';

const text = z.string().check(z.minLength(1));
const id = z.string().check(z.minLength(1), z.maxLength(400));

/** Every kind of item, once. A new kind adds its name here and its schema below. */
export const ITEM_KINDS = [
  'classify',
  'distinguish',
  'attribute',
  'classify-many',
  'two-tier',
  'sort',
  'odd-one-out',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** The single-best kinds, named after what the lens asks (frameworks choose theirs). */
export const SINGLE_KINDS = ['classify', 'distinguish', 'attribute'] as const;
export type SingleKind = (typeof SINGLE_KINDS)[number];

export const CONTEXTS = ['source-case', 'historical', 'hypothetical', 'literature'] as const;

export const difficultySchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/** An option: a category (or a reason, an author, a criterion), e.g. { id: "information", label: "Gathering …" }. */
export const optionSchema = z.strictObject({ id, label: text });
export type OptionView = z.infer<typeof optionSchema>;

/** A contrasting scenario: one detail differs and the key with it, e.g. for "Compare with". */
export const contrastSchema = z.strictObject({
  id,
  title: text,
  /** Frameworks it can be answered under, e.g. ["modes"]. */
  lenses: z.array(text),
});
export type ContrastView = z.infer<typeof contrastSchema>;

/** A scenario as a learner reads it. */
export const scenarioViewSchema = z.strictObject({
  /** e.g. "pla-donation-2017" */
  id,
  title: text,
  text,
  context: z.enum(CONTEXTS),
  /** Real events only, e.g. 2017. */
  year: z.optional(z.number().check(z.int())),
  /** Real events only, e.g. ["People's Liberation Army"]. */
  actors: z.optional(z.array(text)),
  contrastWith: z.array(contrastSchema),
});
export type ScenarioView = z.infer<typeof scenarioViewSchema>;

export const citationViewSchema = z.strictObject({
  /** e.g. "Pajtinka 2016, p. 188" */
  text,
  /** The full bibliographic entry. */
  full: text,
});
export type CitationView = z.infer<typeof citationViewSchema>;

/** What feedback teaches about one scenario under one lens. */
export const teachingSchema = z.strictObject({
  /** Why the key is right. */
  explanation: text,
  /** Option id → why that option is wrong here. */
  whyNot: z.record(z.string(), text),
  /** Option id → why that accepted alternative (or co-applying key) also fits. */
  alsoFits: z.record(z.string(), text),
  citation: citationViewSchema,
});
export type Teaching = z.infer<typeof teachingSchema>;

const base = {
  id,
  /** e.g. "pajtinka" */
  frameworkId: text,
  /** 1 easy, 2 medium, 3 hard. */
  difficulty: difficultySchema,
  /** The question the learner is asked. */
  question: text,
};

/** One scenario, one lens, one best answer (plus accepted alternatives). */
export const singleItemSchema = z.strictObject({
  ...base,
  kind: z.enum(SINGLE_KINDS),
  scenario: scenarioViewSchema,
  options: z.array(optionSchema),
  answerKey: z.strictObject({
    /** e.g. "cooperation" */
    best: text,
    /** Other options that score as right, e.g. ["visits-presence"]. */
    accepted: z.array(text),
  }),
  teaching: teachingSchema,
});

/** One scenario, one lens, every category that applies. */
export const manyItemSchema = z.strictObject({
  ...base,
  kind: z.literal('classify-many'),
  scenario: scenarioViewSchema,
  options: z.array(optionSchema),
  answerKey: z.strictObject({
    /** Every category that applies, in option order, e.g. ["political-signal", "assistance-spillover"]. */
    applies: z.array(text),
    /** The main one, for per-category figures and scheduling. */
    primary: text,
  }),
  teaching: teachingSchema,
});

/** The mode (first tier), then the reason that separates it from the other modes (second tier). */
export const twoTierItemSchema = z.strictObject({
  ...base,
  kind: z.literal('two-tier'),
  scenario: scenarioViewSchema,
  options: z.array(optionSchema),
  reasonQuestion: text,
  reasons: z.array(optionSchema),
  answerKey: z.strictObject({ best: text, accepted: z.array(text), reason: text }),
  teaching: z.extend(teachingSchema, {
    /** Reason id → why that reason does or does not separate this case. */
    reasonNotes: z.record(z.string(), text),
  }),
});

/** Several scenarios of one framework, each placed on one of its categories (a card per scenario). */
export const sortItemSchema = z.strictObject({
  ...base,
  kind: z.literal('sort'),
  buckets: z.array(optionSchema),
  scenarios: z.array(scenarioViewSchema),
  answerKey: z.strictObject({
    /** Scenario id → its bucket, and other buckets accepted for it. */
    placements: z.record(z.string(), z.strictObject({ best: text, accepted: z.array(text) })),
  }),
  /** Scenario id → what feedback teaches about it. */
  teaching: z.strictObject({ scenarios: z.record(z.string(), teachingSchema) }),
});

/** Four scenarios, three of one category: which one does not belong? */
export const oddOneOutItemSchema = z.strictObject({
  ...base,
  kind: z.literal('odd-one-out'),
  scenarios: z.array(scenarioViewSchema),
  answerKey: z.strictObject({
    /** The scenario that does not belong. */
    odd: text,
    /** The category the other three share, and the odd one's. */
    shared: text,
    oddCategory: text,
  }),
  teaching: z.strictObject({
    /** The two categories involved, with their option texts. */
    categories: z.array(optionSchema),
    /** Scenario id → why it sits where it does. */
    scenarios: z.record(z.string(), teachingSchema),
  }),
});

export const itemSchema = z.discriminatedUnion('kind', [
  singleItemSchema,
  manyItemSchema,
  twoTierItemSchema,
  sortItemSchema,
  oddOneOutItemSchema,
]);

export type SingleItem = z.infer<typeof singleItemSchema>;
export type ManyItem = z.infer<typeof manyItemSchema>;
export type TwoTierItem = z.infer<typeof twoTierItemSchema>;
export type SortItem = z.infer<typeof sortItemSchema>;
export type OddOneOutItem = z.infer<typeof oddOneOutItemSchema>;
export type Item = z.infer<typeof itemSchema>;
type Narrow<I, K> = I extends { kind: infer IK } ? (K extends IK ? I & { kind: K } : never) : never;
/** The items of one kind, e.g. ItemOfKind<"distinguish">: a single-best item asking for a criterion. */
export type ItemOfKind<K extends ItemKind> = Narrow<Item, K>;

/** What a learner may see before answering when feedback is deferred. */
export type PublicItem<I extends Item = Item> = I extends Item
  ? Omit<I, 'answerKey' | 'teaching'>
  : never;
