/**
 * Items are what a learner answers: generated from scenarios × lenses (./generate.ts).
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
  /** Scenarios that differ in one detail that flips the category. */
  contrastWith: string[];
};

export type OptionView = { id: string; label: string };

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
  /** Option id → why that accepted alternative also fits. */
  alsoFits: Record<string, string>;
  citation: CitationView;
};

export const CHOICE_KINDS = ['classify', 'distinguish', 'attribute'] as const;
export type ChoiceKind = (typeof CHOICE_KINDS)[number];

/** One scenario, one lens, one best answer (plus accepted alternatives). */
export type ChoiceItem = {
  id: string;
  kind: ChoiceKind;
  frameworkId: string;
  difficulty: Difficulty;
  stem: StemView;
  question: string;
  options: OptionView[];
  answer: { key: string; accepted: string[] };
  teaching: Teaching;
};

export type Item = ChoiceItem;
export type ItemKind = Item['kind'];

/** The category an item is "about", for per-category breakdowns and spacing. */
export function keyCategoryOf(item: Item): string {
  return item.answer.key;
}

export function choiceItemId(scenarioId: string, frameworkId: string): string {
  return `${scenarioId}.${frameworkId}`;
}
