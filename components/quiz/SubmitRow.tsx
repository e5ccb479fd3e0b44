import styles from './quiz.module.css';

/** The Check button, with the reason it cannot check yet (announced as an alert). */
export function SubmitRow({
  problem,
  label = 'Check answer',
}: {
  problem?: string;
  label?: string;
}) {
  return (
    <>
      {problem ? (
        <p className={styles.nudge} role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="button button-block">
        {label}
      </button>
    </>
  );
}
