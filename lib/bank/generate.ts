/** Scenarios × lenses → items. Pure and deterministic. */
import { shuffle } from '../random/seeded';
import {
  choiceItemId,
  type ChoiceItem,
  type CitationView,
  type Item,
  type StemView,
} from './items';
import type { Bank } from './load';
import type { Citation, Framework, LensEntry, Reference, Scenario } from './schema';

export function formatCitation(citation: Citation, references: readonly Reference[]): CitationView {
  const reference = references.find((r) => r.id === citation.source);
  const short = reference?.short ?? citation.source;
  const where = citation.page
    ? `, ${/[,–-]/.test(citation.page) ? 'pp.' : 'p.'} ${citation.page}`
    : citation.section
      ? `, section “${citation.section}”`
      : '';
  return { text: `${short}${where}`, full: reference?.full ?? short };
}

export function stemOf(scenario: Scenario): StemView {
  const stem: StemView = {
    id: scenario.id,
    title: scenario.title,
    text: scenario.text,
    context: scenario.context,
    contrastWith: scenario.contrastWith,
  };
  if (scenario.context === 'historical' || scenario.context === 'source-case') {
    stem.year = scenario.year;
    stem.actors = scenario.actors;
  }
  return stem;
}

/** Every item the bank yields, options in the framework's order. */
export function generateItems(bank: Bank): Item[] {
  const items: Item[] = [];
  for (const scenario of bank.scenarios) {
    for (const framework of bank.frameworks) {
      const entry = scenario.lenses[framework.id];
      if (!entry) continue;
      if (entry.key !== undefined)
        items.push(choiceItem(scenario, framework, entry, entry.key, bank.references));
    }
  }
  return items;
}

function choiceItem(
  scenario: Scenario,
  framework: Framework,
  entry: LensEntry,
  key: string,
  references: readonly Reference[],
): ChoiceItem {
  const id = choiceItemId(scenario.id, framework.id);
  // Co-applying keys of a multi-role lens are defensible single answers too.
  const accepted = [...new Set([...entry.accepted, ...(entry.keys ?? [])])].filter(
    (c) => c !== key,
  );
  const right = new Set([key, ...accepted]);
  let categories = framework.categories;
  if (framework.maxOptions !== undefined && categories.length > framework.maxOptions) {
    // Key plus distractors picked by a seed tied to the item, so an item looks the same everywhere.
    const distractors = shuffle(
      categories.filter((c) => !right.has(c.id)),
      id,
    ).slice(0, framework.maxOptions - 1);
    const shown = new Set([key, ...distractors.map((c) => c.id)]);
    categories = categories.filter((c) => shown.has(c.id));
  }
  const shownIds = new Set(categories.map((c) => c.id));
  return {
    id,
    kind: framework.itemKind,
    frameworkId: framework.id,
    difficulty: entry.difficulty,
    stem: stemOf(scenario),
    question: entry.question ?? framework.question,
    options: categories.map((c) => ({ id: c.id, label: c.label })),
    answer: { key, accepted: accepted.filter((c) => shownIds.has(c)) },
    teaching: {
      explanation: entry.explanation,
      whyNot: pick(entry.whyNot, shownIds),
      alsoFits: pick(entry.alsoFits, shownIds),
      citation: formatCitation(entry.citation, references),
    },
  };
}

function pick(record: Record<string, string>, ids: ReadonlySet<string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id)));
}

/** The same item with its options in a seeded order. */
export function withShuffledOptions<T extends Item>(item: T, seed: string): T {
  return { ...item, options: shuffle(item.options, `${seed}:${item.id}`) };
}
