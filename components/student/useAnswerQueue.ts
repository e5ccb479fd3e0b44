'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { LearnerResponse } from '@/lib/items/response';
import { callApi, type ApiResult } from '../api';
import type * as AckReader from './save-ack';
import type { SaveAck } from './save-ack';

let ackReader: Promise<typeof AckReader> | undefined;
/** The receipt's reader (zod) is fetched after the page; a failed fetch is tried again later. */
function loadAckReader(): Promise<typeof AckReader> {
  ackReader ??= import('./save-ack').catch((error: unknown) => {
    ackReader = undefined;
    throw error;
  });
  return ackReader;
}

/** Sends one answer; the reader not loading counts as being offline (retried with back-off). */
async function send(code: string, next: Pending): Promise<ApiResult<SaveAck>> {
  let reader: typeof AckReader;
  try {
    reader = await loadAckReader();
  } catch {
    return { ok: false, status: 0, error: 'No connection. Check your network.', offline: true };
  }
  return callApi(
    `/api/a/${code}/answers`,
    { body: { itemId: next.itemId, response: next.response } },
    reader.saveAckSchema,
  );
}

type Pending = {
  itemId: string;
  response: LearnerResponse;
  onSaved: (ack: SaveAck) => void;
  onRefused: (error: string) => void;
};

export type QueueStatus =
  { state: 'saved' } | { state: 'saving'; waiting: number } | { state: 'offline'; waiting: number };

const MAX_BACKOFF_MS = 10_000;

/**
 * Sends answers one at a time, in order, and keeps retrying through a lost connection:
 * the server stores each answer once however often it arrives, so retrying is always safe.
 * A newer answer to an item still waiting replaces the older one.
 */
export function useAnswerQueue(code: string) {
  const queue = useRef<Pending[]>([]);
  const running = useRef(false);
  const wake = useRef<(() => void) | undefined>(undefined);
  const [status, setStatus] = useState<QueueStatus>({ state: 'saved' });

  const run = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    let backoff = 1000;
    while (queue.current.length > 0) {
      const next = queue.current[0]!;
      setStatus({ state: 'saving', waiting: queue.current.length });
      const result = await send(code, next);
      if (result.ok) {
        queue.current.shift();
        next.onSaved(result.data);
        backoff = 1000;
      } else if (result.offline) {
        setStatus({ state: 'offline', waiting: queue.current.length });
        // Wait for the browser to report a connection, or for the back-off to pass.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, backoff);
          wake.current = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake.current = undefined;
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      } else {
        queue.current.shift();
        next.onRefused(result.error);
      }
    }
    running.current = false;
    setStatus({ state: 'saved' });
  }, [code]);

  useEffect(() => {
    // Fetched at once, so that answering without a connection later still has it.
    loadAckReader().catch(() => undefined);
    const online = () => wake.current?.();
    const leaving = (event: BeforeUnloadEvent) => {
      if (queue.current.length > 0) event.preventDefault();
    };
    window.addEventListener('online', online);
    window.addEventListener('beforeunload', leaving);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('beforeunload', leaving);
    };
  }, []);

  const enqueue = useCallback(
    (entry: Pending) => {
      // The head may be on the wire already; any later entry for the item can be replaced.
      const waiting = queue.current.findIndex((p, i) => i > 0 && p.itemId === entry.itemId);
      if (waiting === -1) queue.current.push(entry);
      else queue.current[waiting] = entry;
      // The bar counts what is really waiting, also while a retry sleeps.
      setStatus((s) => (s.state === 'saved' ? s : { ...s, waiting: queue.current.length }));
      void run();
    },
    [run],
  );

  const pending = () => queue.current.length;
  return { status, enqueue, pending };
}
