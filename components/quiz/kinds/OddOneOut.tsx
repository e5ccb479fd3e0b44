'use client';

import { QuestionForm } from '@/components/ui/QuestionForm';
import { useId, useState } from 'react';
import type { Certainty } from '@/lib/items/response';
import { markOf } from '../marks';
import { OptionRow } from '../OptionRow';
import { AnswerFooter } from '../SubmitRow';
import styles from '../quiz.module.css';
import type { QuestionProps } from './types';

/** Four cases as large radio rows (title and text); pick the one that does not belong. */
export function OddOneOutQuestion({
  item,
  given,
  score,
  certaintyBased,
  submitLabel,
  titleRef,
  onSubmit,
}: QuestionProps<'odd-one-out'>) {
  const name = useId();
  const answered = given?.kind === 'choice' ? given : undefined;
  const [picked, setPicked] = useState<string | undefined>(answered?.choice);
  const [certainty, setCertainty] = useState<Certainty | undefined>(answered?.certainty);
  const [problem, setProblem] = useState<string>();
  const locked = answered !== undefined;
  const marks = score?.detail.kind === 'options' ? score.detail.options : undefined;

  return (
    <QuestionForm
      className={styles.question}
      onSubmit={(event) => {
        event.preventDefault();
        if (locked) return;
        if (picked === undefined) return setProblem('Choose a case first.');
        if (certaintyBased && certainty === undefined) return setProblem('Say how sure you are.');
        onSubmit({ kind: 'choice', choice: picked, ...(certaintyBased ? { certainty } : {}) });
      }}
    >
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>
          <h2 ref={titleRef} tabIndex={-1} className={styles.legendHeading}>
            {item.question}
          </h2>
        </legend>
        <ul className={styles.options}>
          {item.scenarios.map((scenario) => (
            <li key={scenario.id}>
              <OptionRow
                type="radio"
                name={name}
                value={scenario.id}
                label={scenario.title}
                description={scenario.text}
                checked={(answered?.choice ?? picked) === scenario.id}
                disabled={locked}
                mark={markOf(marks, scenario.id)}
                onChange={() => {
                  setPicked(scenario.id);
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
  );
}
