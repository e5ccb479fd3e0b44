import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatDuration, formatMarks } from '@/components/instructor/format';
import { AnsweredItems } from '@/components/quiz/AnsweredItems';
import { itemsForAttempt } from '@/lib/assignments/attempt-items';
import { ownedAssignment } from '@/server/assignments/service';
import { getDb } from '@/server/db';
import { answersOfAttempt, findAttempt } from '@/server/db/repositories/attempts';
import { rowIdSchema } from '@/server/http/params';
import { requireSession } from '@/server/pages';
import { storedAnswerOf } from '@/server/attempts/stored';

export const metadata: Metadata = { title: 'Student answers' };

type Props = { params: Promise<{ id: string; attemptId: string }> };

/** One student's attempt, item by item, with the key and explanation beside each answer. */
export default async function AttemptPage({ params }: Props) {
  const { id, attemptId } = await params;
  const session = await requireSession(`/instructor/assignments/${id}/attempts/${attemptId}`);
  if (!rowIdSchema.safeParse(id).success || !rowIdSchema.safeParse(attemptId).success) notFound();
  const db = await getDb();
  const assignment = await ownedAssignment(db, session.instructor.id, id);
  const attempt = assignment && (await findAttempt(db, attemptId));
  // The attempt must belong to this instructor's assignment, not just exist.
  if (!assignment || !attempt || attempt.assignment_id !== assignment.id) notFound();
  const answers = new Map(
    (await answersOfAttempt(db, attempt.id)).map((row) => [row.item_id, storedAnswerOf(row)]),
  );
  const items = itemsForAttempt(assignment.items, assignment.settings, attempt.seed);
  const earned =
    attempt.earned ?? [...answers.values()].reduce((sum, a) => sum + a.score.earned, 0);

  return (
    <>
      <p className="breadcrumbs">
        <Link href="/instructor">Your assignments</Link> ›{' '}
        <Link href={`/instructor/assignments/${assignment.id}`}>{assignment.title}</Link>
      </p>
      <h1>{attempt.display_name}</h1>
      <h2>Attempt {attempt.number}</h2>
      <p>
        {attempt.submitted_at === null ? 'in progress' : 'handed in'} · score {formatMarks(earned)}{' '}
        / {formatMarks(attempt.max)} · time{' '}
        {formatDuration(
          (attempt.submitted_at ?? attempt.last_answer_at ?? attempt.started_at) -
            attempt.started_at,
        )}
      </p>
      <h3>Answers in the order the student saw them</h3>
      <AnsweredItems
        entries={items.map((item) => ({ item, revealed: item, answer: answers.get(item.id) }))}
        certaintyBased={assignment.settings.certaintyBased}
      />
    </>
  );
}
