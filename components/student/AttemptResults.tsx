import { formatUtc } from '@/lib/assignments/describe';
import type { AttemptView } from '@/lib/assignments/views';
import { AnsweredItems } from '../quiz/AnsweredItems';
import { JoinForm } from './JoinForm';
import styles from './student.module.css';

const ENDED: Record<string, string> = {
  student: 'You submitted this attempt',
  'time-limit': 'The time limit ended this attempt',
  due: 'The due date ended this attempt',
  closed: 'Your instructor closed the assignment',
};

/** A submitted attempt: the score and explanations once released, a promise of them before. */
export function AttemptResults({ view, code }: { view: AttemptView; code: string }) {
  const { attempt } = view;
  const answered = Object.keys(view.answers).length;
  const released = attempt.earned !== null;
  return (
    <section className={styles.results} aria-labelledby="results-title">
      <h2 id="results-title">Submitted</h2>
      <p>
        {ENDED[attempt.submittedReason ?? 'student']} on {formatUtc(attempt.submittedAt ?? 0)}.{' '}
        {answered} of {view.items.length} questions answered.
      </p>
      {released ? (
        <p className={styles.score}>
          Score:{' '}
          <strong>
            {Number(attempt.earned!.toFixed(2))} / {attempt.max}
          </strong>
        </p>
      ) : (
        <p className="card">
          Your answers are saved. Your score and the explanations appear on this page once the
          assignment closes: come back to this link on this device.
        </p>
      )}
      {released ? <h3>Your answers</h3> : null}
      {released ? (
        <AnsweredItems
          entries={view.items.map((item) => ({
            item,
            revealed: view.revealed[item.id],
            answer: view.answers[item.id],
          }))}
          certaintyBased={view.assignment.certaintyBased}
        />
      ) : null}
      {view.canRetry ? (
        <>
          <h2>Another attempt</h2>
          <p>
            You may try again (attempt {attempt.number + 1} of {view.assignment.maxAttempts}).
          </p>
          <JoinForm code={code} label="Start a new attempt" defaultName={attempt.displayName} />
        </>
      ) : null}
    </section>
  );
}
