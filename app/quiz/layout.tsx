import type { ReactNode } from 'react';
import { QuizStoreProvider } from '@/stores/quiz-store-provider';

/** Only the quiz needs the device store; other routes stay free of its code. */
export default function QuizLayout({ children }: { children: ReactNode }) {
  return <QuizStoreProvider>{children}</QuizStoreProvider>;
}
