import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { AttemptResults } from '@/components/student/AttemptResults';
import { AttemptRunner } from '@/components/student/AttemptRunner';
import { JoinForm } from '@/components/student/JoinForm';
import { formatUtc, settingsLines } from '@/lib/assignments/describe';
import { assignmentState } from '@/lib/assignments/status';
import { attemptView } from '@/server/attempts/service';
import { getDb } from '@/server/db';
import { participantCookie } from '@/server/http/cookies';
import { assignmentByCode } from '@/server/http/student';
import { requestTime } from '@/server/pages';

export const metadata: Metadata = { title: 'Assignment', robots: { index: false } };

type Props = { params: Promise<{ code: string }> };

/** A class assignment, by its join code: join with a name, answer, submit, see results. */
export default async function AssignmentForStudents({ params }: Props) {
  const db = await getDb();
  const assignment = await assignmentByCode(db, (await params).code);
  if (!assignment) notFound();
  const token = (await cookies()).get(participantCookie(assignment.id))?.value;
  const now = requestTime();
  const result = await attemptView(db, assignment, token, now);

  if (!result.ok) {
    const state = assignmentState(assignment, now);
    return (
      <>
        <h1>{assignment.title}</h1>
        <p>{assignment.items.length} questions.</p>
        <ul className="tag-list" aria-label="How this assignment works">
          {settingsLines(assignment.settings).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {state.state === 'open' ? (
          <JoinForm code={assignment.joinCode} />
        ) : (
          <p className="card">
            {state.state === 'closed'
              ? 'This assignment is closed.'
              : state.state === 'past-due'
                ? `This assignment was due ${formatUtc(state.dueAt)}.`
                : `This assignment opens ${formatUtc(state.opensAt)}.`}
          </p>
        )}
      </>
    );
  }

  const { view } = result;
  return (
    <>
      <h1 className="page-title-small">
        {view.assignment.title} · {view.attempt.displayName}
      </h1>
      {view.attempt.submittedAt === null ? (
        <AttemptRunner view={view} code={assignment.joinCode} />
      ) : (
        <AttemptResults view={view} code={assignment.joinCode} />
      )}
    </>
  );
}
