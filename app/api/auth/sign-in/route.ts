import type { NextRequest } from 'next/server';
import { signIn, signInSchema } from '@/server/auth/service';
import { getDb } from '@/server/db';
import { signedInResponse } from '@/server/http/auth-responses';
import { parseJsonBody } from '@/server/http/body';
import { clientIp, crossSiteRefusal } from '@/server/http/origin';
import { problem } from '@/server/http/responses';

export async function POST(request: NextRequest) {
  const refused = crossSiteRefusal(request);
  if (refused) return refused;
  const body = await parseJsonBody(request, signInSchema);
  if (!body.ok) return body.response;
  const result = await signIn(await getDb(), body.data, clientIp(request), Date.now());
  if (result.ok) return signedInResponse(request, result.signedIn);
  if (result.reason === 'rate-limited') {
    return problem(
      429,
      `Too many sign-ins for this account from here just now. Try again in ${result.retryAfterSeconds} seconds.`,
      { reason: 'rate-limited' },
      { 'Retry-After': String(result.retryAfterSeconds) },
    );
  }
  return problem(401, 'That e-mail address and password do not match an account.');
}
