import { NextResponse, type NextRequest } from 'next/server';
import { getAssessmentBank } from '@/server/bank';
import { parseJsonBody } from '@/server/http/body';
import { requireInstructor } from '@/server/http/instructor';
import { problem } from '@/server/http/responses';
import { itemLists, saveItem } from '@/server/items/service';
import { saveRequestSchema, ITEM_BODY_BYTES } from '@/server/items/requests';

/** The instructor's own items and those shared with them. */
export async function GET(request: NextRequest) {
  const guard = await requireInstructor(request, { changesState: false });
  if (!guard.ok) return guard.response;
  return NextResponse.json(await itemLists(guard.db, guard.session.instructor.id));
}

export async function POST(request: NextRequest) {
  const guard = await requireInstructor(request, { changesState: true });
  if (!guard.ok) return guard.response;
  const body = await parseJsonBody(request, saveRequestSchema, ITEM_BODY_BYTES);
  if (!body.ok) return body.response;
  const result = await saveItem(
    guard.db,
    guard.session.instructor.id,
    { body: body.data.scenario, status: body.data.status },
    getAssessmentBank(),
    Date.now(),
  );
  if (!result.ok) return problem(result.status, result.reason, { checks: result.issues ?? [] });
  return NextResponse.json({ item: result.item, checks: result.issues }, { status: 201 });
}
