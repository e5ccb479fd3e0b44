import { NextResponse, type NextRequest } from 'next/server';
import { getAssessmentBank } from '@/server/bank';
import { parseParams } from '@/server/http/body';
import { requireInstructor } from '@/server/http/instructor';
import { ownItemIdSchema } from '@/server/http/params';
import { problem } from '@/server/http/responses';
import { duplicateItem } from '@/server/items/service';

type Context = { params: Promise<{ id: string }> };

const NOT_FOUND = 'There is no such item among yours or those shared with you.';

/** A copy of an own or shared item, owned by the instructor asking. */
export async function POST(request: NextRequest, context: Context) {
  const guard = await requireInstructor(request, { changesState: true });
  if (!guard.ok) return guard.response;
  const id = parseParams(ownItemIdSchema, (await context.params).id, NOT_FOUND);
  if (!id.ok) return id.response;
  const result = await duplicateItem(
    guard.db,
    guard.session.instructor.id,
    id.data,
    getAssessmentBank(),
    Date.now(),
  );
  if (!result.ok) return problem(result.status, result.reason);
  return NextResponse.json({ item: result.item }, { status: 201 });
}
