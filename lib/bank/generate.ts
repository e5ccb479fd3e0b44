/** Scenarios × lenses → items. Pure and deterministic. */
import { shuffle } from '../random/seeded';
import {
  choiceItemId,
  type ChoiceItem,
  type CitationView,
  type Item,
  type ManyItem,
  type StemView,
  type Teaching,
  type TwoTierItem,
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

export function stemOf(scenario: Scenario, scenarioById: ReadonlyMap<string, Scenario>): StemView {
  const stem: StemView = {
    id: scenario.id,
    title: scenario.title,
    text: scenario.text,
    context: scenario.context,
    contrastWith: scenario.contrastWith.flatMap((id) => {
      const other = scenarioById.get(id);
      return other ? [{ id, title: other.title, lenses: keyedLenses(other) }] : [];
    }),
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
  const scenarioById = new Map(bank.scenarios.map((s) => [s.id, s]));
  for (const scenario of bank.scenarios) {
    const stem = stemOf(scenario, scenarioById);
    for (const framework of bank.frameworks) {
      const entry = scenario.lenses[framework.id];
      if (!entry) continue;
      if (entry.key !== undefined) {
        items.push(choiceItem(scenario, stem, framework, entry, entry.key, bank.references));
      }
      if (entry.keys !== undefined) {
        items.push(manyItem(scenario, stem, framework, entry, entry.keys, bank.references));
      }
      if (entry.reason !== undefined && entry.key !== undefined) {
        items.push(
          twoTierItem(scenario, stem, framework, entry, entry.key, entry.reason, bank.references),
        );
      }
    }
  }
  return items;
}

function choiceItem(
  scenario: Scenario,
  stem: StemView,
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
    stem,
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

function teachingOf(entry: LensEntry, references: readonly Reference[]): Teaching {
  return {
    explanation: entry.explanation,
    whyNot: entry.whyNot,
    alsoFits: entry.alsoFits,
    citation: formatCitation(entry.citation, references),
  };
}

function manyItem(
  scenario: Scenario,
  stem: StemView,
  framework: Framework,
  entry: LensEntry,
  keys: string[],
  references: readonly Reference[],
): ManyItem {
  return {
    id: `${choiceItemId(scenario.id, framework.id)}.many`,
    kind: 'classify-many',
    frameworkId: framework.id,
    difficulty: entry.difficulty,
    stem,
    question: entry.questionMany ?? framework.questionMany ?? framework.question,
    options: framework.categories.map((c) => ({ id: c.id, label: c.label })),
    answer: {
      keys: framework.categories.map((c) => c.id).filter((id) => keys.includes(id)),
      primary: entry.key ?? keys[0]!,
    },
    teaching: teachingOf(entry, references),
  };
}

/** Second-tier options: the reason, reasons true only of other modes, and one shared (non-separating) reason. */
const MAX_REASONS = 4;

function twoTierItem(
  scenario: Scenario,
  stem: StemView,
  framework: Framework,
  entry: LensEntry,
  key: string,
  reasonId: string,
  references: readonly Reference[],
): TwoTierItem {
  const id = `${choiceItemId(scenario.id, framework.id)}.two-tier`;
  const all = framework.categories.length;
  const label = (categoryId: string) =>
    framework.categories.find((c) => c.id === categoryId)?.shortLabel ?? categoryId;
  const shared = framework.reasons.filter((r) => r.characterises.length === all);
  // A reason that is true of the key but is not the chosen one is half right: never offer it.
  const others = framework.reasons.filter((r) => !r.characterises.includes(key));
  const picked = [
    ...shuffle(shared, `${id}:shared`).slice(0, 1),
    ...shuffle(others, `${id}:others`).slice(0, MAX_REASONS - 2),
  ];
  const shown = new Set([reasonId, ...picked.map((r) => r.id)]);
  const reasons = framework.reasons.filter((r) => shown.has(r.id));
  const reasonNotes = Object.fromEntries(
    reasons.map((r) => {
      if (r.id === reasonId) {
        return [
          r.id,
          `This holds for ${label(key).toLowerCase()} and not for the other modes, so it is what sets this case apart.`,
        ];
      }
      if (r.characterises.length === all) {
        return [
          r.id,
          `True of every mode: all three share their ${r.criterion}, so it cannot tell them apart.`,
        ];
      }
      return [
        r.id,
        `This describes ${r.characterises.map((c) => label(c).toLowerCase()).join(' and ')}, not ${label(key).toLowerCase()}.`,
      ];
    }),
  );
  return {
    id,
    kind: 'two-tier',
    frameworkId: framework.id,
    difficulty: entry.difficulty,
    stem,
    question: entry.question ?? framework.question,
    options: framework.categories.map((c) => ({ id: c.id, label: c.label })),
    reasonQuestion: framework.reasonQuestion ?? 'Why?',
    reasons: reasons.map((r) => ({ id: r.id, label: r.label })),
    answer: { key, accepted: entry.accepted, reason: reasonId },
    teaching: { ...teachingOf(entry, references), reasonNotes },
  };
}

function pick(record: Record<string, string>, ids: ReadonlySet<string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id)));
}

/** The same item with its options (a sort board: its cards) in a seeded order. */
export function withShuffledOptions<T extends Item>(item: T, seed: string): T {
  const order = `${seed}:${item.id}`;
  if (item.kind === 'sort') return { ...item, cards: shuffle(item.cards, order) };
  if (item.kind === 'two-tier')
    return {
      ...item,
      options: shuffle(item.options, order),
      reasons: shuffle(item.reasons, `${order}:r`),
    };
  return { ...item, options: shuffle(item.options, order) };
}

/** Frameworks under which a scenario has a single-choice item. */
function keyedLenses(scenario: Scenario): string[] {
  return Object.entries(scenario.lenses)
    .filter(([, entry]) => entry.key !== undefined)
    .map(([frameworkId]) => frameworkId);
}
