import type { NextRequest, NextResponse } from 'next/server';
import { findByCode } from '../attempts/service';
import type { Assignment } from '../assignments/codec';
import type { Db } from '../db/connect';
import { getDb } from '../db';
import { participantCookie } from './cookies';
import { isSameOrigin } from './origin';
import { joinCodeSchema } from './params';
import { problem, type ErrorBody } from './responses';

export const UNKNOWN_CODE = 'No assignment has that code. Check it with your instructor.';

type Found =
  | { ok: true; db: Db; assignment: Assignment; participantToken: string | undefined }
  | { ok: false; response: NextResponse<ErrorBody> };

/** The assignment a student route names by code, and the student's token for it. */
export async function studentContext(
  request: NextRequest,
  rawCode: string,
  { changesState }: { changesState: boolean },
): Promise<Found> {
  if (changesState && !isSameOrigin(request)) {
    return { ok: false, response: problem(403, 'Cross-site request refused.') };
  }
  const code = joinCodeSchema.safeParse(rawCode);
  if (!code.success) return { ok: false, response: problem(404, UNKNOWN_CODE) };
  const db = await getDb();
  const assignment = await findByCode(db, code.data);
  if (!assignment) return { ok: false, response: problem(404, UNKNOWN_CODE) };
  const token = request.cookies.get(participantCookie(assignment.id))?.value;
  return {
    ok: true,
    db,
    assignment,
    participantToken: token && token.length <= 100 ? token : undefined,
  };
}
