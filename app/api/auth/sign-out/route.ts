import { NextResponse, type NextRequest } from 'next/server';
import { signOut } from '@/server/auth/service';
import { clearCookie, SESSION_COOKIE } from '@/server/http/cookies';
import { requireInstructor } from '@/server/http/instructor';

export async function POST(request: NextRequest) {
  const guard = await requireInstructor(request, { changesState: true });
  if (!guard.ok) return guard.response;
  await signOut(guard.db, guard.session.sessionId);
  const response = NextResponse.json({ signedOut: true });
  clearCookie(request, response, SESSION_COOKIE);
  return response;
}
