/**
 * Reading the practice bank's files, as the practice page asks for it: the bytes fetched, turned
 * into checked data. Pure, so that the page can run it in a Web Worker (off the main thread, where
 * parsing and checking the index and a chunk held up the first question) or, where there is no
 * worker, in the page itself.
 */
import type { ReadResult } from '../items/stored';
import type { PracticeChunk } from './bank-data';
import { readPracticeChunk, readPracticeIndex } from './bank-schema';
import { packEntries, type PackedIndexRead } from './index-columns';

export type ReadRequest =
  | { id: number; file: 'index'; body: ArrayBuffer }
  | { id: number; file: 'chunk'; chunk: number; body: ArrayBuffer };

export type ChunkRead = ReadResult<PracticeChunk>;

export type ReadReply =
  | { id: number; file: 'index'; result: PackedIndexRead }
  | { id: number; file: 'chunk'; result: ChunkRead };

export function answerReadRequest(request: ReadRequest): ReadReply {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(request.body));
  } catch {
    const result = { ok: false as const, error: `the ${request.file} is not JSON` };
    return { id: request.id, file: request.file, result };
  }
  if (request.file === 'chunk') {
    return { id: request.id, file: 'chunk', result: readPracticeChunk(json, request.chunk) };
  }
  const read = readPracticeIndex(json);
  if (!read.ok) return { id: request.id, file: 'index', result: read };
  const { index } = read.value;
  const value = { ...read.value, index: { ...index, entries: packEntries(index.entries) } };
  return { id: request.id, file: 'index', result: { ok: true, value } };
}
