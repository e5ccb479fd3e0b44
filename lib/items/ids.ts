/**
 * Item ids are a small language; this is its one codec. Every id is built and read here.
 *
 *   pla-donation-2017.pajtinka               one scenario, one lens, one best answer
 *   pla-donation-2017.cottey-forster.many    every category that applies
 *   pla-donation-2017.modes.two-tier         the mode, then the reason
 *   sort.pajtinka.a~b~c~d                    a sort board of scenarios a, b, c, d
 *   odd.pajtinka.a~b~c~d                     odd one out among scenarios a, b, c, d
 *
 * Scenario and framework ids are kebab-case (no dots, no tildes), so the forms cannot collide.
 * Two more ids are built on top: a concept ("pajtinka:information") and a part of an item
 * ("sort.pajtinka.a~b~c~d#b", one scenario of a board, for per-scenario statistics).
 */

const KEBAB = '[a-z0-9]+(?:-[a-z0-9]+)*';
const kebab = new RegExp(`^${KEBAB}$`);

/** The scenarios a composite item is built from: at least two, at most this many. */
export const MAX_PARTS = 12;

export type ItemRef =
  | { form: 'single' | 'many' | 'two-tier'; scenarioId: string; frameworkId: string }
  | { form: 'sort' | 'odd-one-out'; frameworkId: string; scenarioIds: string[] };

export type ItemForm = ItemRef['form'];

const SUFFIX: Record<'single' | 'many' | 'two-tier', string> = {
  single: '',
  many: '.many',
  'two-tier': '.two-tier',
};
const PREFIX: Record<'sort' | 'odd-one-out', string> = { sort: 'sort', 'odd-one-out': 'odd' };

export function formatItemId(ref: ItemRef): string {
  switch (ref.form) {
    case 'single':
    case 'many':
    case 'two-tier':
      return `${ref.scenarioId}.${ref.frameworkId}${SUFFIX[ref.form]}`;
    case 'sort':
    case 'odd-one-out':
      return `${PREFIX[ref.form]}.${ref.frameworkId}.${ref.scenarioIds.join('~')}`;
  }
}

const scenarioItem = new RegExp(`^(${KEBAB})\\.(${KEBAB})(?:\\.(many|two-tier))?$`);
const compositeItem = new RegExp(`^(sort|odd)\\.(${KEBAB})\\.(${KEBAB}(?:~${KEBAB})+)$`);

/** The parts of an item id, or undefined when it is not one. */
export function parseItemId(id: string): ItemRef | undefined {
  if (id.length > 1000) return undefined;
  const composite = compositeItem.exec(id);
  if (composite) {
    const scenarioIds = composite[3]!.split('~');
    if (scenarioIds.length > MAX_PARTS) return undefined;
    return {
      form: composite[1] === 'sort' ? 'sort' : 'odd-one-out',
      frameworkId: composite[2]!,
      scenarioIds,
    };
  }
  const single = scenarioItem.exec(id);
  if (!single) return undefined;
  return {
    form: single[3] === 'many' ? 'many' : single[3] === 'two-tier' ? 'two-tier' : 'single',
    scenarioId: single[1]!,
    frameworkId: single[2]!,
  };
}

/** The scenarios an item id names. */
export function scenarioIdsOfRef(ref: ItemRef): string[] {
  return 'scenarioIds' in ref ? ref.scenarioIds : [ref.scenarioId];
}

/** The single-best item of a scenario under a lens, e.g. "pla-donation-2017.pajtinka". */
export const singleItemId = (scenarioId: string, frameworkId: string): string =>
  formatItemId({ form: 'single', scenarioId, frameworkId });

/** A framework's category, e.g. "pajtinka:information": what practice schedules and matrices count. */
export type ConceptId = string;

export function conceptId(frameworkId: string, categoryId: string): ConceptId {
  return `${frameworkId}:${categoryId}`;
}

export function parseConceptId(
  id: string,
): { frameworkId: string; categoryId: string } | undefined {
  const [frameworkId, categoryId, ...rest] = id.split(':');
  if (rest.length > 0 || !frameworkId || !categoryId) return undefined;
  if (!kebab.test(frameworkId) || !kebab.test(categoryId)) return undefined;
  return { frameworkId, categoryId };
}

/** One scenario of an item (a board's card), e.g. "sort.pajtinka.a~b~c~d#b". */
export function partId(itemId: string, scenarioId: string): string {
  return `${itemId}#${scenarioId}`;
}

export function parsePartId(id: string): { itemId: string; scenarioId: string } | undefined {
  const at = id.lastIndexOf('#');
  if (at <= 0) return undefined;
  const itemId = id.slice(0, at);
  const scenarioId = id.slice(at + 1);
  return parseItemId(itemId) && kebab.test(scenarioId) ? { itemId, scenarioId } : undefined;
}
