import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerReadRequest, type ReadRequest } from '@/lib/practice/bank-reading';
import { bytesOf as bytes, smallPracticeBank } from '../support/practice-bank';

const { index, chunks } = smallPracticeBank(4, 2);

/** A stand-in for the browser's Worker: answers as the real one does, or fails to start. */
function fakeWorker(mode: 'answers' | 'fails') {
  const started: FakeWorker[] = [];
  class FakeWorker {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: Event) => void) | null = null;
    terminated = false;
    constructor() {
      started.push(this);
      // A script that cannot be fetched is reported after the page has already asked.
      if (mode === 'fails') setTimeout(() => this.onerror?.(new Event('error')), 0);
    }
    postMessage(request: ReadRequest) {
      if (mode === 'fails') return;
      // Replies come back in another order than asked: they are matched by id.
      const delay = request.file === 'index' ? 10 : 0;
      setTimeout(
        () => this.onmessage?.(new MessageEvent('message', { data: answerReadRequest(request) })),
        delay,
      );
    }
    terminate() {
      this.terminated = true;
    }
  }
  return { FakeWorker, started };
}

async function freshReader() {
  vi.resetModules();
  return (await import('@/components/practice/bank-reader')).bankReader();
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the practice bank reader', () => {
  it('reads in a worker, matching each answer to its question', async () => {
    const { FakeWorker, started } = fakeWorker('answers');
    vi.stubGlobal('Worker', FakeWorker);
    const reader = await freshReader();
    const [indexRead, chunkRead] = await Promise.all([
      reader.readIndex(bytes(index)),
      reader.readChunk(bytes(chunks[1]), 1),
    ]);
    expect(started).toHaveLength(1);
    expect(indexRead).toEqual({ ok: true, value: { index } });
    expect(chunkRead).toEqual({ ok: true, value: chunks[1] });
  });

  it('reads in the page when the worker cannot start, even what was already asked of it', async () => {
    const { FakeWorker, started } = fakeWorker('fails');
    vi.stubGlobal('Worker', FakeWorker);
    const reader = await freshReader();
    const asked = reader.readIndex(bytes(index));
    await expect(asked).resolves.toEqual({ ok: true, value: { index } });
    expect(started[0]!.terminated).toBe(true);
    await expect(reader.readChunk(bytes(chunks[0]), 0)).resolves.toEqual({
      ok: true,
      value: chunks[0],
    });
  });

  it('reads in the page where there are no workers, and says why a file is refused', async () => {
    vi.stubGlobal('Worker', undefined);
    const reader = await freshReader();
    await expect(reader.readChunk(bytes(chunks[0]), 1)).resolves.toEqual({
      ok: false,
      error: 'chunk 0 where 1 was asked for',
    });
    await expect(reader.readIndex(new TextEncoder().encode('{oops').buffer)).resolves.toEqual({
      ok: false,
      error: 'the index is not JSON',
    });
  });
});
