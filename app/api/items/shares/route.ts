import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { parseJsonBody } from '@/server/http/body';
import { requireInstructor } from '@/server/http/instructor';
import { rowIdSchema } from '@/server/http/params';
import { problem } from '@/server/http/responses';
import { sharesOf, shareWith, stopSharing } from '@/server/items/service';

export async function GET(request: NextRequest) {
  const guard = await requireInstructor(request, { changesState: false });
  if (!guard.ok) return guard.response;
  return NextResponse.json({ shares: await sharesOf(guard.db, guard.session.instructor.id) });
}

const addSchema = z.strictObject({ email: z.email().max(254) });

/** Shares all the instructor's ready items with a co-instructor who has an account. */
export async function POST(request: NextRequest) {
  const guard = await requireInstructor(request, { changesState: true });
  if (!guard.ok) return guard.response;
  const body = await parseJsonBody(request, addSchema);
  if (!body.ok) return body.response;
  const result = await shareWith(
    guard.db,
    guard.session.instructor.id,
    body.data.email,
    Date.now(),
  );
  if (!result.ok) return problem(400, result.reason);
  return NextResponse.json({ shares: await sharesOf(guard.db, guard.session.instructor.id) });
}

const removeSchema = z.strictObject({ instructorId: rowIdSchema });

export async function DELETE(request: NextRequest) {
  const guard = await requireInstructor(request, { changesState: true });
  if (!guard.ok) return guard.response;
  const body = await parseJsonBody(request, removeSchema);
  if (!body.ok) return body.response;
  await stopSharing(guard.db, guard.session.instructor.id, body.data.instructorId);
  return NextResponse.json({ shares: await sharesOf(guard.db, guard.session.instructor.id) });
}
