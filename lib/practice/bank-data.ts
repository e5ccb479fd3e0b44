/**
 * The practice bank as the client loads it, in two parts so the first question does not wait
 * for the whole bank: a small index (what the scheduler needs: ids, frameworks, keys, and which
 * chunk holds each item) and chunks of whole items, fetched as questions need them. Both are
 * static JSON assets the service worker keeps for offline use. Types and addresses only: the
 * page fetching the index must not bring the item registry with it (the split is in
 * bank-split.ts).
 */
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
