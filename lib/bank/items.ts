/**
 * Items are what a learner answers: generated from scenarios × lenses (./generate.ts) and,
 * for sort boards, from several classify items of one framework (./sort.ts).
 * Each item keeps what may be shown before answering apart from `answer` and `teaching`,
 * so the answerless projection (./public.ts) is a matter of leaving two fields out.
 */
import type { Difficulty, ScenarioContext } from './schema';

export type StemView = {
  id: string;
  title: string;
  text: string;
  context: ScenarioContext;
  year?: number;
  actors?: string[];
  /** Scenarios that differ in one detail that flips the category, for "compare with". */
  contrastWith: ContrastView[];
};

export type OptionView = { id: string; label: string };

/** A contrasting scenario: its title, and the frameworks it can be answered under. */
export type ContrastView = { id: string; title: string; lenses: string[] };

export type CitationView = {
  /** e.g. "Pajtinka 2016, p. 188" */
  text: string;
  /** The full bibliographic entry. */
  full: string;
};

export type Teaching = {
  /** Why the key is right. */
  explanation: string;
  /** Option id → why that option is wrong here. */
  whyNot: Record<string, string>;
  /** Option id → why that accepted alternative (or co-applying key) also fits. */
  alsoFits: Record<string, string>;
  citation: CitationView;
};

type ItemBase = {
  id: string;
  frameworkId: string;
  difficulty: Difficulty;
};

export const CHOICE_KINDS = ['classify', 'distinguish', 'attribute'] as const;
export type ChoiceKind = (typeof CHOICE_KINDS)[number];

/** One scenario, one lens, one best answer (plus accepted alternatives). */
export type ChoiceItem = ItemBase & {
  kind: ChoiceKind;
  stem: StemView;
  question: string;
  options: OptionView[];
  answer: { key: string; accepted: string[] };
  teaching: Teaching;
};

/** One scenario, one lens, every category that applies (Cottey & Forster's roles, criteria). */
export type ManyItem = ItemBase & {
  kind: 'classify-many';
  stem: StemView;
  question: string;
  options: OptionView[];
  /** `primary` is the main key, shown first in feedback and used for per-category breakdowns. */
  answer: { keys: string[]; primary: string };
  teaching: Teaching;
};

/** The mode (first tier), then the reason that separates it from the other modes (second tier). */
export type TwoTierItem = ItemBase & {
  kind: 'two-tier';
  stem: StemView;
  question: string;
  options: OptionView[];
  reasonQuestion: string;
  reasons: OptionView[];
  answer: { key: string; accepted: string[]; reason: string };
  teaching: Teaching & {
    /** Reason id → why that reason does or does not separate this case. */
    reasonNotes: Record<string, string>;
  };
};

/** A card of a sort board: one scenario to place on a bucket. */
export type SortCard = {
  id: string;
  stem: StemView;
};

/** Several scenarios of one framework, placed on its categories side by side. */
export type SortItem = ItemBase & {
  kind: 'sort';
  question: string;
  buckets: OptionView[];
  cards: SortCard[];
  answer: {
    /** Card id → its key. */
    keys: Record<string, string>;
    /** Card id → other buckets accepted for it. */
    accepted: Record<string, string[]>;
  };
  teaching: { cards: Record<string, Teaching> };
};

export type Item = ChoiceItem | ManyItem | TwoTierItem | SortItem;
export type ItemKind = Item['kind'];

export const ITEM_KIND_LABEL: Record<ItemKind, string> = {
  classify: 'Classify',
  distinguish: 'Which criterion',
  attribute: 'Who said it',
  'classify-many': 'Every one that applies',
  'two-tier': 'Answer and reason',
  sort: 'Sort',
};

/** The classified scenarios of an item with the category each is keyed to (a sort board has several). */
export function keyedStems(item: Item): { stemId: string; key: string }[] {
  switch (item.kind) {
    case 'sort':
      return item.cards.map((card) => ({ stemId: card.id, key: item.answer.keys[card.id]! }));
    case 'classify-many':
      return [{ stemId: item.stem.id, key: item.answer.primary }];
    default:
      return [{ stemId: item.stem.id, key: item.answer.key }];
  }
}

/** What a list or a table calls the item: its scenario's title, or a sort board's instruction. */
export function itemTitle(item: { question: string; stem?: Pick<StemView, 'title'> }): string {
  return item.stem ? item.stem.title : item.question;
}

export function stemIdsOf(item: Item): string[] {
  return item.kind === 'sort' ? item.cards.map((c) => c.id) : [item.stem.id];
}

export function choiceItemId(scenarioId: string, frameworkId: string): string {
  return `${scenarioId}.${frameworkId}`;
}
