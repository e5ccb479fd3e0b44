/** How the server (and a reader of an older whole-bank asset) splits the bank into index and chunks. */
import { keyedScenarios } from '../items/registry';
import {
  PRACTICE_BANK_VERSION,
  PRACTICE_CHUNK_SIZE,
  type PracticeBankIndex,
  type PracticeChunk,
  type PracticeFramework,
  type PracticeIndexEntry,
  type PracticeItem,
} from './bank-data';

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
