'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createPracticeStore, type PracticeStore, type PracticeStoreApi } from './practice-store';

const PracticeStoreContext = createContext<PracticeStoreApi | undefined>(undefined);

export function PracticeStoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => createPracticeStore());
  useEffect(() => {
    void Promise.resolve(store.persist.rehydrate()).then(() => store.setState({ hydrated: true }));
  }, [store]);
  return <PracticeStoreContext.Provider value={store}>{children}</PracticeStoreContext.Provider>;
}

export function usePracticeStore<T>(selector: (state: PracticeStore) => T): T {
  const store = useContext(PracticeStoreContext);
  if (!store) throw new Error('usePracticeStore must be used inside <PracticeStoreProvider>');
  return useStore(store, selector);
}
