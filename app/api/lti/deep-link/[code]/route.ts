import type { NextRequest } from 'next/server';
import { sessionOf } from '@/server/auth/service';
import { sameSecret } from '@/server/auth/tokens';
import { getDb } from '@/server/db';
import { readFormAtMost } from '@/server/http/body';
import { SESSION_COOKIE } from '@/server/http/cookies';
import { isSameOrigin, publicOrigin } from '@/server/http/origin';
import { completeDeepLink, deepLinkChoiceSchema, drawCountSchema } from '@/server/lti/deep-link';
import { autoPostPage, problemPage } from '@/server/lti/html';
import { toolUrls } from '@/server/lti/platforms';

type Context = { params: Promise<{ code: string }> };

/**
 * The instructor's pick, posted by a plain form (the answer is a page that posts on to the LMS,
 * which a fetch could not do): same origin and the session's CSRF token in the form.
 */
export async function POST(request: NextRequest, { params }: Context) {
  if (!isSameOrigin(request)) return problemPage(403, 'Cross-site request refused.');
  const db = await getDb();
  const now = Date.now();
  const session = await sessionOf(db, request.cookies.get(SESSION_COOKIE)?.value, now);
  if (!session)
    return problemPage(401, 'Sign in first: open “Select content” from your LMS again.');
  const form = await readFormAtMost(request, 8 * 1024);
  if (!form || !sameSecret(form.get('csrf') ?? '', session.csrfToken))
    return problemPage(403, 'This form is out of date: reload the page and choose again.');
  const choice = deepLinkChoiceSchema.safeParse(form.get('choice'));
  if (!choice.success) return problemPage(400, 'Choose a set, a draw or an assignment.');
  const count = drawCountSchema.safeParse(form.get('count') ?? undefined);
  if (!count.success) return problemPage(400, 'A draw takes 5 to 40 questions.');
  const { code } = await params;
  const result = await completeDeepLink(
    db,
    {
      instructorId: session.instructor.id,
      code,
      choice: choice.data,
      count: count.data,
      urls: toolUrls(publicOrigin(request)),
    },
    now,
  );
  if (!result.ok) return problemPage(result.status, result.message);
  return autoPostPage(
    result.returnUrl,
    { JWT: result.jwt },
    `Adding “${result.title}” to your LMS…`,
  );
}
