import { formatUtc } from '@/lib/assignments/describe';
import type { GradeStatus } from '@/server/lti/grades';
import type { Roster } from '@/server/lti/roster';
import styles from './lti.module.css';
import { ResendGrades } from './ResendGrades';

const marks = (given: number | null, max: number | null) =>
  given === null || max === null ? '' : `${Math.round(given * 100) / 100} / ${max}`;

function describe(grade: GradeStatus): string {
  switch (grade.status) {
    case 'sent':
      return `Sent${grade.sentAt === null ? '' : ` ${formatUtc(grade.sentAt)}`}`;
    case 'pending':
      return grade.tries === 0
        ? 'Sending'
        : `Pending: try ${grade.tries + 1} soon (${grade.lastError ?? 'no answer'})`;
    case 'failed':
      return `Failed: ${grade.lastError ?? 'refused'}`;
    case 'not yet':
      return 'Not handed in yet';
  }
}

/** Where each LMS learner's score stands in the LMS's gradebook, and who has not started. */
export function GradebookStatus({
  assignmentId,
  csrfToken,
  grades,
  roster,
}: {
  assignmentId: string;
  csrfToken: string;
  grades: GradeStatus[];
  roster: Roster;
}) {
  return (
    <>
      {grades.length === 0 ? (
        <p>No student has opened it from the LMS yet.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Scores sent to the LMS gradebook</caption>
            <thead>
              <tr>
                <th scope="col">Student</th>
                <th scope="col">Score</th>
                <th scope="col">Gradebook</th>
              </tr>
            </thead>
            <tbody>
              {grades.map((grade) => (
                <tr key={grade.participantHash}>
                  <th scope="row">{grade.displayName}</th>
                  <td>{marks(grade.scoreGiven, grade.scoreMaximum)}</td>
                  <td className={styles.value}>{describe(grade)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {grades.some((g) => g.status === 'failed') ? (
        <ResendGrades assignmentId={assignmentId} csrfToken={csrfToken} />
      ) : null}
      {roster.kind === 'members' ? (
        roster.notStarted.length === 0 ? (
          <p className={styles.roster}>
            Every one of the course’s {roster.total} learners has started.
          </p>
        ) : (
          <>
            <h3 className={styles.roster}>
              Not started ({roster.notStarted.length} of {roster.total})
            </h3>
            <ul className={styles.value}>
              {roster.notStarted.map((name, index) => (
                <li key={`${name}-${index}`}>{name}</li>
              ))}
            </ul>
          </>
        )
      ) : roster.kind === 'unavailable' ? (
        <p className={`muted ${styles.roster}`}>
          The course roster could not be read: {roster.reason}.
        </p>
      ) : null}
    </>
  );
}
