'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { RESUME_COOKIE, serialiseResume } from '@/lib/quiz/resume-cookie';
import {
  createQuizStore,
  latestUnfinished,
  type QuizState,
  type QuizStore,
  type QuizStoreApi,
} from './quiz-store';

const QuizStoreContext = createContext<QuizStoreApi | undefined>(undefined);

export function QuizStoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => createQuizStore());
  useEffect(() => {
    void Promise.resolve(store.persist.rehydrate()).then(() => {
      store.setState({ hydrated: true });
      writeResumeCookie(store.getState().sessions);
    });
    return store.subscribe((state, previous) => {
      if (state.hydrated && state.sessions !== previous.sessions) writeResumeCookie(state.sessions);
    });
  }, [store]);
  return <QuizStoreContext.Provider value={store}>{children}</QuizStoreContext.Provider>;
}

export function useQuizStore<T>(selector: (state: QuizStore) => T): T {
  const store = useContext(QuizStoreContext);
  if (!store) throw new Error('useQuizStore must be used inside <QuizStoreProvider>');
  return useStore(store, selector);
}

/** Mirrors the latest unfinished quiz into a cookie, so the home page can offer it on first paint. */
function writeResumeCookie(sessions: QuizState['sessions']) {
  const latest = latestUnfinished(sessions);
  if (!latest) {
    document.cookie = `${RESUME_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
    return;
  }
  const [, session] = latest;
  const value = serialiseResume({
    href: `${session.href}&q=${session.current + 1}`,
    title: session.title.slice(0, 120),
    answered: Object.keys(session.answers).length,
    total: session.itemIds.length,
  });
  document.cookie = `${RESUME_COOKIE}=${value}; Path=/; Max-Age=${60 * 60 * 24 * 90}; SameSite=Lax`;
}
