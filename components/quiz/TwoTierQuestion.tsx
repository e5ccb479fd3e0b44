'use client';

import { useId, useState } from 'react';
import type { PublicTwoTierItem } from '@/lib/bank/public';
import type { Certainty, Response } from '@/lib/scoring/responses';
import { OptionRow, type OptionMark } from './OptionRow';
import { AnswerFooter } from './SubmitRow';
import styles from './quiz.module.css';

type Props = {
  item: Pick<PublicTwoTierItem, 'id' | 'question' | 'options' | 'reasonQuestion' | 'reasons'>;
  given?: Extract<Response, { kind: 'two-tier' }>;
  reveal?: { key: string; accepted: readonly string[]; reason: string };
  certaintyBased?: boolean;
  onSubmit: (response: Response) => void;
  describedBy?: string;
};

/** Tier 1: which mode. Tier 2: the reason that sets it apart. Both are scored. */
export function TwoTierQuestion({
  item,
  given,
  reveal,
  certaintyBased,
  onSubmit,
  describedBy,
}: Props) {
  const answerName = useId();
  const reasonName = useId();
  const [choice, setChoice] = useState(given?.choice);
  const [reason, setReason] = useState(given?.reason);
  const [certainty, setCertainty] = useState<Certainty | undefined>(given?.certainty);
  const [problem, setProblem] = useState<string>();
  const locked = given !== undefined;

  return (
    <form
      className={styles.question}
      onSubmit={(event) => {
        event.preventDefault();
        if (locked) return;
        if (!choice) return setProblem('Choose the mode first.');
        if (!reason) return setProblem('Choose the reason too.');
        if (certaintyBased && certainty === undefined) return setProblem('Say how sure you are.');
        onSubmit({ kind: 'two-tier', choice, reason, ...(certaintyBased ? { certainty } : {}) });
      }}
    >
      <fieldset className={styles.fieldset} aria-describedby={describedBy}>
        <legend className={styles.legend}>
          <span className={styles.tier}>1.</span> {item.question}
        </legend>
        <ul className={styles.options}>
          {item.options.map((option) => (
            <li key={option.id}>
              <OptionRow
                type="radio"
                name={answerName}
                value={option.id}
                label={option.label}
                checked={(given?.choice ?? choice) === option.id}
                disabled={locked}
                mark={
                  reveal
                    ? tierMark(option.id, given?.choice, reveal.key, reveal.accepted)
                    : undefined
                }
                onChange={() => {
                  setChoice(option.id);
                  setProblem(undefined);
                }}
              />
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>
          <span className={styles.tier}>2.</span> {item.reasonQuestion}
        </legend>
        <ul className={styles.options}>
          {item.reasons.map((option) => (
            <li key={option.id}>
              <OptionRow
                type="radio"
                name={reasonName}
                value={option.id}
                label={option.label}
                checked={(given?.reason ?? reason) === option.id}
                disabled={locked}
                mark={reveal ? tierMark(option.id, given?.reason, reveal.reason, []) : undefined}
                onChange={() => {
                  setReason(option.id);
                  setProblem(undefined);
                }}
              />
            </li>
          ))}
        </ul>
      </fieldset>
      <AnswerFooter
        certaintyBased={certaintyBased}
        certainty={given?.certainty ?? certainty}
        locked={locked}
        problem={problem}
        onCertainty={(level) => {
          setCertainty(level);
          setProblem(undefined);
        }}
      />
    </form>
  );
}

function tierMark(
  id: string,
  given: string | undefined,
  key: string,
  accepted: readonly string[],
): OptionMark | undefined {
  if (id === key) return 'key';
  if (accepted.includes(id) && id === given) return 'accepted';
  if (id === given) return 'wrong-pick';
  return undefined;
}
