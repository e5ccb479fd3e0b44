'use client';

import { useId, useState } from 'react';
import type { OptionView } from '@/lib/bank/items';
import styles from './quiz.module.css';

type Props = {
  question: string;
  options: readonly OptionView[];
  /** The choice already given, which locks the question; undefined while unanswered. */
  given?: string;
  /** After answering: the key and accepted options, to mark them. */
  reveal?: { key: string; accepted: readonly string[] };
  onSubmit: (choice: string) => void;
  describedBy?: string;
};

/** One question, its options as large radio rows, and a Check button. */
export function ChoiceQuestion({ question, options, given, reveal, onSubmit, describedBy }: Props) {
  const name = useId();
  const [picked, setPicked] = useState<string | undefined>(given);
  const [nudge, setNudge] = useState(false);
  const locked = given !== undefined;
  const selected = given ?? picked;

  return (
    <form
      className={styles.question}
      onSubmit={(event) => {
        event.preventDefault();
        if (locked) return;
        if (picked === undefined) {
          setNudge(true);
          return;
        }
        onSubmit(picked);
      }}
    >
      <fieldset className={styles.fieldset} aria-describedby={describedBy}>
        <legend className={styles.legend}>{question}</legend>
        <ul className={styles.options}>
          {options.map((option) => {
            const mark = locked && reveal ? markOf(option.id, given, reveal) : undefined;
            return (
              <li key={option.id}>
                <label
                  className={styles.option}
                  data-mark={mark ?? undefined}
                  data-checked={selected === option.id}
                >
                  <input
                    type="radio"
                    name={name}
                    value={option.id}
                    checked={selected === option.id}
                    disabled={locked}
                    onChange={() => {
                      setPicked(option.id);
                      setNudge(false);
                    }}
                  />
                  <span className={styles.optionLabel}>{option.label}</span>
                  {mark ? <span className={styles.mark}>{MARK_TEXT[mark]}</span> : null}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {locked ? null : (
        <>
          {nudge ? (
            <p className={styles.nudge} role="alert">
              Choose an option first.
            </p>
          ) : null}
          <button type="submit" className="button button-block">
            Check answer
          </button>
        </>
      )}
    </form>
  );
}

type Mark = 'key' | 'accepted' | 'wrong-pick';
const MARK_TEXT: Record<Mark, string> = {
  key: '✓ Answer',
  accepted: '✓ Also accepted',
  'wrong-pick': '✗ Your answer',
};

function markOf(
  id: string,
  given: string | undefined,
  reveal: { key: string; accepted: readonly string[] },
): Mark | undefined {
  if (id === reveal.key) return 'key';
  if (reveal.accepted.includes(id) && id === given) return 'accepted';
  if (id === given) return 'wrong-pick';
  return undefined;
}
