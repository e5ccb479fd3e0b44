import type { NextRequest, NextResponse } from 'next/server';
import { sessionOf, type CurrentSession } from '../auth/service';
import { sameSecret } from '../auth/tokens';
import type { Db } from '../db/connect';
import { getDb } from '../db';
import { SESSION_COOKIE } from './cookies';
import { crossSiteRefusal } from './origin';
import { problem, type ErrorBody } from './responses';

export const CSRF_HEADER = 'x-csrf-token';

type Guarded =
  { ok: true; db: Db; session: CurrentSession } | { ok: false; response: NextResponse<ErrorBody> };

/**
 * The signed-in instructor of a request. State-changing requests must also come from our own
 * origin and carry the session's CSRF token in a header (a cross-site form cannot set one).
 */
export async function requireInstructor(
  request: NextRequest,
  { changesState }: { changesState: boolean },
): Promise<Guarded> {
  const refused = changesState ? crossSiteRefusal(request) : undefined;
  if (refused) return { ok: false, response: refused };
  const db = await getDb();
  const session = await sessionOf(db, request.cookies.get(SESSION_COOKIE)?.value, Date.now());
  if (!session) return { ok: false, response: problem(401, 'Sign in first.') };
  if (changesState) {
    const sent = request.headers.get(CSRF_HEADER) ?? '';
    if (!sameSecret(sent, session.csrfToken)) {
      return {
        ok: false,
        response: problem(403, 'Missing or wrong CSRF token: reload the page and try again.'),
      };
    }
  }
  return { ok: true, db, session };
}
