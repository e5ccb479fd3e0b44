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

/** The signed-in instructor and the item named in the path, if they may read it. */
async function itemOfRequest(request: NextRequest, context: Context, changesState: boolean) {
  const guard = await requireInstructor(request, { changesState });
  if (!guard.ok) return guard;
  const id = parseParams(ownItemIdSchema, (await context.params).id, NOT_FOUND);
  if (!id.ok) return id;
  const me = guard.session.instructor.id;
  const found = await readableItem(guard.db, me, id.data);
  if (!found) return { ok: false as const, response: problem(404, NOT_FOUND) };
  return { ok: true as const, db: guard.db, me, found };
}

export async function GET(request: NextRequest, context: Context) {
  const asked = await itemOfRequest(request, context, false);
  if (!asked.ok) return asked.response;
  const { db, me, found } = asked;
  const { ownerId: _owner, ...item } = found.item;
  return NextResponse.json({
    item,
    access: found.access,
    uses: found.access === 'owner' ? await usesOf(db, me, found.item.id) : undefined,
  });
}

export async function PUT(request: NextRequest, context: Context) {
  const asked = await itemOfRequest(request, context, true);
  if (!asked.ok) return asked.response;
  const { db, me, found } = asked;
  if (found.access !== 'owner') return problem(403, READ_ONLY);
  const body = await parseJsonBody(request, saveRequestSchema, ITEM_BODY_BYTES);
  if (!body.ok) return body.response;
  const result = await saveItem(
    db,
    me,
    { id: found.item.id, body: body.data.scenario, status: body.data.status },
    getAssessmentBank(),
    Date.now(),
  );
  if (!result.ok) return problem(result.status, result.reason, { checks: result.issues ?? [] });
  return NextResponse.json({ item: result.item, checks: result.issues });
}

export async function DELETE(request: NextRequest, context: Context) {
  const asked = await itemOfRequest(request, context, true);
  if (!asked.ok) return asked.response;
  if (asked.found.access !== 'owner') return problem(403, READ_ONLY);
  await deleteItem(asked.db, asked.me, asked.found.item.id);
  return new NextResponse(null, { status: 204 });
}
