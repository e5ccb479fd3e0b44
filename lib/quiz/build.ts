/** Picks and orders the items of a quiz from a spec. Pure: the seed decides everything. */
import { itemsOfSet, type QuizSet } from '../bank/sets';
import type { ComposeFramework, Composite } from '../items/kind';
import {
  COMPOSITE_KINDS,
  compositeKind,
  keyedScenarios,
  resolveItem,
  scenarioIdsOf,
} from '../items/registry';
import type { Item } from '../items/schema';
import { shuffle } from '../random/seeded';
import type { QuizSpec } from './spec';

export type BuildResult =
  | { ok: true; items: Item[]; title: string }
  | { ok: false; reason: 'unknown-scope' | 'unknown-set' | 'no-items' };

export type QuizFramework = ComposeFramework & { label: string };

export type QuizContext = {
  items: readonly Item[];
  frameworks: readonly QuizFramework[];
  sets: readonly QuizSet[];
};

/** One composite item (a sort board) for every this many questions. */
const QUESTIONS_PER_COMPOSITE = 10;

/** The composites a quiz draws by itself: those drawn when no kind is asked for. */
const QUIZ_COMPOSITES = COMPOSITE_KINDS.filter((c) => c.composite.drawnByDefault).map(
  (c) => c.composite,
);

export function buildQuiz(spec: QuizSpec, context: QuizContext): BuildResult {
  const byId = new Map(context.items.map((item) => [item.id, item]));
  const done = (items: Item[], title: string): BuildResult =>
    items.length > 0 ? { ok: true, items, title } : { ok: false, reason: 'no-items' };

  switch (spec.source) {
    case 'items':
      return done(
        spec.items.flatMap((id) => resolveItem(id, context.frameworks, byId) ?? []),
        'Selected questions',
      );
    case 'set': {
      const set = context.sets.find((s) => s.id === spec.set);
      if (!set) return { ok: false, reason: 'unknown-set' };
      return done(itemsOfSet(set, context.frameworks, byId), set.title);
    }
    case 'scope': {
      const slots = Math.max(1, Math.round(spec.count / QUESTIONS_PER_COMPOSITE));
      const draws = (frameworks: readonly QuizFramework[]): Draw[] =>
        QUIZ_COMPOSITES.flatMap((composite) =>
          frameworks
            .filter((f) => composite.fits(f))
            .map((framework) => ({ composite, framework })),
        );
      if (spec.scope === 'mixed') {
        const planned = shuffle(draws(context.frameworks), `${spec.seed}:boards`).slice(0, slots);
        const questions = pickMixed(context.items, spec.count - planned.length, spec.seed);
        return done(
          withComposites(questions, planned, context.items, byId, spec.seed),
          'Mixed review',
        );
      }
      const framework = context.frameworks.find((f) => f.id === spec.scope);
      if (!framework) return { ok: false, reason: 'unknown-scope' };
      const pool = context.items.filter((item) => item.frameworkId === framework.id);
      const possible = draws([framework]);
      const planned =
        possible.length === 0
          ? []
          : Array.from({ length: slots }, (_, i) => possible[i % possible.length]!);
      const questions = pickMixed(pool, spec.count - planned.length, spec.seed);
      return done(
        withComposites(questions, planned, context.items, byId, spec.seed),
        framework.shortLabel,
      );
    }
  }
}

export type Draw = { composite: Composite<Item>; framework: ComposeFramework };

/**
 * Inserts composite items (sort boards), spread through the list, built from scenarios it does
 * not use yet; each one drawn marks its scenarios used.
 */
export function withComposites(
  questions: Item[],
  draws: readonly Draw[],
  pool: readonly Item[],
  singles: ReadonlyMap<string, Item>,
  seed: string,
  used: Set<string> = new Set(questions.flatMap(scenarioIdsOf)),
): Item[] {
  const out = [...questions];
  draws.forEach(({ composite, framework }, index) => {
    const item = composite.draw(framework, pool, `${seed}:board:${index}`, used, singles);
    if (!item) return;
    scenarioIdsOf(item).forEach((id) => used.add(id));
    insertSpread(out, item, index, draws.length);
  });
  return out;
}

/** Inserts the `index`-th of `count` extra items so that they fall evenly through `list`. */
export function insertSpread<T>(list: T[], item: T, index: number, count: number): void {
  const position = Math.min(list.length, Math.round(((index + 1) * list.length) / (count + 1)));
  list.splice(position, 0, item);
}

/**
 * `count` items from `pool`, one scenario at most once: framework-and-kind groups take turns,
 * and within each group the keys take turns, so every kind and category comes up early and the
 * same key rarely appears twice in a row.
 */
export function pickMixed(pool: readonly Item[], count: number, seed: string): Item[] {
  const groups = new Map<string, Item[]>();
  for (const item of pool) {
    if (compositeKind(item.kind)) continue;
    const group = `${item.frameworkId}:${item.kind}`;
    groups.set(group, [...(groups.get(group) ?? []), item]);
  }
  const spread = shuffle([...groups.keys()].sort(), seed).map((group) =>
    spreadKeys(groups.get(group)!, seed),
  );
  const seenScenarios = new Set<string>();
  const out: Item[] = [];
  for (const item of roundRobin(spread)) {
    if (out.length === count) break;
    const [scenarioId] = scenarioIdsOf(item);
    if (scenarioId === undefined || seenScenarios.has(scenarioId)) continue;
    seenScenarios.add(scenarioId);
    out.push(item);
  }
  return out;
}

/** The pool in seeded order with keys taking turns (each scenario once). */
export function spreadKeys(pool: readonly Item[], seed: string): Item[] {
  const seenScenarios = new Set<string>();
  const byKey = new Map<string, Item[]>();
  for (const item of shuffle(pool, seed)) {
    const keyed = keyedScenarios(item);
    if (keyed.length !== 1 || compositeKind(item.kind)) continue;
    const { scenarioId, key } = keyed[0]!;
    if (seenScenarios.has(scenarioId)) continue;
    seenScenarios.add(scenarioId);
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  return roundRobin([...byKey.values()]);
}

function roundRobin<T>(queues: readonly T[][]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...queues.map((q) => q.length));
  for (let round = 0; round < longest; round++) {
    for (const queue of queues) {
      const item = queue[round];
      if (item !== undefined) out.push(item);
    }
  }
  return out;
}
