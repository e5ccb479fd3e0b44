import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePracticeBank } from '@/components/practice/usePracticeBank';
import { PRACTICE_BANK_URL } from '@/lib/practice/bank-data';
import { smallPracticeBank } from '../support/practice-bank';

// One scenario per chunk: six chunks.
const { index, chunks } = smallPracticeBank(6, 1);

/** The page as practice uses the bank: it asks for the first item once the index is there. */
function Practice({ answered }: { answered: boolean }) {
  const bank = usePracticeBank({ answered });
  const request = bank.status === 'ready' ? bank.request : undefined;
  useEffect(() => request?.(index.entries[0]!.id), [request]);
  return <p>{bank.status === 'ready' ? `${bank.items.size} on screen` : bank.status}</p>;
}

let requested: string[] = [];

beforeEach(() => {
  requested = [];
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      requested.push(url);
      const chunk = /\/(\d+)$/.exec(url);
      const body = chunk ? chunks[Number(chunk[1])] : url === PRACTICE_BANK_URL ? index : undefined;
      return new Response(JSON.stringify(body), { status: body ? 200 : 404 });
    }),
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const chunksRequested = () => requested.filter((url) => url !== PRACTICE_BANK_URL).length;

/** Lets timers, fetches, module loads and renders run for `ms` of fake time. */
async function pass(ms: number) {
  for (let t = 0; t < ms; t += 100) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
      await new Promise((resolve) => setImmediate(resolve));
    });
  }
}

const realTimeout = globalThis.setTimeout;

/** Waits, in real time (the bank's reader is a module loaded on demand), for `text` on screen. */
async function until(text: string) {
  for (let tries = 0; tries < 100 && !screen.queryByText(text); tries++) {
    await act(async () => {
      await new Promise((resolve) => realTimeout(resolve, 20));
    });
  }
  expect(screen.getByText(text)).toBeInTheDocument();
}

describe('the practice bank on the device', () => {
  it('reads only the first question’s chunk while the learner has not answered, then the rest', async () => {
    const { rerender } = render(<Practice answered={false} />);
    await until('1 on screen');
    await pass(5_000);
    expect(chunksRequested()).toBe(1);

    rerender(<Practice answered />);
    await pass(3_000);
    expect(chunksRequested()).toBe(chunks.length);
    // Chunks read ahead are kept aside: the page still shows only what it asked for.
    expect(screen.getByText('1 on screen')).toBeInTheDocument();
  });

  it('reads the rest after ten seconds when the learner has not answered', async () => {
    render(<Practice answered={false} />);
    await until('1 on screen');
    await pass(9_000);
    expect(chunksRequested()).toBe(1);
    await pass(4_000);
    expect(chunksRequested()).toBe(chunks.length);
  });
});
