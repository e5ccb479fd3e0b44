import type { QueueStatus } from './useAnswerQueue';
import styles from './student.module.css';

/** Always on screen while answering: the student can trust that nothing is lost. */
export function SaveStatus({ status }: { status: QueueStatus }) {
  const text =
    status.state === 'saved'
      ? '✓ All answers saved'
      : status.state === 'saving'
        ? `Saving… (${status.waiting})`
        : `Offline, will retry (${status.waiting} waiting)`;
  return (
    <p className={styles.saveStatus} data-state={status.state} role="status">
      {text}
    </p>
  );
}
