/**
 * The bank's two pools: the public bank (practice, quizzes, concept pages, curated sets) and the
 * assessment pool of held-back scenarios, which reach a browser only inside an assignment.
 */
import type { Bank } from './load';

export const POOLS = ['public', 'held-back'] as const;
export type Pool = (typeof POOLS)[number];

/** The bank as every public surface sees it: held-back scenarios are not in it at all. */
export function publicBank(bank: Bank): Bank {
  return { ...bank, scenarios: bank.scenarios.filter((s) => !s.heldBack) };
}

/** Only the held-back scenarios (and everything else the bank defines). */
export function heldBackBank(bank: Bank): Bank {
  return { ...bank, scenarios: bank.scenarios.filter((s) => s.heldBack), sets: [] };
}

export function heldBackIds(bank: Bank): Set<string> {
  return new Set(bank.scenarios.filter((s) => s.heldBack).map((s) => s.id));
}

/** An item's pool: held back when any scenario it shows is held back. */
export function poolOf(scenarioIds: readonly string[], heldBack: ReadonlySet<string>): Pool {
  return scenarioIds.some((id) => heldBack.has(id)) ? 'held-back' : 'public';
}
