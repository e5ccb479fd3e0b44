import { NextResponse, type NextRequest } from 'next/server';
import { requireInstructor } from '@/server/http/instructor';
import { publicOrigin } from '@/server/http/origin';
import { newRegistrationToken, REGISTRATION_DAYS } from '@/server/lti/platforms';

/** A one-time LTI Dynamic Registration link for the signed-in instructor. */
export async function POST(request: NextRequest) {
  const guard = await requireInstructor(request, { changesState: true });
  if (!guard.ok) return guard.response;
  const token = await newRegistrationToken(guard.db, guard.session.instructor.id, Date.now());
  return NextResponse.json(
    { url: `${publicOrigin(request)}/lti/register?t=${token}`, days: REGISTRATION_DAYS },
    { status: 201 },
  );
}
