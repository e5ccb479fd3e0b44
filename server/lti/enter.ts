/** The last step of a launch: the cookies of the person the LMS vouched for, and where they go. */
import { NextResponse, type NextRequest } from 'next/server';
import { loadAssignment } from '../assignments/load';
import { SESSION_MS, startSession } from '../auth/service';
import type { Db } from '../db/connect';
import { findInstructorById } from '../db/repositories/instructors';
import {
  PARTICIPANT_DAYS,
  participantCookie,
  SESSION_COOKIE,
  setSecureCookie,
} from '../http/cookies';
import { publicOrigin } from '../http/origin';
import { problemPage } from './html';
import { learnerToken, type Entry } from './launch';

export async function enter(
  db: Db,
  request: NextRequest,
  entry: Entry,
  now: number,
): Promise<Response> {
  if (entry.kind === 'learner') {
    const assignment = await loadAssignment(db, { id: entry.assignmentId });
    if (!assignment)
      return problemPage(404, 'The assignment behind this activity has been deleted.');
    const response = NextResponse.redirect(
      new URL(`/a/${assignment.joinCode}`, publicOrigin(request)),
      303,
    );
    setSecureCookie(
      request,
      response,
      participantCookie(assignment.id),
      learnerToken(assignment.secret, entry.platformId, entry.sub),
      { maxAgeSeconds: PARTICIPANT_DAYS * 24 * 3600 },
    );
    return response;
  }
  const row = await findInstructorById(db, entry.instructorId);
  if (!row) return problemPage(404, 'This Attaché account no longer exists.');
  const signedIn = await startSession(
    db,
    { id: row.id, email: row.email, name: row.display_name },
    now,
  );
  const response = NextResponse.redirect(new URL(entry.location, publicOrigin(request)), 303);
  setSecureCookie(request, response, SESSION_COOKIE, signedIn.sessionToken, {
    maxAgeSeconds: SESSION_MS / 1000,
  });
  return response;
}
