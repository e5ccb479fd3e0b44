import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { displayNameSchema, joinAssignment, type JoinFailure } from '@/server/attempts/service';
import { parseJsonBody } from '@/server/http/body';
import { PARTICIPANT_DAYS, participantCookie, setSecureCookie } from '@/server/http/cookies';
import { problem } from '@/server/http/responses';
import { studentContext } from '@/server/http/student';

const joinSchema = z.strictObject({
  /** As typed, e.g. "k7qm 4p". */
  code: z.string().max(20),
  name: displayNameSchema,
});

const REFUSALS: Record<JoinFailure, [number, string]> = {
  'not-open-yet': [409, 'This assignment is not open yet.'],
  'past-due': [409, 'This assignment is past its due date.'],
  closed: [409, 'This assignment is closed.'],
  'no-attempts-left': [409, 'You have used every attempt this assignment allows.'],
};

export async function POST(request: NextRequest) {
  const body = await parseJsonBody(request, joinSchema, 4096);
  if (!body.ok) return body.response;
  const found = await studentContext(request, body.data.code, { changesState: true });
  if (!found.ok) return found.response;
  const { db, assignment, participantToken } = found;
  const result = await joinAssignment(db, assignment, participantToken, body.data.name, Date.now());
  if (!result.ok) {
    const [status, message] = REFUSALS[result.reason];
    return problem(status, message, { reason: result.reason });
  }
  const response = NextResponse.json(
    { url: `/a/${assignment.joinCode}`, resumed: result.resumed },
    { status: result.resumed ? 200 : 201 },
  );
  setSecureCookie(
    request,
    response,
    participantCookie(result.assignmentId),
    result.participantToken,
    {
      maxAgeSeconds: PARTICIPANT_DAYS * 24 * 3600,
    },
  );
  return response;
}
