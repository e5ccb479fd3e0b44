import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/server/db';
import { readFormAtMost } from '@/server/http/body';
import { setSecureCookie } from '@/server/http/cookies';
import { publicOrigin } from '@/server/http/origin';
import { problemPage, storagePutPage } from '@/server/lti/html';
import { LTI_STATE_COOKIE, loginParamsSchema, startLogin } from '@/server/lti/launch';
import { toolUrls } from '@/server/lti/platforms';

/** OIDC third-party login initiation; LMSs use GET or a form POST. */
async function login(request: NextRequest, form: URLSearchParams) {
  const params = loginParamsSchema.safeParse(Object.fromEntries(form));
  if (!params.success)
    return problemPage(
      400,
      'The LMS’s login request is incomplete (iss, login_hint and target_link_uri are required).',
    );
  const result = await startLogin(
    await getDb(),
    params.data,
    toolUrls(publicOrigin(request)),
    Date.now(),
  );
  if (!result.ok) return problemPage(result.problem.status, result.problem.message);
  // With LTI client-side storage the state also goes to the LMS's frame, for a frame without cookies.
  const page = result.storage ? storagePutPage(result.storage, result.redirectTo) : undefined;
  const response = page
    ? new NextResponse(page.body, { status: page.status, headers: page.headers })
    : NextResponse.redirect(result.redirectTo, 302);
  setSecureCookie(request, response, LTI_STATE_COOKIE, result.state, {
    maxAgeSeconds: 600,
    path: '/lti/',
    crossSite: true,
  });
  return response;
}

export async function GET(request: NextRequest) {
  return login(request, request.nextUrl.searchParams);
}

export async function POST(request: NextRequest) {
  const form = await readFormAtMost(request, 64 * 1024);
  return form
    ? login(request, form)
    : problemPage(400, 'The LMS’s login request could not be read.');
}
