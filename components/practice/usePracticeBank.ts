'use client';

import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { bankReader } from './bank-reader';
import {
  PRACTICE_BANK_URL,
  practiceChunkUrl,
  type PracticeBankIndex,
  type PracticeItem,
} from '@/lib/practice/bank-data';

export type BankState =
  | { status: 'loading' }
  | { status: 'error' }
  | {
      status: 'ready';
      index: PracticeBankIndex;
      /** Items of the chunks fetched so far, by id. */
      items: ReadonlyMap<string, PracticeItem>;
      /** Fetches the chunk holding an item, unless it is here or on its way. */
      request: (itemId: string) => void;
      /** A chunk that could not be fetched (offline and never kept, say). */
      failed: boolean;
    };

type Loaded = { index: PracticeBankIndex; items: ReadonlyMap<string, PracticeItem> };

// The reader's worker starts with the page's code, before hydration, so that its scripts load
// while the page hydrates rather than after.
if (typeof window !== 'undefined') bankReader();

/** How long the first question has the device to itself when the learner has not answered. */
const READ_AHEAD_AFTER_MS = 10_000;
/**
 * The longest a background chunk waits for an idle moment: headless or busy pages seldom have
 * one, and the whole bank should be on the device (and offline) within seconds of an answer.
 */
const IDLE_WAIT_MS = 500;
/** How long reading ahead waits for a newly installed service worker to take control. */
const WORKER_WAIT_MS = 5_000;

/** Whether a service worker is there but does not control the page yet (a first visit). */
const workerNotInControl = () =>
  'serviceWorker' in navigator && !navigator.serviceWorker.controller;

/** Resolves when a service worker takes control of the page, or after `ms`. */
function controlTaken(workers: ServiceWorkerContainer, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const settle = () => {
      window.clearTimeout(timer);
      workers.removeEventListener('controllerchange', settle);
      resolve();
    };
    const timer = window.setTimeout(settle, ms);
    workers.addEventListener('controllerchange', settle);
  });
}

/**
 * On a first visit the index and the first chunk came before the service worker took control:
 * once it has (or a few seconds have passed), fetch them again through it, so that practice works
 * offline from now on. The chunks read after this go through the worker anyway.
 */
async function keepThroughWorker(read: ReadonlySet<number>): Promise<void> {
  const workers = navigator.serviceWorker;
  // No worker on its way (none registered, or blocked): nothing will keep them.
  const registration = await workers.getRegistration().catch(() => undefined);
  if (!registration) return;
  if (!workers.controller) await controlTaken(workers, WORKER_WAIT_MS);
  if (!workers.controller) return;
  try {
    await fetch(PRACTICE_BANK_URL);
    for (const chunk of read) await fetch(practiceChunkUrl(chunk));
  } catch {
    // Offline already: the chunks stay in this page only.
  }
}

/**
 * The practice bank: the small index first (enough to choose a question), then the chunk that
 * holds the chosen item, then, once the learner has answered (or after a few seconds), the other
 * chunks one at a time in idle moments, so the next questions are at hand and the service worker
 * keeps all of them for offline practice.
 * The page preloads the index; the reader (a Web Worker, ./bank-reader.ts) starts while it downloads.
 * A chunk read in the background is kept aside and shown to the page (one render) only when the
 * page asks for one of its items, so the idle reading never re-renders the question on screen.
 */
export function usePracticeBank({ answered }: { answered: boolean }): BankState {
  const [loaded, setLoaded] = useState<Loaded | 'error'>();
  const [failed, setFailed] = useState(false);
  const pending = useRef(new Set<number>());
  const done = useRef(new Set<number>());
  /** Every item read so far; `loaded.items` is the part of it the page has asked for. */
  const read = useRef(new Map<string, PracticeItem>());
  /** Chunks the page has asked for an item of. */
  const wanted = useRef(new Set<number>());
  /** The index was fetched before a service worker took control: it has not kept it. */
  const fetchedAroundWorker = useRef(false);
  /** Refetching what came before the worker took control, through it; then reading ahead. */
  const keeping = useRef<Promise<void>>(undefined);

  // What arrives is shown in a transition: React renders the question in slices, not in one
  // long task that would hold up a tap.
  const publish = useCallback(() => {
    startTransition(() =>
      setLoaded((previous) =>
        !previous || previous === 'error' || previous.items.size === read.current.size
          ? previous
          : { ...previous, items: new Map(read.current) },
      ),
    );
  }, []);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        fetchedAroundWorker.current = workerNotInControl();
        const response = await fetch(PRACTICE_BANK_URL);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const result = await bankReader().readIndex(await response.arrayBuffer());
        if (cancelled) return;
        if (!result.ok) return setLoaded('error');
        const { index, items } = result.value;
        // An older worker's copy of the whole bank brings every item with it.
        if (items) {
          for (let chunk = 0; chunk < index.chunks; chunk++) done.current.add(chunk);
          for (const item of items) read.current.set(item.id, item);
        }
        startTransition(() => setLoaded({ index, items: new Map(read.current) }));
      } catch {
        if (!cancelled) setLoaded('error');
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  const index = loaded && loaded !== 'error' ? loaded.index : undefined;

  const fetchChunk = useCallback(
    async (chunk: number): Promise<boolean> => {
      if (pending.current.has(chunk) || done.current.has(chunk)) return true;
      pending.current.add(chunk);
      try {
        const response = await fetch(practiceChunkUrl(chunk));
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const result = await bankReader().readChunk(await response.arrayBuffer(), chunk);
        if (!result.ok) throw new Error(result.error);
        done.current.add(chunk);
        for (const item of result.value.items) read.current.set(item.id, item);
        if (wanted.current.has(chunk)) publish();
        return true;
      } catch {
        if (wanted.current.has(chunk)) setFailed(true);
        return false;
      } finally {
        pending.current.delete(chunk);
      }
    },
    [publish],
  );

  const request = useCallback(
    (itemId: string) => {
      const entry = index?.entries.find((e) => e.id === itemId);
      if (!entry) return;
      wanted.current.add(entry.chunk);
      // Read in the background already: show it; otherwise fetch it (a no-op when on its way).
      if (done.current.has(entry.chunk)) publish();
      else void fetchChunk(entry.chunk);
    },
    [index, fetchChunk, publish],
  );

  // The rest of the bank, one chunk per idle moment, once the learner has answered or the first
  // question has been on screen a while: the first seconds on a slow phone belong to the first
  // question, not to reading twenty chunks nobody has asked for yet.
  const haveSome = loaded && loaded !== 'error' && loaded.items.size > 0;
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    if (!haveSome || waited) return;
    const timer = window.setTimeout(() => setWaited(true), READ_AHEAD_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [haveSome, waited]);
  const readingAhead = Boolean(index && haveSome && (answered || waited));
  useEffect(() => {
    if (!index || !readingAhead) return;
    let cancelled = false;
    let handle: number | undefined;
    const hasIdle = typeof window.requestIdleCallback === 'function';
    const idle = (next: () => void) =>
      hasIdle
        ? window.requestIdleCallback(next, { timeout: IDLE_WAIT_MS })
        : window.setTimeout(next, 200);
    const step = () => {
      if (cancelled) return;
      let chunk = 0;
      while (chunk < index.chunks && done.current.has(chunk)) chunk++;
      if (chunk >= index.chunks) return;
      void fetchChunk(chunk).then((ok) => {
        if (ok && !cancelled) handle = idle(step);
      });
    };
    // Once per page, even when the effect runs again (React's development double run).
    keeping.current ??= fetchedAroundWorker.current
      ? keepThroughWorker(done.current)
      : Promise.resolve();
    void keeping.current.then(() => {
      if (!cancelled) handle = idle(step);
    });
    return () => {
      cancelled = true;
      if (handle === undefined) return;
      if (hasIdle) window.cancelIdleCallback(handle);
      else window.clearTimeout(handle);
    };
  }, [index, readingAhead, fetchChunk]);

  if (loaded === undefined) return { status: 'loading' };
  if (loaded === 'error') return { status: 'error' };
  return { status: 'ready', index: loaded.index, items: loaded.items, request, failed };
}
