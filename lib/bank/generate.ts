/** Scenarios × lenses → items. Pure and deterministic. */
import { formatItemId } from '../items/ids';
import type {
  CitationView,
  Item,
  ManyItem,
  ScenarioView,
  SingleItem,
  Teaching,
  TwoTierItem,
} from '../items/schema';
import { shuffle } from '../random/seeded';
import type { Bank } from './load';
import type { Citation, Framework, LensEntry, Reference, Scenario } from './schema';

export function formatCitation(citation: Citation, references: readonly Reference[]): CitationView {
  if ('text' in citation) return { text: citation.text, full: citation.text };
  const reference = references.find((r) => r.id === citation.source);
  const short = reference?.short ?? citation.source;
  const where = citation.page
    ? `, ${/[,–-]/.test(citation.page) ? 'pp.' : 'p.'} ${citation.page}`
    : citation.section
      ? `, section “${citation.section}”`
      : '';
  return { text: `${short}${where}`, full: reference?.full ?? short };
}

export function scenarioViewOf(
  scenario: Scenario,
  scenarioById: ReadonlyMap<string, Scenario>,
): ScenarioView {
  const view: ScenarioView = {
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
    view.year = scenario.year;
    view.actors = scenario.actors;
  }
  return view;
}

/** Every item the bank yields, options in the framework's order. */
export function generateItems(bank: Pick<Bank, 'frameworks' | 'scenarios' | 'references'>): Item[] {
  const items: Item[] = [];
  const scenarioById = new Map(bank.scenarios.map((s) => [s.id, s]));
  for (const scenario of bank.scenarios) {
    const view = scenarioViewOf(scenario, scenarioById);
    for (const framework of bank.frameworks) {
      const entry = scenario.lenses[framework.id];
      if (!entry) continue;
      if (entry.key !== undefined) {
        items.push(singleItem(scenario, view, framework, entry, entry.key, bank.references));
      }
      if (entry.keys !== undefined) {
        items.push(manyItem(scenario, view, framework, entry, entry.keys, bank.references));
      }
      if (entry.reason !== undefined && entry.key !== undefined) {
        items.push(
          twoTierItem(scenario, view, framework, entry, entry.key, entry.reason, bank.references),
        );
      }
    }
  }
  return items;
}

function singleItem(
  scenario: Scenario,
  view: ScenarioView,
  framework: Framework,
  entry: LensEntry,
  key: string,
  references: readonly Reference[],
): SingleItem {
  const id = formatItemId({ form: 'single', scenarioId: scenario.id, frameworkId: framework.id });
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
    scenario: view,
    question: entry.question ?? framework.question,
    options: categories.map((c) => ({ id: c.id, label: c.label })),
    answerKey: { best: key, accepted: accepted.filter((c) => shownIds.has(c)) },
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
  view: ScenarioView,
  framework: Framework,
  entry: LensEntry,
  keys: string[],
  references: readonly Reference[],
): ManyItem {
  return {
    id: formatItemId({ form: 'many', scenarioId: scenario.id, frameworkId: framework.id }),
    kind: 'classify-many',
    frameworkId: framework.id,
    difficulty: entry.difficulty,
    scenario: view,
    question: entry.questionMany ?? framework.questionMany ?? framework.question,
    options: framework.categories.map((c) => ({ id: c.id, label: c.label })),
    answerKey: {
      applies: framework.categories.map((c) => c.id).filter((id) => keys.includes(id)),
      primary: entry.key ?? keys[0]!,
    },
    teaching: teachingOf(entry, references),
  };
}

/** Second-tier options: the reason, reasons true only of other modes, and one shared (non-separating) reason. */
const MAX_REASONS = 4;

function twoTierItem(
  scenario: Scenario,
  view: ScenarioView,
  framework: Framework,
  entry: LensEntry,
  key: string,
  reasonId: string,
  references: readonly Reference[],
): TwoTierItem {
  const id = formatItemId({ form: 'two-tier', scenarioId: scenario.id, frameworkId: framework.id });
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
    scenario: view,
    question: entry.question ?? framework.question,
    options: framework.categories.map((c) => ({ id: c.id, label: c.label })),
    reasonQuestion: framework.reasonQuestion ?? 'Why?',
    reasons: reasons.map((r) => ({ id: r.id, label: r.label })),
    answerKey: { best: key, accepted: entry.accepted, reason: reasonId },
    teaching: { ...teachingOf(entry, references), reasonNotes },
  };
}

function pick(record: Record<string, string>, ids: ReadonlySet<string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id)));
}

/** Frameworks under which a scenario has a single-choice item. */
function keyedLenses(scenario: Scenario): string[] {
  return Object.entries(scenario.lenses)
    .filter(([, entry]) => entry.key !== undefined)
    .map(([frameworkId]) => frameworkId);
}
