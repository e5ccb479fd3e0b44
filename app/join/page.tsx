import type { Metadata } from 'next';
import { JoinCodeForm } from '@/components/student/JoinCodeForm';

export const metadata: Metadata = { title: 'Join a class assignment' };

export default function JoinPage() {
  return (
    <>
      <h1>Join a class assignment</h1>
      <p>Type the code your instructor gave you.</p>
      <JoinCodeForm />
    </>
  );
}
