/** Picks and orders the items of a quiz from a spec. Pure: the seed decides everything. */
import type { Item } from '../bank/items';
import { shuffle } from '../random/seeded';
import type { QuizSet } from '../bank/sets';
import type { QuizSpec } from './spec';

export type BuildResult =
  | { ok: true; items: Item[]; title: string }
  | { ok: false; reason: 'unknown-scope' | 'unknown-set' | 'no-items' };

export type QuizContext = {
  items: readonly Item[];
  frameworks: readonly { id: string; shortLabel: string; label: string }[];
  sets: readonly QuizSet[];
};

export function buildQuiz(spec: QuizSpec, context: QuizContext): BuildResult {
  const byId = new Map(context.items.map((item) => [item.id, item]));
  switch (spec.source) {
    case 'items': {
      const items = spec.items.flatMap((id) => byId.get(id) ?? []);
      return items.length > 0
        ? { ok: true, items, title: 'Retry' }
        : { ok: false, reason: 'no-items' };
    }
    case 'set': {
      const set = context.sets.find((s) => s.id === spec.set);
      if (!set) return { ok: false, reason: 'unknown-set' };
      const items = set.items.flatMap((entry) =>
        typeof entry === 'string' ? (byId.get(entry) ?? []) : [],
      );
      return items.length > 0
        ? { ok: true, items, title: set.title }
        : { ok: false, reason: 'no-items' };
    }
    case 'scope': {
      if (spec.scope === 'mixed') {
        const items = pickMixed(
          context.items,
          context.frameworks.map((f) => f.id),
          spec.count,
          spec.seed,
        );
        return items.length > 0
          ? { ok: true, items, title: 'Mixed review' }
          : { ok: false, reason: 'no-items' };
      }
      const framework = context.frameworks.find((f) => f.id === spec.scope);
      if (!framework) return { ok: false, reason: 'unknown-scope' };
      const pool = context.items.filter((item) => item.frameworkId === framework.id);
      const items = spreadKeys(pool, spec.count, spec.seed);
      return items.length > 0
        ? { ok: true, items, title: framework.shortLabel }
        : { ok: false, reason: 'no-items' };
    }
  }
}

/**
 * `count` items from `pool`, one scenario at most once, taking keys in turn so that every
 * category comes up and the same key rarely appears twice in a row.
 */
export function spreadKeys(pool: readonly Item[], count: number, seed: string): Item[] {
  const seenStems = new Set<string>();
  const groups = new Map<string, Item[]>();
  for (const item of shuffle(pool, seed)) {
    if (seenStems.has(item.stem.id)) continue;
    seenStems.add(item.stem.id);
    const group = groups.get(item.answer.key) ?? [];
    group.push(item);
    groups.set(item.answer.key, group);
  }
  return roundRobin([...groups.values()], count);
}

/** Items from every framework in turn, each framework's share spread over its keys. */
export function pickMixed(
  pool: readonly Item[],
  frameworkIds: readonly string[],
  count: number,
  seed: string,
): Item[] {
  const perFramework = frameworkIds
    .map((id) => pool.filter((item) => item.frameworkId === id))
    .filter((items) => items.length > 0);
  if (perFramework.length === 0) return [];
  // Each framework contributes its keys in spread order; frameworks then alternate.
  const spread = shuffle(perFramework, seed).map((items) => spreadKeys(items, count, seed));
  const seenStems = new Set<string>();
  const out: Item[] = [];
  for (const item of roundRobin(spread, Number.MAX_SAFE_INTEGER)) {
    if (out.length === count) break;
    if (seenStems.has(item.stem.id)) continue;
    seenStems.add(item.stem.id);
    out.push(item);
  }
  return out;
}

function roundRobin<T>(queues: readonly T[][], count: number): T[] {
  const cursors = queues.map(() => 0);
  const out: T[] = [];
  let progressed = true;
  while (out.length < count && progressed) {
    progressed = false;
    queues.forEach((queue, index) => {
      const cursor = cursors[index]!;
      if (out.length < count && cursor < queue.length) {
        out.push(queue[cursor]!);
        cursors[index] = cursor + 1;
        progressed = true;
      }
    });
  }
  return out;
}
