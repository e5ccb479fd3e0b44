import { NextResponse, type NextRequest } from 'next/server';
import { answerRequestSchema, saveAnswer } from '@/server/attempts/service';
import { parseJsonBody } from '@/server/http/body';
import { problem } from '@/server/http/responses';
import { studentContext } from '@/server/http/student';

type Context = { params: Promise<{ code: string }> };

const MESSAGES = {
  'no-attempt': 'Join the assignment first.',
  'attempt-closed': 'This attempt is closed: the answer was not saved.',
  'already-answered': 'You have already answered this question and seen its feedback.',
  'unknown-item': 'That question is not part of your attempt.',
} as const;

/** Saves one answer. Retrying the same answer is harmless (it is stored once). */
export async function POST(request: NextRequest, context: Context) {
  const found = await studentContext(request, (await context.params).code, { changesState: true });
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
    const message = result.reason === 'incomplete' ? result.message : MESSAGES[result.reason];
    return problem(result.status, message, { reason: result.reason });
  }
  return NextResponse.json({
    saved: true,
    revision: result.revision,
    ...(result.feedback ? { feedback: result.feedback } : {}),
  });
}
