import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import {
  closeAssignment,
  deleteAssignment,
  duplicateAssignment,
  ownedAssignment,
  reopenAssignment,
} from '@/server/assignments/service';
import { parseJsonBody, parseParams } from '@/server/http/body';
import { requireInstructor } from '@/server/http/instructor';
import { rowIdSchema } from '@/server/http/params';
import { problem } from '@/server/http/responses';
import { gradesChanged } from '@/server/lti/grades';

type Context = { params: Promise<{ id: string }> };

const NOT_FOUND = 'There is no such assignment among yours.';

/** The assignment with its answer keys: for its owner only. */
export async function GET(request: NextRequest, context: Context) {
  const guard = await requireInstructor(request, { changesState: false });
  if (!guard.ok) return guard.response;
  const id = parseParams(rowIdSchema, (await context.params).id, NOT_FOUND);
  if (!id.ok) return id.response;
  const assignment = await ownedAssignment(guard.db, guard.session.instructor.id, id.data);
  if (!assignment) return problem(404, NOT_FOUND);
  // The secret keys the opaque ids students see; it stays on the server.
  const { secret: _secret, ...shown } = assignment;
  return NextResponse.json({ assignment: shown });
}

const actionSchema = z.strictObject({ action: z.enum(['close', 'reopen', 'duplicate']) });

export async function POST(request: NextRequest, context: Context) {
  const guard = await requireInstructor(request, { changesState: true });
  if (!guard.ok) return guard.response;
  const id = parseParams(rowIdSchema, (await context.params).id, NOT_FOUND);
  if (!id.ok) return id.response;
  const body = await parseJsonBody(request, actionSchema);
  if (!body.ok) return body.response;
  const instructorId = guard.session.instructor.id;
  const now = Date.now();
  switch (body.data.action) {
    case 'close':
      if (!(await closeAssignment(guard.db, instructorId, id.data, now)))
        return problem(404, NOT_FOUND);
      // Deferred feedback releases every score now: they go to the LMS without delaying this answer.
      void gradesChanged(guard.db, id.data);
      return NextResponse.json({ closed: true });
    case 'reopen':
      return (await reopenAssignment(guard.db, instructorId, id.data, now))
        ? NextResponse.json({ closed: false })
        : problem(404, NOT_FOUND);
    case 'duplicate': {
      const copy = await duplicateAssignment(guard.db, instructorId, id.data, now);
      return copy
        ? NextResponse.json({ id: copy.id, joinCode: copy.joinCode }, { status: 201 })
        : problem(404, NOT_FOUND);
    }
  }
}

export async function DELETE(request: NextRequest, context: Context) {
  const guard = await requireInstructor(request, { changesState: true });
  if (!guard.ok) return guard.response;
  const id = parseParams(rowIdSchema, (await context.params).id, NOT_FOUND);
  if (!id.ok) return id.response;
  return (await deleteAssignment(guard.db, guard.session.instructor.id, id.data))
    ? NextResponse.json({ deleted: true })
    : problem(404, NOT_FOUND);
}
