/**
 * What a student would get from a scenario an instructor is writing: every item it yields, and
 * a sort board it joins beside three shipped cases keyed elsewhere, with example answers to show
 * the feedback for a right and a wrong one.
 */
import type { Bank } from '../bank/load';
import type { Scenario } from '../bank/schema';
import type { ComposeFramework } from '../items/kind';
import { composeRef, keyCategoriesOf, rightOptionsOf } from '../items/registry';
import type { LearnerResponse } from '../items/response';
import type { Item } from '../items/schema';
import { ownItemsOf } from './items';

/** The id a previewed scenario takes (never stored). */
export const PREVIEW_ROW_ID = 'preview';

export function previewItems(
  scenario: Scenario,
  bank: Pick<Bank, 'frameworks' | 'references'> & { items: readonly Item[] },
  frameworks: readonly ComposeFramework[],
): Item[] {
  const own = ownItemsOf([{ id: PREVIEW_ROW_ID, scenario }], bank);
  const boards = own.flatMap((item) => {
    if (item.kind !== 'classify' || !frameworks.some((f) => f.id === item.frameworkId)) return [];
    const board = sortBoardWith(item, bank.items, frameworks);
    return board ? [board] : [];
  });
  return [...own, ...boards];
}

function sortBoardWith(
  item: Item,
  shipped: readonly Item[],
  frameworks: readonly ComposeFramework[],
): Item | undefined {
  const keysTaken = new Set(keyCategoriesOf(item));
  const partners: Item[] = [];
  for (const candidate of shipped) {
    if (partners.length === 3) break;
    if (candidate.kind !== item.kind || candidate.frameworkId !== item.frameworkId) continue;
    const keys = keyCategoriesOf(candidate);
    if (keys.length !== 1 || keysTaken.has(keys[0]!)) continue;
    keysTaken.add(keys[0]!);
    partners.push(candidate);
  }
  if (partners.length < 3) return undefined;
  const singles = new Map([item, ...partners].map((i) => [i.id, i]));
  const scenarioIds = [item, ...partners].map((i) => ('scenario' in i ? i.scenario.id : ''));
  return composeRef(
    { form: 'sort', frameworkId: item.frameworkId, scenarioIds },
    frameworks,
    singles,
  );
}

/** A right answer and a wrong one, to show both kinds of feedback; undefined where none exists. */
export function exampleResponses(item: Item): {
  right: LearnerResponse;
  wrong?: LearnerResponse;
} {
  const right = rightOptionsOf(item);
  switch (item.kind) {
    case 'classify':
    case 'distinguish':
    case 'attribute': {
      const wrong = item.options.find(
        (o) => !right.includes(o.id) && !item.answerKey.accepted.includes(o.id),
      );
      return {
        right: { kind: 'choice', choice: item.answerKey.best },
        ...(wrong ? { wrong: { kind: 'choice', choice: wrong.id } } : {}),
      };
    }
    case 'classify-many': {
      const wrong = item.options.find((o) => !item.answerKey.applies.includes(o.id));
      return {
        right: { kind: 'many', choices: item.answerKey.applies },
        ...(wrong ? { wrong: { kind: 'many', choices: [item.answerKey.primary, wrong.id] } } : {}),
      };
    }
    case 'two-tier': {
      const wrongReason = item.reasons.find((r) => r.id !== item.answerKey.reason);
      return {
        right: { kind: 'two-tier', choice: item.answerKey.best, reason: item.answerKey.reason },
        ...(wrongReason
          ? { wrong: { kind: 'two-tier', choice: item.answerKey.best, reason: wrongReason.id } }
          : {}),
      };
    }
    case 'sort': {
      const placements = Object.fromEntries(
        Object.entries(item.answerKey.placements).map(([id, p]) => [id, p.best]),
      );
      const [first, second] = item.scenarios.map((s) => s.id);
      const swapped =
        first && second && placements[first] !== placements[second]
          ? { ...placements, [first]: placements[second]!, [second]: placements[first]! }
          : undefined;
      return {
        right: { kind: 'sort', placements },
        ...(swapped ? { wrong: { kind: 'sort', placements: swapped } } : {}),
      };
    }
    case 'odd-one-out': {
      const wrong = item.scenarios.find((s) => s.id !== item.answerKey.odd);
      return {
        right: { kind: 'choice', choice: item.answerKey.odd },
        ...(wrong ? { wrong: { kind: 'choice', choice: wrong.id } } : {}),
      };
    }
  }
}
