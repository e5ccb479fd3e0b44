'use client';

import { useId, useState } from 'react';
import type { PublicChoiceItem } from '@/lib/bank/public';
import type { Certainty, Response } from '@/lib/scoring/responses';
import { OptionRow, type OptionMark } from './OptionRow';
import { AnswerFooter } from './SubmitRow';
import styles from './quiz.module.css';

type Props = {
  item: Pick<PublicChoiceItem, 'id' | 'question' | 'options'>;
  /** The response already checked, which locks the question. */
  given?: Extract<Response, { kind: 'choice' }>;
  /** After answering, when feedback is shown: the key and accepted options, to mark them. */
  reveal?: { key: string; accepted: readonly string[] };
  certaintyBased?: boolean;
  onSubmit: (response: Response) => void;
  describedBy?: string;
};

/** One question, its options as large radio rows, optional certainty, and a Check button. */
export function ChoiceQuestion({
  item,
  given,
  reveal,
  certaintyBased,
  onSubmit,
  describedBy,
}: Props) {
  const name = useId();
  const [picked, setPicked] = useState<string | undefined>(given?.choice);
  const [certainty, setCertainty] = useState<Certainty | undefined>(given?.certainty);
  const [problem, setProblem] = useState<string>();
  const locked = given !== undefined;
  const selected = given?.choice ?? picked;

  return (
    <form
      className={styles.question}
      onSubmit={(event) => {
        event.preventDefault();
        if (locked) return;
        if (picked === undefined) return setProblem('Choose an option first.');
        if (certaintyBased && certainty === undefined) return setProblem('Say how sure you are.');
        onSubmit({ kind: 'choice', choice: picked, ...(certaintyBased ? { certainty } : {}) });
      }}
    >
      <fieldset className={styles.fieldset} aria-describedby={describedBy}>
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
                mark={reveal ? choiceMark(option.id, given?.choice, reveal) : undefined}
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

function choiceMark(
  id: string,
  given: string | undefined,
  reveal: { key: string; accepted: readonly string[] },
): OptionMark | undefined {
  if (id === reveal.key) return 'key';
  if (reveal.accepted.includes(id) && id === given) return 'accepted';
  if (id === given) return 'wrong-pick';
  return undefined;
}
