/**
 * Opaque ids for attempt pages. Nothing a student's browser receives may identify a bank item:
 * item ids ("india-rafale-iga-2016.pajtinka") and scenario ids (a board's cards, odd-one-out
 * choices) are replaced by tokens keyed to the assignment, and contrast links are dropped. The
 * server keeps the map and turns what comes back into real ids again. Pure: the keyed hash
 * (an HMAC with the assignment's secret) is passed in.
 */
import { scenarioIdsOf } from '../items/registry';
import type { Item } from '../items/schema';

/** "q" and 20 lower-case hex digits: 80 bits of the keyed hash. */
export const OPAQUE_ID = /^q[0-9a-f]{20}$/;

export type IdMap = {
  /** Real id → token, for every item id and scenario id of the assignment. */
  toOpaque: ReadonlyMap<string, string>;
  /** Token → real id. */
  fromOpaque: ReadonlyMap<string, string>;
};

/** The tokens of an assignment's items and their scenarios, from a keyed hash (hex). */
export function opaqueIds(items: readonly Item[], keyedHash: (text: string) => string): IdMap {
  const toOpaque = new Map<string, string>();
  const add = (kind: 'item' | 'scenario', real: string) => {
    if (!toOpaque.has(real)) toOpaque.set(real, `q${keyedHash(`${kind}:${real}`).slice(0, 20)}`);
  };
  for (const item of items) {
    add('item', item.id);
    scenarioIdsOf(item).forEach((id) => add('scenario', id));
  }
  return { toOpaque, fromOpaque: new Map([...toOpaque].map(([real, token]) => [token, real])) };
}

/**
 * A copy with every id in `map` replaced, as a value or as an object key, and contrast links
 * emptied. Ids are whole strings (kebab-case, never a category's id: the bank checker sees to
 * it), so no text is touched.
 */
export function relabel<T>(value: T, map: ReadonlyMap<string, string>): T {
  return walk(value, map) as T;
}

function walk(value: unknown, map: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return map.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => walk(v, map));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      map.get(key) ?? key,
      key === 'contrastWith' ? [] : walk(v, map),
    ]),
  );
}
