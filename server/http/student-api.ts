/**
 * The student API a whole class calls at once — join, read the attempt, save an answer — for
 * both servers: the routes under app/api/ (Next.js) and the direct routes of `npm start`
 * (server/http/direct-routes.ts). Each reads an ApiRequest and gives a JsonReply on success.
 */
import { z } from 'zod';
import {
  answerRequestSchema,
  attemptView,
  displayNameSchema,
  joinAssignment,
  saveAnswer,
  type JoinFailure,
} from '../attempts/service';
import type { ApiRequest, ApiResult } from './api-request';
import { parseJsonBody } from './body';
import { PARTICIPANT_DAYS, participantCookie, secureCookieHeader } from './cookies';
import { problem } from './responses';
import { studentContext } from './student';

const joinSchema = z.strictObject({
  /** As typed, e.g. "k7qm 4p". */
  code: z.string().max(20),
  name: displayNameSchema,
});

const JOIN_REFUSALS: Record<JoinFailure, [number, string]> = {
  'not-open-yet': [409, 'This assignment is not open yet.'],
  'past-due': [409, 'This assignment is past its due date.'],
  closed: [409, 'This assignment is closed.'],
  'no-attempts-left': [409, 'You have used every attempt this assignment allows.'],
};

/** Joins (or resumes) an attempt and sets the student's cookie for the assignment. */
export async function join(request: ApiRequest): Promise<ApiResult> {
  const body = await parseJsonBody(request, joinSchema, 4096);
  if (!body.ok) return body.response;
  const found = await studentContext(request, body.data.code, { changesState: true });
  if (!found.ok) return found.response;
  const { db, assignment, participantToken } = found;
  const result = await joinAssignment(db, assignment, participantToken, body.data.name, Date.now());
  if (!result.ok) {
    const [status, message] = JOIN_REFUSALS[result.reason];
    return problem(status, message, { reason: result.reason });
  }
  return {
    status: result.resumed ? 200 : 201,
    json: { url: `/a/${assignment.joinCode}`, resumed: result.resumed },
    setCookies: [
      secureCookieHeader(request, participantCookie(result.assignmentId), result.participantToken, {
        maxAgeSeconds: PARTICIPANT_DAYS * 24 * 3600,
      }),
    ],
  };
}

/** The student's own attempt: answerless items unless feedback may be shown. */
export async function readAttempt(request: ApiRequest, code: string): Promise<ApiResult> {
  const found = await studentContext(request, code, { changesState: false });
  if (!found.ok) return found.response;
  const result = await attemptView(found.db, found.assignment, found.participantToken, Date.now());
  return result.ok
    ? { status: 200, json: result.view, setCookies: [] }
    : problem(404, 'Join the assignment first.');
}

const ANSWER_REFUSALS = {
  'no-attempt': 'Join the assignment first.',
  'attempt-closed': 'This attempt is closed: the answer was not saved.',
  'already-answered': 'You have already answered this question and seen its feedback.',
  'unknown-item': 'That question is not part of your attempt.',
} as const;

/** Saves one answer. Retrying the same answer is harmless (it is stored once). */
export async function answer(request: ApiRequest, code: string): Promise<ApiResult> {
  const found = await studentContext(request, code, { changesState: true });
  if (!found.ok) return found.response;
  const body = await parseJsonBody(request, answerRequestSchema, 16 * 1024);
  if (!body.ok) return body.response;
  const result = await saveAnswer(
    found.db,
    found.assignment,
    found.participantToken,
    body.data,
    Date.now(),
  );
  if (!result.ok) {
    const message =
      result.reason === 'incomplete' ? result.message : ANSWER_REFUSALS[result.reason];
    return problem(result.status, message, { reason: result.reason });
  }
  return {
    status: 200,
    json: {
      saved: true,
      revision: result.revision,
      ...(result.feedback ? { feedback: result.feedback } : {}),
    },
    setCookies: [],
  };
}
