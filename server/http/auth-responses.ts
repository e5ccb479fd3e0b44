import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_MS, type SignedIn } from '../auth/service';
import { SESSION_COOKIE, setSecureCookie } from './cookies';

/** The JSON a successful sign-in or sign-up answers with, and the session cookie. */
export function signedInResponse(
  request: NextRequest,
  signedIn: SignedIn,
  status = 200,
): NextResponse {
  const response = NextResponse.json(
    { instructor: signedIn.instructor, csrfToken: signedIn.csrfToken },
    { status },
  );
  setSecureCookie(request, response, SESSION_COOKIE, signedIn.sessionToken, {
    maxAgeSeconds: SESSION_MS / 1000,
  });
  return response;
}
