import type { NextRequest } from 'next/server';
import { getDb } from '@/server/db';
import { enter } from '@/server/lti/enter';
import { problemPage } from '@/server/lti/html';
import { readHandoff } from '@/server/lti/launch';

type Context = { params: Promise<{ code: string }> };

/** A framed launch goes on here, in a new window; the code works once, for five minutes. */
export async function GET(request: NextRequest, { params }: Context) {
  const { code } = await params;
  const db = await getDb();
  const now = Date.now();
  const handoff = await readHandoff(db, code, now, true);
  if (handoff?.kind !== 'entry')
    return problemPage(
      410,
      'This link has been used or has expired. Open the activity again from your LMS.',
    );
  return enter(db, request, handoff.entry, now);
}
