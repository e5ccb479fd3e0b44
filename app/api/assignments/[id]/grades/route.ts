import { NextResponse, type NextRequest } from 'next/server';
import { ownedAssignment } from '@/server/assignments/service';
import { requireInstructor } from '@/server/http/instructor';
import { rowIdSchema } from '@/server/http/params';
import { problem } from '@/server/http/responses';
import { retryFailedGrades, sendDueGrades } from '@/server/lti/grades';

type Context = { params: Promise<{ id: string }> };

/** Sends the grades an LMS refused once more (after its administrator fixed the cause). */
export async function POST(request: NextRequest, { params }: Context) {
  const guard = await requireInstructor(request, { changesState: true });
  if (!guard.ok) return guard.response;
  const id = rowIdSchema.safeParse((await params).id);
  const assignment = id.success
    ? await ownedAssignment(guard.db, guard.session.instructor.id, id.data)
    : undefined;
  if (!assignment) return problem(404, 'No such assignment.');
  const now = Date.now();
  const queued = await retryFailedGrades(guard.db, assignment.id, now);
  const report = await sendDueGrades(guard.db, now);
  return NextResponse.json({ queued, ...report });
}
