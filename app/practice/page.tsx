import type { Metadata } from 'next';
import { PracticeRunner } from '@/components/practice/PracticeRunner';
import { savedPracticeScript } from '@/lib/practice/first-question';
import { firstPracticeQuestion, practiceBank } from '@/server/practice-bank';
import { PRACTICE_STORE_KEY } from '@/stores/practice-store-version';

export const metadata: Metadata = { title: 'Practice' };

export default function PracticePage() {
  return (
    <>
      <h1 className="page-title-small">Practice</h1>
      {/* Runs before the question below is parsed: a learner with saved progress never sees it. */}
      <script dangerouslySetInnerHTML={{ __html: savedPracticeScript(PRACTICE_STORE_KEY) }} />
      <PracticeRunner
        frameworks={practiceBank().index.frameworks}
        first={firstPracticeQuestion()}
      />
    </>
  );
}
