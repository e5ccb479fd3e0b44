import type { Certainty } from '@/lib/items/response';
import { CertaintyPicker } from './CertaintyPicker';
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

/** How a one-scenario question ends: "How sure are you?" when asked for, then Check. */
export function AnswerFooter({
  certaintyBased,
  certainty,
  locked,
  problem,
  submitLabel,
  onCertainty,
}: {
  certaintyBased?: boolean;
  certainty?: Certainty;
  locked: boolean;
  problem?: string;
  submitLabel: string;
  onCertainty: (level: Certainty) => void;
}) {
  return (
    <>
      {certaintyBased ? (
        <CertaintyPicker value={certainty} disabled={locked} onChange={onCertainty} />
      ) : null}
      {locked ? null : <SubmitRow problem={problem} label={submitLabel} />}
    </>
  );
}
