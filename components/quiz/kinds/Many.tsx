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

/** Pick every option that applies: checkboxes, partial credit. */
export function ManyQuestion({
  item,
  given,
  score,
  certaintyBased,
  submitLabel,
  titleRef,
  onSubmit,
}: QuestionProps<'classify-many'>) {
  const name = useId();
  const titleId = `${item.id}-title`;
  const answered = given?.kind === 'many' ? given : undefined;
  const [ticked, setTicked] = useState<string[]>(answered?.choices ?? []);
  const [certainty, setCertainty] = useState<Certainty | undefined>(answered?.certainty);
  const [problem, setProblem] = useState<string>();
  const locked = answered !== undefined;
  const selected = new Set(answered?.choices ?? ticked);
  const marks = score?.detail.kind === 'options' ? score.detail.options : undefined;

  return (
    <>
      <ScenarioCard scenario={item.scenario} titleId={titleId} titleRef={titleRef} />
      <QuestionForm
        className={styles.question}
        onSubmit={(event) => {
          event.preventDefault();
          if (locked) return;
          if (ticked.length === 0) return setProblem('Tick at least one option.');
          if (certaintyBased && certainty === undefined) return setProblem('Say how sure you are.');
          // Keep the options' order, whatever the order of ticking.
          const choices = item.options.map((o) => o.id).filter((id) => ticked.includes(id));
          onSubmit({ kind: 'many', choices, ...(certaintyBased ? { certainty } : {}) });
        }}
      >
        <fieldset className={styles.fieldset} aria-describedby={titleId}>
          <legend className={styles.legend}>{item.question}</legend>
          <ul className={styles.options}>
            {item.options.map((option) => (
              <li key={option.id}>
                <OptionRow
                  type="checkbox"
                  name={name}
                  value={option.id}
                  label={option.label}
                  checked={selected.has(option.id)}
                  disabled={locked}
                  mark={markOf(marks, option.id)}
                  onChange={() => {
                    setTicked((now) =>
                      now.includes(option.id)
                        ? now.filter((id) => id !== option.id)
                        : [...now, option.id],
                    );
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
