import type { Scored } from '@/lib/items/score';
import type { loadFeedback } from './load-feedback';
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

type FeedbackCode = Awaited<ReturnType<typeof loadFeedback>>;

/**
 * The feedback once its code (loaded ahead with useLoadedModule and ./load-feedback.ts) is here;
 * the verdict, and the way on, until then.
 */
export function LoadedFeedback({
  code,
  children,
  ...props
}: {
  code: FeedbackCode | 'failed' | undefined;
} & React.ComponentProps<FeedbackCode['ItemFeedback']>) {
  return code !== undefined && code !== 'failed' ? (
    <code.ItemFeedback {...props}>{children}</code.ItemFeedback>
  ) : (
    <FeedbackPending score={props.score} failed={code === 'failed'}>
      {children}
    </FeedbackPending>
  );
}
