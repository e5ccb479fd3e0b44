/** Picks and orders the items of a quiz from a spec. Pure: the seed decides everything. */
import { stemIdsOf, type Item } from '../bank/items';
import type { QuizSet } from '../bank/sets';
import { drawSortBoard, itemsOfSet, resolveItem, type SortFramework } from '../bank/sort';
import { shuffle } from '../random/seeded';
import type { QuizSpec } from './spec';

export type BuildResult =
  | { ok: true; items: Item[]; title: string }
  | { ok: false; reason: 'unknown-scope' | 'unknown-set' | 'no-items' };

export type QuizFramework = SortFramework & { label: string; shortLabel: string };

export type QuizContext = {
  items: readonly Item[];
  frameworks: readonly QuizFramework[];
  sets: readonly QuizSet[];
};

/** Cards on a generated sort board: enough to compare, few enough for a phone screen. */
export const BOARD_CARDS = 5;
/** One sort board for every this many questions. */
const QUESTIONS_PER_BOARD = 10;

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
      const boards = Math.max(1, Math.round(spec.count / QUESTIONS_PER_BOARD));
      if (spec.scope === 'mixed') {
        const sortable = shuffle(
          context.frameworks.filter((f) => f.sortInstruction),
          `${spec.seed}:boards`,
        );
        const questions = pickMixed(context.items, spec.count - boards, spec.seed);
        return done(
          withBoards(questions, sortable.slice(0, boards), context.items, byId, spec.seed),
          'Mixed review',
        );
      }
      const framework = context.frameworks.find((f) => f.id === spec.scope);
      if (!framework) return { ok: false, reason: 'unknown-scope' };
      const pool = context.items.filter((item) => item.frameworkId === framework.id);
      const boardFrameworks = framework.sortInstruction
        ? Array.from({ length: boards }, () => framework)
        : [];
      const questions = pickMixed(pool, spec.count - boardFrameworks.length, spec.seed);
      return done(
        withBoards(questions, boardFrameworks, context.items, byId, spec.seed),
        framework.shortLabel,
      );
    }
  }
}

/** Inserts sort boards, spread through the quiz, built from scenarios the quiz does not use yet. */
function withBoards(
  questions: Item[],
  frameworks: readonly QuizFramework[],
  pool: readonly Item[],
  byId: ReadonlyMap<string, Item>,
  seed: string,
): Item[] {
  const used = new Set(questions.flatMap(stemIdsOf));
  const out = [...questions];
  frameworks.forEach((framework, index) => {
    const board = drawSortBoard(framework, pool, BOARD_CARDS, `${seed}:board:${index}`, used, byId);
    if (board) insertSpread(out, board, index, frameworks.length);
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
    if (item.kind === 'sort') continue;
    const group = `${item.frameworkId}:${item.kind}`;
    groups.set(group, [...(groups.get(group) ?? []), item]);
  }
  const spread = shuffle([...groups.keys()].sort(), seed).map((group) =>
    spreadKeys(groups.get(group)!, seed),
  );
  const seenStems = new Set<string>();
  const out: Item[] = [];
  for (const item of roundRobin(spread)) {
    if (out.length === count) break;
    if (item.kind === 'sort' || seenStems.has(item.stem.id)) continue;
    seenStems.add(item.stem.id);
    out.push(item);
  }
  return out;
}

/** The pool in seeded order with keys taking turns (each scenario once). */
export function spreadKeys(pool: readonly Item[], seed: string): Item[] {
  const seenStems = new Set<string>();
  const byKey = new Map<string, Item[]>();
  for (const item of shuffle(pool, seed)) {
    if (item.kind === 'sort' || seenStems.has(item.stem.id)) continue;
    seenStems.add(item.stem.id);
    const key = item.kind === 'classify-many' ? item.answer.primary : item.answer.key;
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
