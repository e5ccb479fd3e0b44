import { NextResponse, type NextRequest } from 'next/server';
import { getAssessmentBank } from '@/server/bank';
import { parseJsonBody, parseParams } from '@/server/http/body';
import { requireInstructor } from '@/server/http/instructor';
import { ownItemIdSchema } from '@/server/http/params';
import { problem } from '@/server/http/responses';
import { ITEM_BODY_BYTES, saveRequestSchema } from '@/server/items/requests';
import { deleteItem, readableItem, saveItem, usesOf } from '@/server/items/service';

type Context = { params: Promise<{ id: string }> };

const NOT_FOUND = 'There is no such item among yours or those shared with you.';
const READ_ONLY = 'This item is shared with you to use and duplicate, not to change.';

export async function GET(request: NextRequest, context: Context) {
  const guard = await requireInstructor(request, { changesState: false });
  if (!guard.ok) return guard.response;
  const id = parseParams(ownItemIdSchema, (await context.params).id, NOT_FOUND);
  if (!id.ok) return id.response;
  const me = guard.session.instructor.id;
  const found = await readableItem(guard.db, me, id.data);
  if (!found) return problem(404, NOT_FOUND);
  const { ownerId: _owner, ...item } = found.item;
  return NextResponse.json({
    item,
    access: found.access,
    uses: found.access === 'owner' ? await usesOf(guard.db, me, id.data) : undefined,
  });
}

export async function PUT(request: NextRequest, context: Context) {
  const guard = await requireInstructor(request, { changesState: true });
  if (!guard.ok) return guard.response;
  const id = parseParams(ownItemIdSchema, (await context.params).id, NOT_FOUND);
  if (!id.ok) return id.response;
  const me = guard.session.instructor.id;
  const found = await readableItem(guard.db, me, id.data);
  if (!found) return problem(404, NOT_FOUND);
  if (found.access !== 'owner') return problem(403, READ_ONLY);
  const body = await parseJsonBody(request, saveRequestSchema, ITEM_BODY_BYTES);
  if (!body.ok) return body.response;
  const result = await saveItem(
    guard.db,
    me,
    { id: id.data, body: body.data.scenario, status: body.data.status },
    getAssessmentBank(),
    Date.now(),
  );
  if (!result.ok) return problem(result.status, result.reason, { checks: result.issues ?? [] });
  return NextResponse.json({ item: result.item, checks: result.issues });
}

export async function DELETE(request: NextRequest, context: Context) {
  const guard = await requireInstructor(request, { changesState: true });
  if (!guard.ok) return guard.response;
  const id = parseParams(ownItemIdSchema, (await context.params).id, NOT_FOUND);
  if (!id.ok) return id.response;
  const me = guard.session.instructor.id;
  const found = await readableItem(guard.db, me, id.data);
  if (!found) return problem(404, NOT_FOUND);
  if (found.access !== 'owner') return problem(403, READ_ONLY);
  await deleteItem(guard.db, me, id.data);
  return new NextResponse(null, { status: 204 });
}
