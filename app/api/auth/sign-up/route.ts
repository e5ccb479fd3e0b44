import type { NextRequest } from 'next/server';
import { signUp, signUpSchema } from '@/server/auth/service';
import { getDb } from '@/server/db';
import { signedInResponse } from '@/server/http/auth-responses';
import { parseJsonBody } from '@/server/http/body';
import { crossSiteRefusal } from '@/server/http/origin';
import { problem } from '@/server/http/responses';

export async function POST(request: NextRequest) {
  const refused = crossSiteRefusal(request);
  if (refused) return refused;
  const body = await parseJsonBody(request, signUpSchema);
  if (!body.ok) return body.response;
  const result = await signUp(await getDb(), body.data, Date.now());
  if (!result.ok) return problem(409, 'An account with that e-mail address already exists.');
  return signedInResponse(request, result.signedIn, 201);
}
