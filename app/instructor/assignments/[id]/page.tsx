import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import QRCode from 'qrcode';
import { AssignmentActions } from '@/components/instructor/AssignmentActions';
import { LiveRefresh } from '@/components/instructor/LiveRefresh';
import { ResultsTable } from '@/components/instructor/ResultsTable';
import styles from '@/components/instructor/instructor.module.css';
import { settingsLines, stateLabel } from '@/lib/assignments/describe';
import { assignmentState } from '@/lib/assignments/status';
import { ownedAssignment } from '@/server/assignments/service';
import { getBank } from '@/server/bank';
import { getDb } from '@/server/db';
import { originFromHeaders } from '@/server/http/origin';
import { rowIdSchema } from '@/server/http/params';
import { requestTime, requireSession } from '@/server/pages';
import { gradeStatuses, hasLmsLinks } from '@/server/lti/grades';
import { notStarted } from '@/server/lti/roster';
import { loadResults } from '@/server/results/service';
import { GradebookStatus } from '@/components/instructor/lti/GradebookStatus';

export const metadata: Metadata = { title: 'Assignment' };

type Props = { params: Promise<{ id: string }> };

export default async function AssignmentPage({ params }: Props) {
  const { id } = await params;
  const session = await requireSession(`/instructor/assignments/${id}`);
  if (!rowIdSchema.safeParse(id).success) notFound();
  const db = await getDb();
  const assignment = await ownedAssignment(db, session.instructor.id, id);
  if (!assignment) notFound();
  const now = requestTime();
  const results = await loadResults(db, assignment, getBank().frameworks, now);
  const joinUrl = `${originFromHeaders(await headers())}/a/${assignment.joinCode}`;
  // Made here, from our own URL: no third-party QR service sees the class's link.
  const qrSvg = await QRCode.toString(joinUrl, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 1,
  });
  const state = assignmentState(assignment, now);
  const fromLms = await hasLmsLinks(db, assignment.id);
  const [grades, roster] = fromLms
    ? await Promise.all([gradeStatuses(db, assignment.id), notStarted(db, assignment.id, now)])
    : [[], { kind: 'none' as const }];

  return (
    <>
      <p className="breadcrumbs">
        <Link href="/instructor">Your assignments</Link>
      </p>
      <h1>{assignment.title}</h1>
      <p>
        <strong>{stateLabel(state)}</strong> · {assignment.items.length} questions
      </p>
      <ul className="tag-list" aria-label="Settings">
        {settingsLines(assignment.settings).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      <section className={`card ${styles.section} ${styles.share}`} aria-labelledby="share-title">
        <h2 id="share-title">Share with your class</h2>
        <div>
          <p className="muted">Join code</p>
          <p className={styles.code} data-testid="join-code">
            {assignment.joinCode}
          </p>
        </div>
        <p>
          Or the link: {/* An address may break anywhere: it is one long token, not a word. */}
          <a className={styles.linkText} href={joinUrl} data-layout-break-ok>
            {joinUrl}
          </a>
        </p>
        <div
          className={styles.qr}
          role="img"
          aria-label={`QR code for ${joinUrl}`}
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
        <p className="muted">
          Students open the link or type the code at /join, then give their name. No account needed.
        </p>
      </section>

      <section className={styles.section} aria-labelledby="manage-title">
        <h2 id="manage-title">Manage</h2>
        <AssignmentActions
          id={assignment.id}
          title={assignment.title}
          closed={assignment.closedAt !== null}
          csrfToken={session.csrfToken}
        />
      </section>

      <section className={styles.section} aria-labelledby="lms-title">
        <h2 id="lms-title">Take the questions into your LMS</h2>
        <p>
          <a href={`/api/assignments/${assignment.id}/interchange?format=moodle`} download>
            Moodle XML
          </a>
          {' · '}
          <a href={`/api/assignments/${assignment.id}/interchange?format=gift`} download>
            GIFT
          </a>
          {' · '}
          <a href={`/api/assignments/${assignment.id}/interchange?format=qti`} download>
            QTI 2.1 package
          </a>
        </p>
        <p className="muted">
          In Moodle: Question bank → Import, pick the format, tick “Get category from file”.
        </p>
      </section>

      {fromLms ? (
        <section className={styles.section} aria-labelledby="gradebook-title">
          <h2 id="gradebook-title">LMS gradebook</h2>
          <GradebookStatus
            assignmentId={assignment.id}
            csrfToken={session.csrfToken}
            grades={grades}
            roster={roster}
          />
        </section>
      ) : null}

      <section className={styles.section} aria-labelledby="results-title">
        <h2 id="results-title">Results</h2>
        {results.rows.length === 0 ? (
          <p>No student has joined yet.</p>
        ) : (
          <>
            <p>
              <Link href={`/instructor/assignments/${assignment.id}/analysis`}>
                Item analysis and confusion matrix
              </Link>
              {' · '}
              <a
                href={`/api/assignments/${assignment.id}/export?format=csv&rows=students`}
                download
              >
                CSV, one row per student
              </a>
              {' · '}
              <a href={`/api/assignments/${assignment.id}/export?format=csv&rows=answers`} download>
                CSV, one row per answer
              </a>
              {' · '}
              <a href={`/api/assignments/${assignment.id}/export?format=json`} download>
                JSON
              </a>
            </p>
            <LiveRefresh active={results.rows.some((row) => row.status === 'in-progress')} />
            <ResultsTable
              assignmentId={assignment.id}
              rows={results.rows}
              certaintyBased={assignment.settings.certaintyBased}
            />
          </>
        )}
      </section>
    </>
  );
}
