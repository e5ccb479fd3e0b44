import type { Metadata } from 'next';
import { PracticeRunner } from '@/components/practice/PracticeRunner';
import { practiceBank } from '@/server/practice-bank';

export const metadata: Metadata = { title: 'Practice' };

export default function PracticePage() {
  return (
    <>
      <h1 className="page-title-small">Practice</h1>
      <PracticeRunner frameworks={practiceBank().index.frameworks} />
    </>
  );
}
