'use client';

import { QuestionForm } from '@/components/ui/QuestionForm';
import { useId, useState } from 'react';
import type { Certainty } from '@/lib/items/response';
import { ScenarioCard } from '../../ScenarioCard';
import { markOf } from '../marks';
import { OptionRow } from '../OptionRow';
import { AnswerFooter } from '../SubmitRow';
import styles from '../quiz.module.css';
import type { QuestionProps } from './types';

/** Tier 1: which mode. Tier 2: the reason that sets it apart. Both are scored. */
export function TwoTierQuestion({
  item,
  given,
  score,
  certaintyBased,
  submitLabel,
  titleRef,
  onSubmit,
}: QuestionProps<'two-tier'>) {
  const answerName = useId();
  const reasonName = useId();
  const titleId = `${item.id}-title`;
  const answered = given?.kind === 'two-tier' ? given : undefined;
  const [choice, setChoice] = useState(answered?.choice);
  const [reason, setReason] = useState(answered?.reason);
  const [certainty, setCertainty] = useState<Certainty | undefined>(answered?.certainty);
  const [problem, setProblem] = useState<string>();
  const locked = answered !== undefined;
  const tiers = score?.detail.kind === 'tiers' ? score.detail : undefined;

  return (
    <>
      <ScenarioCard scenario={item.scenario} titleId={titleId} titleRef={titleRef} />
      <QuestionForm
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
        <fieldset className={styles.fieldset} aria-describedby={titleId}>
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
                  checked={(answered?.choice ?? choice) === option.id}
                  disabled={locked}
                  mark={markOf(tiers?.answer.options, option.id)}
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
                  checked={(answered?.reason ?? reason) === option.id}
                  disabled={locked}
                  mark={markOf(tiers?.reason.options, option.id)}
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
          certainty={answered?.certainty ?? certainty}
          locked={locked}
          problem={problem}
          submitLabel={submitLabel}
          onCertainty={(level) => {
            setCertainty(level);
            setProblem(undefined);
          }}
        />
      </QuestionForm>
    </>
  );
}
