import { NextResponse, type NextRequest } from 'next/server';
import { newAssignmentSchema } from '@/lib/assignments/settings';
import { assignmentsOf, createAssignment } from '@/server/assignments/service';
import { getAssessmentBank } from '@/server/bank';
import { parseJsonBody } from '@/server/http/body';
import { requireInstructor } from '@/server/http/instructor';
import { problem } from '@/server/http/responses';
import { recordUses, usableOwnItems, withOwnItems } from '@/server/items/service';

export async function GET(request: NextRequest) {
  const guard = await requireInstructor(request, { changesState: false });
  if (!guard.ok) return guard.response;
  return NextResponse.json({
    assignments: await assignmentsOf(guard.db, guard.session.instructor.id),
  });
}

export async function POST(request: NextRequest) {
  const guard = await requireInstructor(request, { changesState: true });
  if (!guard.ok) return guard.response;
  const body = await parseJsonBody(request, newAssignmentSchema);
  if (!body.ok) return body.response;
  const me = guard.session.instructor.id;
  const bank = getAssessmentBank();
  const own = await usableOwnItems(guard.db, me, bank);
  const result = await createAssignment(
    guard.db,
    me,
    body.data,
    withOwnItems(bank, own),
    Date.now(),
  );
  if (!result.ok) return problem(400, `Cannot make that assignment: ${result.reason}.`);
  await recordUses(guard.db, result.assignment.id, result.assignment.items, own.versions);
  const { id, joinCode, title, items } = result.assignment;
  return NextResponse.json({ id, joinCode, title, itemCount: items.length }, { status: 201 });
}
