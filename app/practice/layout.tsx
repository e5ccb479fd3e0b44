import type { ReactNode } from 'react';
import { PracticeStoreProvider } from '@/stores/practice-store-provider';

export default function PracticeLayout({ children }: { children: ReactNode }) {
  return <PracticeStoreProvider>{children}</PracticeStoreProvider>;
}
