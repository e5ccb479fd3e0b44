'use client';

import { useEffect, useState } from 'react';
import { PRACTICE_BANK_URL, type PracticeBank } from '@/lib/practice/bank-data';

export type BankState =
  { status: 'loading' } | { status: 'error' } | { status: 'ready'; bank: PracticeBank };

/** Fetches the practice bank (a static asset the service worker keeps for offline use). */
export function usePracticeBank(): BankState {
  const [state, setState] = useState<BankState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const response = await fetch(PRACTICE_BANK_URL);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const raw: unknown = await response.json();
        const { readPracticeBank } = await import('@/lib/practice/bank-schema');
        const bank = readPracticeBank(raw);
        if (!cancelled)
          setState(bank.ok ? { status: 'ready', bank: bank.value } : { status: 'error' });
      } catch {
        if (!cancelled) setState({ status: 'error' });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  // On a first visit the bank was fetched before the service worker took control; fetch it
  // once more through the worker so that practice works offline from now on.
  useEffect(() => {
    if (!('serviceWorker' in navigator) || navigator.serviceWorker.controller) return;
    const warm = () => void fetch(PRACTICE_BANK_URL).catch(() => undefined);
    navigator.serviceWorker.addEventListener('controllerchange', warm, { once: true });
    return () => navigator.serviceWorker.removeEventListener('controllerchange', warm);
  }, []);
  return state;
}
