import type { ChunkRead, ReadReply, ReadRequest } from '@/lib/practice/bank-reading';
import { unpackIndexRead, type IndexRead } from '@/lib/practice/index-columns';

/**
 * Reads the practice bank's files off the main thread: parsing and checking the index (979
 * entries, and ten times as many in a large bank) and each chunk with zod were long tasks on a
 * slow phone, before the first question and while it was on screen. The page fetches (so the
 * preloaded index and the service worker serve it as before) and hands the bytes over; the
 * worker answers with the checked data. Where no worker can run (an old browser, a worker
 * script that cannot be fetched), the same reading runs in the page.
 */
export type BankReader = {
  readIndex(body: ArrayBuffer): Promise<IndexRead>;
  readChunk(body: ArrayBuffer, chunk: number): Promise<ChunkRead>;
};

type Pending = { request: ReadRequest; settle: (reply: ReadReply) => void };

let reader: BankReader | undefined;

/** The page's reader: one worker for the page's life, started on first use. */
export function bankReader(): BankReader {
  reader ??= createReader();
  return reader;
}

function createReader(): BankReader {
  let worker: Worker | undefined = startWorker();
  const pending = new Map<number, Pending>();
  let nextId = 0;

  // Without the worker, everything waiting (and everything after) is read here.
  const fallBack = () => {
    worker?.terminate();
    worker = undefined;
    const waiting = [...pending.values()];
    pending.clear();
    for (const { request, settle } of waiting) void readHere(request).then(settle);
  };
  if (worker) {
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      const entry = pending.get(event.data.id);
      if (!entry) return;
      pending.delete(event.data.id);
      entry.settle(event.data);
    };
    worker.onerror = fallBack;
  }

  const read = (request: ReadRequest): Promise<ReadReply> =>
    new Promise((settle) => {
      if (!worker) {
        void readHere(request).then(settle);
        return;
      }
      // The bytes are kept (not transferred) so that they can still be read here if the worker fails.
      pending.set(request.id, { request, settle });
      worker.postMessage(request);
    });

  return {
    // The worker's replies are the checked data of lib/practice/bank-reading.ts, of this build,
    // matched to their requests by id: an index request gets an index reply.
    readIndex: async (body) => {
      const reply = await read({ id: nextId++, file: 'index', body });
      if (reply.file !== 'index') return { ok: false, error: 'a chunk came back for the index' };
      return unpackIndexRead(reply.result);
    },
    readChunk: async (body, chunk) => {
      const reply = await read({ id: nextId++, file: 'chunk', chunk, body });
      if (reply.file !== 'chunk') return { ok: false, error: 'the index came back for a chunk' };
      return reply.result;
    },
  };
}

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./bank-reader.worker.ts', import.meta.url));
  } catch {
    return undefined;
  }
}

async function readHere(request: ReadRequest): Promise<ReadReply> {
  try {
    const { answerReadRequest } = await import('@/lib/practice/bank-reading');
    return answerReadRequest(request);
  } catch {
    // The reader's code could not be fetched either (offline, never kept).
    const result = { ok: false as const, error: 'the reader could not be loaded' };
    return { id: request.id, file: request.file, result };
  }
}
