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

export function packEntries(entries: readonly PracticeIndexEntry[]): PackedEntries {
  const placeIn = (list: string[], places: Map<string, number>, value: string) => {
    let place = places.get(value);
    if (place === undefined) {
      place = list.push(value) - 1;
      places.set(value, place);
    }
    return place;
  };
  const frameworkIds: string[] = [];
  const keys: string[] = [];
  const frameworkPlaces = new Map<string, number>();
  const keyPlaces = new Map<string, number>();
  const framework = new Uint32Array(entries.length);
  const key = new Uint32Array(entries.length);
  const chunk = new Uint32Array(entries.length);
  entries.forEach((entry, i) => {
    framework[i] = placeIn(frameworkIds, frameworkPlaces, entry.frameworkId);
    key[i] = placeIn(keys, keyPlaces, entry.key);
    chunk[i] = entry.chunk;
  });
  return {
    ids: entries.map((e) => e.id),
    scenarioIds: entries.map((e) => e.scenarioId),
    frameworkIds,
    framework,
    keys,
    key,
    chunk,
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
  const { index, items } = read.value;
  const unpacked = { index: { ...index, entries: unpackEntries(index.entries) } };
  return { ok: true, value: items ? { ...unpacked, items } : unpacked };
}
