import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerReadRequest } from '@/lib/practice/bank-reading';
import { unpackIndexRead } from '@/lib/practice/index-columns';
import { bytesOf as bytes, smallPracticeBank } from '../../support/practice-bank';

const { index, chunks } = smallPracticeBank(4, 2);

describe('reading the practice bank from the bytes fetched (in the worker or the page)', () => {
  it('gives back the index, checked, under the id it was asked with, its entries in columns', () => {
    const reply = answerReadRequest({ id: 7, file: 'index', body: bytes(index) });
    expect(reply).toMatchObject({ id: 7, file: 'index', result: { ok: true } });
    if (reply.file !== 'index' || !reply.result.ok) throw new Error('no index');
    expect(reply.result.value.index.entries.chunk).toBeInstanceOf(Uint32Array);
    expect(unpackIndexRead(reply.result)).toEqual({ ok: true, value: { index } });
  });

  it('gives back a chunk, and refuses one that is not the chunk asked for', () => {
    expect(answerReadRequest({ id: 1, file: 'chunk', chunk: 1, body: bytes(chunks[1]) })).toEqual({
      id: 1,
      file: 'chunk',
      result: { ok: true, value: chunks[1] },
    });
    const wrong = answerReadRequest({ id: 2, file: 'chunk', chunk: 0, body: bytes(chunks[1]) });
    expect(wrong.result).toEqual({ ok: false, error: 'chunk 1 where 0 was asked for' });
  });

  it('refuses bytes that are not JSON, or JSON that is not the file, with a reason', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (raw, asIndex) => {
        const body = raw.slice().buffer;
        const reply = asIndex
          ? answerReadRequest({ id: 3, file: 'index', body })
          : answerReadRequest({ id: 3, file: 'chunk', chunk: 0, body });
        expect(reply.id).toBe(3);
        expect(reply.result.ok).toBe(false);
        if (!reply.result.ok) expect(reply.result.error.length).toBeGreaterThan(0);
      }),
    );
    expect(answerReadRequest({ id: 4, file: 'index', body: bytes({ version: 3 }) }).result).toEqual(
      expect.objectContaining({ ok: false }),
    );
  });
});
