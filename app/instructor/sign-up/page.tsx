import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthForm } from '@/components/instructor/AuthForm';
import { safeNextPath } from '@/server/http/next-path';
import { currentSession } from '@/server/pages';

export const metadata: Metadata = { title: 'Create an instructor account' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next);
  if (await currentSession()) redirect(next);
  return (
    <>
      <h1>Create an instructor account</h1>
      <p className="muted">
        Instructors hand sets of questions to a class and see every answer. Students need no
        account: they join with a code.
      </p>
      <AuthForm mode="sign-up" next={next} />
    </>
  );
}
