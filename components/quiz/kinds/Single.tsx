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

type SingleKind = 'classify' | 'distinguish' | 'attribute';

/** The case, the question, its options as large radio rows, optional certainty, and Check. */
export function SingleQuestion({
  item,
  given,
  score,
  certaintyBased,
  submitLabel,
  titleRef,
  onSubmit,
}: QuestionProps<SingleKind>) {
  const name = useId();
  const titleId = `${item.id}-title`;
  const answered = given?.kind === 'choice' ? given : undefined;
  const [picked, setPicked] = useState<string | undefined>(answered?.choice);
  const [certainty, setCertainty] = useState<Certainty | undefined>(answered?.certainty);
  const [problem, setProblem] = useState<string>();
  const locked = answered !== undefined;
  const selected = answered?.choice ?? picked;
  const marks = score?.detail.kind === 'options' ? score.detail.options : undefined;

  return (
    <>
      <ScenarioCard scenario={item.scenario} titleId={titleId} titleRef={titleRef} />
      <QuestionForm
        className={styles.question}
        onSubmit={(event) => {
          event.preventDefault();
          if (locked) return;
          if (picked === undefined) return setProblem('Choose an option first.');
          if (certaintyBased && certainty === undefined) return setProblem('Say how sure you are.');
          onSubmit({ kind: 'choice', choice: picked, ...(certaintyBased ? { certainty } : {}) });
        }}
      >
        <fieldset className={styles.fieldset} aria-describedby={titleId}>
          <legend className={styles.legend}>{item.question}</legend>
          <ul className={styles.options}>
            {item.options.map((option) => (
              <li key={option.id}>
                <OptionRow
                  type="radio"
                  name={name}
                  value={option.id}
                  label={option.label}
                  checked={selected === option.id}
                  disabled={locked}
                  mark={markOf(marks, option.id)}
                  onChange={() => {
                    setPicked(option.id);
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
