import { NextResponse, type NextRequest } from 'next/server';
import { signUp, signUpSchema } from '@/server/auth/service';
import { getDb } from '@/server/db';
import { parseJsonBody } from '@/server/http/body';
import { clientIp, crossSiteRefusal } from '@/server/http/origin';
import { problem } from '@/server/http/responses';

/**
 * Creates an account unless the address has one, and answers the same either way (202, no
 * session): which addresses are registered is not for the asking. The page signs in next.
 */
export async function POST(request: NextRequest) {
  const refused = crossSiteRefusal(request);
  if (refused) return refused;
  const body = await parseJsonBody(request, signUpSchema);
  if (!body.ok) return body.response;
  const result = await signUp(await getDb(), body.data, clientIp(request), Date.now());
  if (!result.ok) {
    return problem(
      429,
      'Too many new accounts from here just now. Try again in a minute.',
      { reason: 'rate-limited' },
      { 'Retry-After': String(result.retryAfterSeconds) },
    );
  }
  return NextResponse.json({ accepted: true, next: '/api/auth/sign-in' }, { status: 202 });
}
