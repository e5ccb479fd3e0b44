'use client';

import { useId, useState } from 'react';
import type { PublicManyItem } from '@/lib/bank/public';
import type { Certainty, Response } from '@/lib/scoring/responses';
import { OptionRow, type OptionMark } from './OptionRow';
import { AnswerFooter } from './SubmitRow';
import styles from './quiz.module.css';

type Props = {
  item: Pick<PublicManyItem, 'id' | 'question' | 'options'>;
  given?: Extract<Response, { kind: 'many' }>;
  reveal?: { keys: readonly string[] };
  certaintyBased?: boolean;
  onSubmit: (response: Response) => void;
  describedBy?: string;
};

/** Pick every option that applies: checkboxes, partial credit. */
export function ManyQuestion({
  item,
  given,
  reveal,
  certaintyBased,
  onSubmit,
  describedBy,
}: Props) {
  const name = useId();
  const [ticked, setTicked] = useState<string[]>(given?.choices ?? []);
  const [certainty, setCertainty] = useState<Certainty | undefined>(given?.certainty);
  const [problem, setProblem] = useState<string>();
  const locked = given !== undefined;
  const selected = new Set(given?.choices ?? ticked);

  return (
    <form
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
      <fieldset className={styles.fieldset} aria-describedby={describedBy}>
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
                mark={reveal ? manyMark(option.id, selected, reveal.keys) : undefined}
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

function manyMark(
  id: string,
  picked: ReadonlySet<string>,
  keys: readonly string[],
): OptionMark | undefined {
  if (keys.includes(id)) return picked.has(id) ? 'right-picked' : 'missed';
  return picked.has(id) ? 'wrong-pick' : undefined;
}
