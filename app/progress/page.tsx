import type { Metadata } from 'next';
import { ProgressView } from '@/components/practice/ProgressView';
import { practiceBank } from '@/server/practice-bank';

export const metadata: Metadata = { title: 'Your progress' };

export default function ProgressPage() {
  // The frameworks travel with the page: progress fetches no part of the bank.
  return (
    <>
      <h1>Your progress</h1>
      <ProgressView frameworks={practiceBank().index.frameworks} />
    </>
  );
}
