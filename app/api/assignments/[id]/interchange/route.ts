import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { ownedAssignment } from '@/server/assignments/service';
import { getBank } from '@/server/bank';
import { INTERCHANGE_FORMATS, interchangeResponse } from '@/server/export/interchange';
import { parseParams } from '@/server/http/body';
import { requireInstructor } from '@/server/http/instructor';
import { rowIdSchema } from '@/server/http/params';
import { problem } from '@/server/http/responses';

type Context = { params: Promise<{ id: string }> };

const querySchema = z.strictObject({ format: z.enum(INTERCHANGE_FORMATS) });

/** The assignment's items (its snapshot, held-back cases included) for the owner's LMS. */
export async function GET(request: NextRequest, context: Context) {
  const guard = await requireInstructor(request, { changesState: false });
  if (!guard.ok) return guard.response;
  const id = parseParams(
    rowIdSchema,
    (await context.params).id,
    'There is no such assignment among yours.',
  );
  if (!id.ok) return id.response;
  const query = parseParams(querySchema, Object.fromEntries(request.nextUrl.searchParams));
  if (!query.ok) return query.response;
  const assignment = await ownedAssignment(guard.db, guard.session.instructor.id, id.data);
  if (!assignment) return problem(404, 'There is no such assignment among yours.');
  if (assignment.problem) return problem(409, assignment.problem);
  return interchangeResponse(
    assignment.items,
    getBank().frameworks,
    query.data.format,
    `attache-${assignment.joinCode}`,
  );
}
