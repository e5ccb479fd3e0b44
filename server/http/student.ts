import type { NextResponse } from 'next/server';
import { loadAssignment } from '../assignments/load';
import type { Assignment } from '../assignments/codec';
import type { Db } from '../db/connect';
import type { ApiRequest } from './api-request';
import { getDb } from '../db';
import { participantCookie } from './cookies';
import { crossSiteRefusal } from './origin';
import { joinCodeSchema } from './params';
import { problem, type ErrorBody } from './responses';

export const UNKNOWN_CODE = 'No assignment has that code. Check it with your instructor.';

type Found =
  | { ok: true; db: Db; assignment: Assignment; participantToken: string | undefined }
  | { ok: false; response: NextResponse<ErrorBody> };

/** The assignment a code names, as typed or linked; undefined for anything that is not one. */
export async function assignmentByCode(db: Db, rawCode: string): Promise<Assignment | undefined> {
  const code = joinCodeSchema.safeParse(rawCode);
  return code.success ? loadAssignment(db, { joinCode: code.data }) : undefined;
}

/** The assignment a student route names by code, and the student's token for it. */
export async function studentContext(
  request: Pick<ApiRequest, 'url' | 'headers' | 'cookies'>,
  rawCode: string,
  { changesState }: { changesState: boolean },
): Promise<Found> {
  const refused = changesState ? crossSiteRefusal(request) : undefined;
  if (refused) return { ok: false, response: refused };
  const db = await getDb();
  const assignment = await assignmentByCode(db, rawCode);
  if (!assignment) return { ok: false, response: problem(404, UNKNOWN_CODE) };
  const token = request.cookies.get(participantCookie(assignment.id))?.value;
  return {
    ok: true,
    db,
    assignment,
    participantToken: token && token.length <= 100 ? token : undefined,
  };
}
