/**
 * Reading the practice bank's files, as the practice page asks for it: the bytes fetched, turned
 * into checked data. Pure, so that the page can run it in a Web Worker (off the main thread, where
 * parsing and checking the index and a chunk held up the first question) or, where there is no
 * worker, in the page itself.
 */
import type { ReadResult } from '../items/stored';
import type { PracticeBankIndex, PracticeChunk, PracticeItem } from './bank-data';
import { readPracticeChunk, readPracticeIndex } from './bank-schema';

export type ReadRequest =
  | { id: number; file: 'index'; body: ArrayBuffer }
  | { id: number; file: 'chunk'; chunk: number; body: ArrayBuffer };

export type IndexRead = ReadResult<{ index: PracticeBankIndex; items?: PracticeItem[] }>;
export type ChunkRead = ReadResult<PracticeChunk>;
export type ReadReply = { id: number; result: IndexRead | ChunkRead };

export function answerReadRequest(request: ReadRequest): ReadReply {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(request.body));
  } catch {
    return { id: request.id, result: { ok: false, error: `the ${request.file} is not JSON` } };
  }
  const result =
    request.file === 'index' ? readPracticeIndex(json) : readPracticeChunk(json, request.chunk);
  return { id: request.id, result };
}
