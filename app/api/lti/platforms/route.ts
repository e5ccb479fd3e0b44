import { NextResponse, type NextRequest } from 'next/server';
import { parseJsonBody } from '@/server/http/body';
import { requireInstructor } from '@/server/http/instructor';
import { problem } from '@/server/http/responses';
import { platformInputSchema, platformsOf, registerPlatform } from '@/server/lti/platforms';

export async function GET(request: NextRequest) {
  const guard = await requireInstructor(request, { changesState: false });
  if (!guard.ok) return guard.response;
  return NextResponse.json({ platforms: await platformsOf(guard.db, guard.session.instructor.id) });
}

/** Registers an LMS by hand, with the values its administrator copied from it. */
export async function POST(request: NextRequest) {
  const guard = await requireInstructor(request, { changesState: true });
  if (!guard.ok) return guard.response;
  const body = await parseJsonBody(request, platformInputSchema, 16 * 1024);
  if (!body.ok) return body.response;
  const result = await registerPlatform(
    guard.db,
    guard.session.instructor.id,
    body.data,
    Date.now(),
  );
  if (!result.ok) return problem(409, result.reason);
  return NextResponse.json({ platform: result.platform }, { status: 201 });
}
