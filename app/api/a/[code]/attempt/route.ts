import { NextResponse, type NextRequest } from 'next/server';
import { attemptView } from '@/server/attempts/service';
import { problem } from '@/server/http/responses';
import { studentContext } from '@/server/http/student';

type Context = { params: Promise<{ code: string }> };

/** The student's own attempt: answerless items unless feedback may be shown. */
export async function GET(request: NextRequest, context: Context) {
  const found = await studentContext(request, (await context.params).code, {
    changesState: false,
  });
  if (!found.ok) return found.response;
  const result = await attemptView(found.db, found.assignment, found.participantToken, Date.now());
  return result.ok
    ? NextResponse.json(result.view, { headers: { 'Cache-Control': 'no-store' } })
    : problem(404, 'Join the assignment first.');
}
