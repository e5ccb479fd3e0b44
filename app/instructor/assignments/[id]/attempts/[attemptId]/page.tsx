import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatDuration, formatMarks } from '@/components/instructor/format';
import { AnsweredItems } from '@/components/quiz/AnsweredItems';
import { ownedAssignment } from '@/server/assignments/service';
import { getDb } from '@/server/db';
import { rowIdSchema } from '@/server/http/params';
import { requireSession } from '@/server/pages';
import { studentAttempt } from '@/server/results/service';

export const metadata: Metadata = { title: 'Student answers' };

type Props = { params: Promise<{ id: string; attemptId: string }> };

/** One student's attempt, item by item, with the key and explanation beside each answer. */
export default async function AttemptPage({ params }: Props) {
  const { id, attemptId } = await params;
  const session = await requireSession(`/instructor/assignments/${id}/attempts/${attemptId}`);
  if (!rowIdSchema.safeParse(id).success || !rowIdSchema.safeParse(attemptId).success) notFound();
  const db = await getDb();
  const assignment = await ownedAssignment(db, session.instructor.id, id);
  const view = assignment && (await studentAttempt(db, assignment, attemptId));
  if (!view) notFound();
  const { attempt } = view;

  return (
    <>
      <p className="breadcrumbs">
        <Link href="/instructor">Your assignments</Link> ›{' '}
        <Link href={`/instructor/assignments/${view.assignment.id}`}>{view.assignment.title}</Link>
      </p>
      <h1>{attempt.displayName}</h1>
      <h2>Attempt {attempt.number}</h2>
      <p>
        {attempt.submitted ? 'submitted' : 'in progress'} · score {formatMarks(attempt.earned)} /{' '}
        {formatMarks(attempt.max)} · time {formatDuration(attempt.durationMs)}
      </p>
      <h3>Answers in the order the student saw them</h3>
      <AnsweredItems
        entries={view.entries.map(({ item, answer }) => ({ item, revealed: item, answer }))}
        certaintyBased={view.assignment.certaintyBased}
      />
    </>
  );
}
