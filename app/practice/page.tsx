import type { Metadata } from 'next';
import { preload } from 'react-dom';
import { PracticeRunner } from '@/components/practice/PracticeRunner';
import { PRACTICE_BANK_URL } from '@/lib/practice/bank-data';
import { practiceBank } from '@/server/practice-bank';

export const metadata: Metadata = { title: 'Practice' };

export default function PracticePage() {
  // The index is fetched while the scripts load, not after they run: the first question waits
  // for it. crossOrigin "anonymous" is what a same-origin fetch() asks for, so it reuses this.
  preload(PRACTICE_BANK_URL, { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <>
      <h1 className="page-title-small">Practice</h1>
      <PracticeRunner frameworks={practiceBank().index.frameworks} />
    </>
  );
}
