import { NextResponse } from 'next/server';
import { getDb } from '@/server/db';
import { publicJwks } from '@/server/lti/keys';

/** The tool's public keys: platforms check our client assertions and deep-linking answers with them. */
export async function GET() {
  const jwks = await publicJwks(await getDb(), Date.now());
  return NextResponse.json(jwks, { headers: { 'cache-control': 'public, max-age=300' } });
}
