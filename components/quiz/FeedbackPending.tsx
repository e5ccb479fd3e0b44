import type { Scored } from '@/lib/items/score';
import styles from './quiz.module.css';
import { resultHeadline, resultTone } from './verdict';

/**
 * Stands in for the feedback while its code loads after the page (./load-feedback.ts), or when
 * it could not be fetched: the verdict, and whatever lets the learner go on.
 */
export function FeedbackPending({
  score,
  failed,
  children,
}: {
  score: Scored;
  failed: boolean;
  children?: React.ReactNode;
}) {
  return (
    <div className={styles.feedback} data-tone={resultTone(score)}>
      <p className={styles.verdict}>{resultHeadline(score)}</p>
      {failed ? (
        <p role="alert">
          The explanation could not be loaded. Check your connection and reload the page.
        </p>
      ) : (
        <p className="muted">Loading the explanation…</p>
      )}
      {children}
    </div>
  );
}
