import type { Metadata } from 'next';
import Link from 'next/link';
import { SignOutButton } from '@/components/instructor/SignOutButton';
import styles from '@/components/instructor/instructor.module.css';
import { formatUtc, stateLabel } from '@/lib/assignments/describe';
import { assignmentState } from '@/lib/assignments/status';
import { assignmentsOf } from '@/server/assignments/service';
import { getDb } from '@/server/db';
import { requestTime, requireSession } from '@/server/pages';

export const metadata: Metadata = { title: 'Your assignments' };

export default async function InstructorHome() {
  const session = await requireSession('/instructor');
  const assignments = await assignmentsOf(await getDb(), session.instructor.id);
  const now = requestTime();
  return (
    <>
      <h1>Your assignments</h1>
      <div className="button-row">
        <Link className="button" href="/instructor/assignments/new">
          New assignment
        </Link>
        <Link className="button button-secondary" href="/instructor/items">
          My items
        </Link>
        <Link className="button button-secondary" href="/instructor/lti">
          Use it from your LMS
        </Link>
      </div>
      {assignments.length === 0 ? (
        <p>
          No assignments yet. Make one from a curated set, from filters, or by picking questions,
          then give your class its code.
        </p>
      ) : (
        <ul className={styles.list}>
          {assignments.map((a) => (
            <li key={a.id} className="card">
              <Link className={styles.assignmentLink} href={`/instructor/assignments/${a.id}`}>
                {a.title}
              </Link>
              <p className={styles.meta}>
                <span>
                  {stateLabel(
                    assignmentState({ closedAt: a.closed_at, settings: a.settings }, now),
                  )}
                </span>
                <span>Code {a.join_code}</span>
                <span>{a.item_count} questions</span>
                <span>
                  {a.submitted} submitted of {a.attempts} started
                </span>
                <span>Made {formatUtc(a.created_at)}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.account}>
        <p className="muted">
          Signed in as {session.instructor.name} ({session.instructor.email}).
        </p>
        <SignOutButton csrfToken={session.csrfToken} />
      </div>
    </>
  );
}
