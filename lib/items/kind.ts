/**
 * What every kind of item must say about itself. Each kind's module (./kinds/*.ts) fills this in
 * and ./registry.ts lists them in one complete record, so scoring, quiz building, practice,
 * assignments and analytics ask the registry instead of branching on `item.kind`.
 */
import type { ItemRef } from './ids';
import type { LearnerResponse } from './response';
import type { Score } from './score';
import type { Item, OptionView, PublicItem, ScenarioView } from './schema';

export type Keyed = { scenarioId: string; key: string };

/** A framework as composite kinds need it. */
export type ComposeFramework = {
  id: string;
  shortLabel: string;
  sortInstruction?: string;
};

/** Items of one scenario under one lens, by id ("scenario.framework"), to compose boards from. */
export type SingleItems = ReadonlyMap<string, Item>;

/**
 * Kinds built from several scenarios' single-best items (sort boards, odd one out): they are
 * rebuilt from their id, drawn for quizzes and assignments, and listed in curated sets.
 */
export type Composite<I extends Item> = {
  form: Extract<ItemRef, { scenarioIds: string[] }>['form'];
  /** How many scenarios one item takes. */
  size: { min: number; max: number; drawn: number };
  /** Drawn into quizzes and filtered assignments when no kind is asked for (else only when asked). */
  drawnByDefault: boolean;
  /** Whether a framework can have items of this kind at all. */
  fits(framework: ComposeFramework): boolean;
  /** What `compose` asks of the scenarios, in words, for an author whose list makes no item. */
  needs: string;
  /** The item made of these scenarios, or undefined when they cannot make one. */
  compose(
    framework: ComposeFramework,
    scenarioIds: readonly string[],
    singles: SingleItems,
  ): I | undefined;
  /** An item drawn from `pool` (single-best items), none of its scenarios in `used`. */
  draw(
    framework: ComposeFramework,
    pool: readonly Item[],
    seed: string,
    used: ReadonlySet<string>,
    singles: SingleItems,
  ): I | undefined;
};

/** A scenario of a multi-scenario item, analysed on its own (a board's card). */
export type Part = { scenarioId: string; options: string[]; rightOptions: string[] };

export type KindLogic<I extends Item, R extends LearnerResponse = LearnerResponse> = {
  kind: I['kind'];
  /** What the question header and lists call it, e.g. "Answer and reason". */
  label: string;
  /** Whether a response has the shape this kind takes (the other methods receive only those). */
  accepts(response: LearnerResponse): response is R;
  /** (response, key) → score; the response already has this kind's shape. */
  score(item: I, response: R): Score;
  /** The learner's certainty about one scenario of the response. */
  certaintyOf(response: R, scenarioId: string): 1 | 2 | 3 | undefined;
  /** The scenarios shown, in order. */
  scenarios(item: PublicItem<I>): ScenarioView[];
  /** The classified scenarios with the category each is keyed to (its marks, one each). */
  keyed(item: I): Keyed[];
  /** Every category the item teaches as right (filters match any of them). */
  keyCategories(item: I): string[];
  /**
   * The framework's categories the item names, labelled: what a breakdown by key calls them. The
   * options for most kinds; odd one out offers scenarios, so its two categories come from its key.
   */
  categories(item: I): OptionView[];
  /** What a learner picks among (a board: its buckets; odd one out: its scenarios), labelled. */
  options(item: PublicItem<I>): OptionView[];
  /** The option ids that score as right, for option counts and mis-key detection. */
  rightOptions(item: I): string[];
  /** The option ids a response picked. */
  chosen(response: R): string[];
  /** What a response says, in words, e.g. "Supporting arms business" or "4 of 5 cards placed". */
  summary(item: PublicItem<I>, response: R): string;
  /** The answer in words, for the screen reader after checking, e.g. "Arms business". */
  keyText(item: I): string | undefined;
  /**
   * How an item is marked when that is not one mark for each case it shows, for a quiz summary,
   * e.g. "a sort board counts one per card".
   */
  marking?: string;
  /** Options (reasons, scenarios) in a seeded order. */
  shuffle(item: I, seed: string): I;
  /** What may be shown before the key is released. */
  toPublic(item: I): PublicItem<I>;
  /** Multi-scenario kinds analysed scenario by scenario: the parts and how a response reads on one. */
  parts?: {
    of(item: I): Part[];
    chosen(response: R, scenarioId: string): string[];
  };
  composite?: Composite<I>;
};

/** The answerless projection every kind uses: the key and the teaching are left out. */
export function withoutKey<I extends Item>(item: I): PublicItem<I> {
  const { answerKey: _key, teaching: _teaching, ...rest } = item;
  return rest as PublicItem<I>;
}

export const labelIn = (options: readonly OptionView[], id: string): string =>
  options.find((o) => o.id === id)?.label ?? id;
