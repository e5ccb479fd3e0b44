import type { Metadata } from 'next';
import { ProgressView } from '@/components/practice/ProgressView';

export const metadata: Metadata = { title: 'Your progress' };

export default function ProgressPage() {
  return (
    <>
      <h1>Your progress</h1>
      <ProgressView />
    </>
  );
}
