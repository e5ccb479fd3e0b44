/**
 * The kinds of item, each in one home, and the dispatch everything else goes through. A new kind
 * adds its schema variant (./schema.ts), its module (./kinds/), one line below, and a component
 * (components/quiz/kinds/). Nothing outside this file and the kinds' own modules branches on
 * `item.kind`.
 */
import { parseItemId, type ItemRef } from './ids';
import type { ComposeFramework, Composite, Keyed, KindLogic, Part, SingleItems } from './kind';
import { manyKind } from './kinds/many';
import { oddOneOutKind } from './kinds/odd-one-out';
import { classifyItemsOf, singleKind } from './kinds/single';
import { sortKind } from './kinds/sort';
import { twoTierKind } from './kinds/two-tier';
import type { LearnerResponse } from './response';
import { invalid, type Score, type Scored } from './score';
import type { Item, ItemKind, ItemOfKind, OptionView, PublicItem, ScenarioView } from './schema';
import { applyCertainty } from '../scoring/certainty';

const KIND_MODULES = {
  classify: singleKind('classify'),
  distinguish: singleKind('distinguish'),
  attribute: singleKind('attribute'),
  'classify-many': manyKind,
  'two-tier': twoTierKind,
  sort: sortKind,
  'odd-one-out': oddOneOutKind,
};

/** The response a kind takes, as its module declares it. */
type ResponseOf<K extends ItemKind> = Parameters<(typeof KIND_MODULES)[K]['chosen']>[0];
type LogicOf<K extends ItemKind> = KindLogic<ItemOfKind<K>, ResponseOf<K>>;

/**
 * Every kind's logic, complete by type, each entry checked against its own kind's item and
 * response. Indexed by a kind, the record gives that kind's logic; responses reach a kind's
 * methods only through its `accepts` guard.
 */
export const KINDS: { [K in ItemKind]: LogicOf<K> } = KIND_MODULES;

function logicOf<K extends ItemKind>(kind: K): LogicOf<K> {
  return KINDS[kind];
}

export { classifyItemsOf };

export function kindLabel(kind: ItemKind): string {
  return KINDS[kind].label;
}

export type ScoringOptions = { certaintyBased?: boolean };

/** The score of a response, under certainty-based marking when asked. */
export function scoreItem(
  item: Item,
  response: LearnerResponse | undefined,
  options: ScoringOptions = {},
): Score {
  if (response === undefined) return invalid('Not answered yet.');
  const logic = logicOf(item.kind);
  const given = response.kind;
  if (!logic.accepts(response)) {
    return invalid(`A ${given} answer does not fit a ${item.kind} item.`);
  }
  const score = logic.score(item, response);
  if (score.status !== 'scored') return score;
  const withCertainty: Scored = {
    ...score,
    judgements: score.judgements.map((j) => {
      const certainty = logic.certaintyOf(response, j.scenarioId);
      return certainty === undefined ? j : { ...j, certainty };
    }),
  };
  return options.certaintyBased ? applyCertainty(withCertainty) : withCertainty;
}

/** The most an item can earn: one per classified scenario, three under certainty-based marking. */
export function maxMarks(item: Item, options: ScoringOptions = {}): number {
  return keyedScenarios(item).length * (options.certaintyBased ? 3 : 1);
}

export function toPublicItem(item: Item): PublicItem {
  return logicOf(item.kind).toPublic(item);
}

/** The scenarios shown, in order. */
export function scenariosOf(item: PublicItem | Item): ScenarioView[] {
  return logicOf(item.kind).scenarios(item);
}

export function scenarioIdsOf(item: PublicItem | Item): string[] {
  return scenariosOf(item).map((s) => s.id);
}

/**
 * What a list or a table calls the item: its scenario's title, or for a composite its kind and
 * first cases (a composite's question is the same for every board, so it tells none apart).
 */
export function itemTitle(item: PublicItem | Item): string {
  const scenarios = scenariosOf(item);
  if (scenarios.length === 1) return scenarios[0]!.title;
  const [first, second, ...rest] = scenarios.map((s) => `“${s.title}”`);
  const named = rest.length === 0 ? [first, second].join(' and ') : `${first}, ${second}`;
  const more = rest.length === 0 ? '' : ` and ${rest.length} more`;
  return `${kindLabel(item.kind)}: ${named}${more}`;
}

/** The classified scenarios with the category each is keyed to. */
export function keyedScenarios(item: Item): Keyed[] {
  return logicOf(item.kind).keyed(item);
}

/** Every category the item teaches as right. */
export function keyCategoriesOf(item: Item): string[] {
  return logicOf(item.kind).keyCategories(item);
}

/** A framework category as the item names it, e.g. "Supporting arms business" (the id if unnamed). */
export function categoryLabel(item: Item, categoryId: string): string {
  return (
    logicOf(item.kind)
      .categories(item)
      .find((c) => c.id === categoryId)?.label ?? categoryId
  );
}

/** How the kinds among these items are marked, where that is not one mark per case shown. */
export function markingNotes(items: readonly (PublicItem | Item)[]): string[] {
  return [...new Set(items.flatMap((item) => logicOf(item.kind).marking ?? []))];
}

/** What the learner picks among, labelled. */
export function optionsOf(item: PublicItem | Item): OptionView[] {
  return logicOf(item.kind).options(item);
}

export function optionLabel(item: PublicItem | Item, optionId: string): string {
  return optionsOf(item).find((o) => o.id === optionId)?.label ?? optionId;
}

export function rightOptionsOf(item: Item): string[] {
  return logicOf(item.kind).rightOptions(item);
}

/** The option ids a response picked (none when it does not fit the item). */
export function chosenOf(item: Item, response: LearnerResponse): string[] {
  const logic = logicOf(item.kind);
  return logic.accepts(response) ? logic.chosen(response) : [];
}

/** A response in words (an empty string when it does not fit the item). */
export function responseSummary(item: PublicItem | Item, response: LearnerResponse): string {
  const logic = logicOf(item.kind);
  return logic.accepts(response) ? logic.summary(item, response) : '';
}

/** The answer in words, for a screen reader. */
export function keyTextOf(item: Item): string | undefined {
  return logicOf(item.kind).keyText(item);
}

/** The same item with its options (a board: its scenarios) in a seeded order. */
export function shuffleItem(item: Item, seed: string): Item {
  return logicOf(item.kind).shuffle(item, seed);
}

/** Scenarios analysed one by one (a board's cards); none for single-scenario kinds. */
export function partsOf(item: Item): Part[] {
  return logicOf(item.kind).parts?.of(item) ?? [];
}

export function chosenInPart(item: Item, response: LearnerResponse, scenarioId: string): string[] {
  const logic = logicOf(item.kind);
  return logic.accepts(response) && logic.parts ? logic.parts.chosen(response, scenarioId) : [];
}

type CompositeKind = { kind: ItemKind; composite: Composite<Item> };

/** The kinds assembled from several scenarios, in registry order. */
export const COMPOSITE_KINDS: readonly CompositeKind[] = Object.values(KINDS).flatMap((logic) => {
  const composite = logicOf(logic.kind).composite;
  return composite ? [{ kind: logic.kind, composite }] : [];
});

export function compositeKind(kind: ItemKind): Composite<Item> | undefined {
  return COMPOSITE_KINDS.find((c) => c.kind === kind)?.composite;
}

/** An item by id: a generated one, or a composite rebuilt from its id. */
export function resolveItem(
  id: string,
  frameworks: readonly ComposeFramework[],
  singles: SingleItems,
): Item | undefined {
  const generated = singles.get(id);
  if (generated) return generated;
  const ref = parseItemId(id);
  return ref && composeRef(ref, frameworks, singles);
}

export function composeRef(
  ref: ItemRef,
  frameworks: readonly ComposeFramework[],
  singles: SingleItems,
): Item | undefined {
  if (!('scenarioIds' in ref)) return undefined;
  const composite = COMPOSITE_KINDS.find((c) => c.composite.form === ref.form)?.composite;
  const framework = frameworks.find((f) => f.id === ref.frameworkId);
  return composite && framework
    ? composite.compose(framework, ref.scenarioIds, singles)
    : undefined;
}
