/**
 * The practice bank as the client loads it, in two parts so the first question does not wait
 * for the whole bank: a small index (what the scheduler needs: ids, frameworks, keys, and which
 * chunk holds each item) and chunks of whole items, fetched as questions need them. Both are
 * static JSON assets the service worker keeps for offline use.
 */
import { keyedScenarios } from '../items/registry';
import type { Item } from '../items/schema';

/** Versions 1 and 2 were the whole bank in one file; 3 is the index and its chunks. */
export const PRACTICE_BANK_VERSION = 3;
export const PRACTICE_BANK_URL = '/practice/bank';
export const practiceChunkUrl = (chunk: number) => `${PRACTICE_BANK_URL}/${chunk}`;
/** Items per chunk (a scenario's items never straddle two): about 100 KB of JSON. */
export const PRACTICE_CHUNK_SIZE = 48;

/** Practice asks single-scenario items only; composites (boards) belong to quizzes and sets. */
export type PracticeItem = Item;

export type PracticeFramework = {
  id: string;
  label: string;
  shortLabel: string;
  categories: { id: string; label: string; shortLabel: string; definition: string }[];
};

/** The whole bank in one document (versions 1 and 2 of the asset). */
export type PracticeBank = {
  version: 2;
  frameworks: PracticeFramework[];
  items: PracticeItem[];
};

export type PracticeIndexEntry = {
  id: string;
  frameworkId: string;
  scenarioId: string;
  /** The category the item is scheduled under (its main key). */
  key: string;
  chunk: number;
};

export type PracticeBankIndex = {
  version: typeof PRACTICE_BANK_VERSION;
  frameworks: PracticeFramework[];
  entries: PracticeIndexEntry[];
  chunks: number;
};

export type PracticeChunk = {
  version: typeof PRACTICE_BANK_VERSION;
  chunk: number;
  items: PracticeItem[];
};

/** The scenario an item asks about and the category it is scheduled under (the main key). */
export function practiceKeyOf(item: PracticeItem): { scenarioId: string; key: string } {
  return keyedScenarios(item)[0]!;
}

/** Splits a bank into its index and chunks, keeping each scenario's items in one chunk. */
export function splitPracticeBank(
  frameworks: PracticeFramework[],
  items: readonly PracticeItem[],
  chunkSize = PRACTICE_CHUNK_SIZE,
): { index: PracticeBankIndex; chunks: PracticeChunk[] } {
  const byScenario = new Map<string, PracticeItem[]>();
  for (const item of items) {
    const { scenarioId } = practiceKeyOf(item);
    const group = byScenario.get(scenarioId);
    if (group) group.push(item);
    else byScenario.set(scenarioId, [item]);
  }
  const chunks: PracticeChunk[] = [];
  const entries: PracticeIndexEntry[] = [];
  for (const group of byScenario.values()) {
    let current = chunks.at(-1);
    if (!current || current.items.length >= chunkSize) {
      current = { version: PRACTICE_BANK_VERSION, chunk: chunks.length, items: [] };
      chunks.push(current);
    }
    for (const item of group) {
      current.items.push(item);
      entries.push({
        id: item.id,
        frameworkId: item.frameworkId,
        ...practiceKeyOf(item),
        chunk: current.chunk,
      });
    }
  }
  return {
    index: { version: PRACTICE_BANK_VERSION, frameworks, entries, chunks: chunks.length },
    chunks,
  };
}
