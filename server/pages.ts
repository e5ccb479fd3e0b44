/** Helpers for Server Components: who is signed in, read from the request's cookies. */
import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { sessionOf, type CurrentSession } from './auth/service';
import { getDb } from './db';
import { SESSION_COOKIE } from './http/cookies';

export async function currentSession(): Promise<CurrentSession | undefined> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return sessionOf(await getDb(), token, Date.now());
}

/** The signed-in instructor, or a redirect to sign in (and back here afterwards). */
export async function requireSession(returnTo: string): Promise<CurrentSession> {
  const session = await currentSession();
  if (!session) redirect(`/instructor/sign-in?next=${encodeURIComponent(returnTo)}`);
  return session;
}

/**
 * The time of this request. A Server Component renders once per request, so reading the clock
 * is not the re-render hazard the purity lint rule guards against in client components.
 */
export function requestTime(): number {
  return Date.now();
}
