import { NextResponse, type NextRequest } from 'next/server';
import { requireInstructor } from '@/server/http/instructor';
import { rowIdSchema } from '@/server/http/params';
import { problem } from '@/server/http/responses';
import { deletePlatform } from '@/server/lti/platforms';

type Context = { params: Promise<{ id: string }> };

/** Forgets an LMS: its links stop launching, and grades still owed to it are dropped. */
export async function DELETE(request: NextRequest, { params }: Context) {
  const guard = await requireInstructor(request, { changesState: true });
  if (!guard.ok) return guard.response;
  const id = rowIdSchema.safeParse((await params).id);
  const deleted =
    id.success && (await deletePlatform(guard.db, guard.session.instructor.id, id.data));
  return deleted
    ? new NextResponse(null, { status: 204 })
    : problem(404, 'No such LMS among yours.');
}
