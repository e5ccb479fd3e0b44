/** The sign-in and sign-up pages: the same words and checks around the form's two modes. */
import { redirect } from 'next/navigation';
import { AuthForm } from '@/components/instructor/AuthForm';
import { safeNextPath } from '@/server/http/next-path';
import { currentSession } from '@/server/pages';

export type AuthPageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const AUTH_TITLE = { 'sign-in': 'Sign in', 'sign-up': 'Create an instructor account' };

export async function AuthPage({
  mode,
  searchParams,
}: AuthPageProps & { mode: 'sign-in' | 'sign-up' }) {
  const next = safeNextPath((await searchParams).next);
  // Already signed in: straight on to where the form would have led.
  if (await currentSession()) redirect(next);
  return (
    <>
      <h1>{AUTH_TITLE[mode]}</h1>
      <p className="muted">
        Instructors hand sets of questions to a class and see every answer. Students need no
        account: they join with a code.
      </p>
      <AuthForm mode={mode} next={next} />
    </>
  );
}
