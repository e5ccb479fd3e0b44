import { NextResponse, type NextRequest } from 'next/server';
import { submitAttempt } from '@/server/attempts/service';
import { problem } from '@/server/http/responses';
import { studentContext } from '@/server/http/student';
import { gradesChanged } from '@/server/lti/grades';

type Context = { params: Promise<{ code: string }> };

export async function POST(request: NextRequest, context: Context) {
  const found = await studentContext(request, (await context.params).code, { changesState: true });
  if (!found.ok) return found.response;
  const result = await submitAttempt(
    found.db,
    found.assignment,
    found.participantToken,
    Date.now(),
  );
  if (result.ok) {
    // Not awaited: the student need not wait for an LMS; the grade sender retries what fails.
    void gradesChanged(found.db, found.assignment.id);
    return NextResponse.json({ submitted: true });
  }
  return result.reason === 'no-attempt'
    ? problem(404, 'Join the assignment first.')
    : problem(409, 'This attempt has already been submitted.');
}
