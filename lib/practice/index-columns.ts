/**
 * The practice index's entries in columns, the form in which they cross from the bank reader's
 * worker to the page. No zod here: the page imports this, and the checking stays in the worker.
 */
import type { ReadResult } from '../items/stored';
import type { PracticeBankIndex, PracticeIndexEntry, PracticeItem } from './bank-data';

/** What the page uses: the index with its entries as objects. */
export type IndexRead = ReadResult<{ index: PracticeBankIndex; items?: PracticeItem[] }>;

/**
 * Chromium's structured clone of 10,000 entry objects took 8–23 ms of the page's main thread,
 * and their garbage more; two lists of strings and three typed arrays took 2–11 ms, the
 * objects rebuilt included.
 */
export type PackedEntries = {
  ids: string[];
  scenarioIds: string[];
  /** Each framework id once; entry i's is `frameworkIds[framework[i]]`. */
  frameworkIds: string[];
  framework: Uint32Array;
  /** Each key once; entry i's is `keys[key[i]]`. */
  keys: string[];
  key: Uint32Array;
  chunk: Uint32Array;
};

export type PackedIndexRead = ReadResult<{
  index: Omit<PracticeBankIndex, 'entries'> & { entries: PackedEntries };
  items?: PracticeItem[];
}>;

/** Strings that repeat, each kept once: a value's place in `values` stands for it. */
function dictionary() {
  const values: string[] = [];
  const places = new Map<string, number>();
  const placeOf = (value: string) => {
    let place = places.get(value);
    if (place === undefined) {
      place = values.push(value) - 1;
      places.set(value, place);
    }
    return place;
  };
  return { values, placeOf };
}

export function packEntries(entries: readonly PracticeIndexEntry[]): PackedEntries {
  const frameworks = dictionary();
  const keys = dictionary();
  return {
    ids: entries.map((e) => e.id),
    scenarioIds: entries.map((e) => e.scenarioId),
    framework: Uint32Array.from(entries, (e) => frameworks.placeOf(e.frameworkId)),
    frameworkIds: frameworks.values,
    key: Uint32Array.from(entries, (e) => keys.placeOf(e.key)),
    keys: keys.values,
    chunk: Uint32Array.from(entries, (e) => e.chunk),
  };
}

export function unpackEntries(packed: PackedEntries): PracticeIndexEntry[] {
  return packed.ids.map((id, i) => ({
    id,
    frameworkId: packed.frameworkIds[packed.framework[i]!]!,
    scenarioId: packed.scenarioIds[i]!,
    key: packed.keys[packed.key[i]!]!,
    chunk: packed.chunk[i]!,
  }));
}

/** The worker's answer to an index request, as the page uses it. */
export function unpackIndexRead(read: PackedIndexRead): IndexRead {
  if (!read.ok) return read;
  const { index } = read.value;
  return {
    ok: true,
    value: { ...read.value, index: { ...index, entries: unpackEntries(index.entries) } },
  };
}
