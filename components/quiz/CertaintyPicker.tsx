'use client';

import { useId } from 'react';
import { CBM_MARKS } from '@/lib/scoring/certainty';
import type { Certainty } from '@/lib/items/response';
import styles from './quiz.module.css';

export const CERTAINTY_LABEL: Record<Certainty, string> = {
  1: 'Not sure',
  2: 'Fairly sure',
  3: 'Very sure',
};

const signed = (n: number) => (n > 0 ? `+${n}` : n === 0 ? '0' : `−${Math.abs(n)}`);

export function certaintyHint(level: Certainty): string {
  return `${signed(CBM_MARKS[level].right)} if right, ${signed(CBM_MARKS[level].wrong)} if wrong`;
}

type Props = {
  value?: Certainty;
  onChange: (value: Certainty) => void;
  disabled?: boolean;
  legend?: string;
  compact?: boolean;
};

/** "How sure are you?" for certainty-based marking, with the marks each level risks. */
export function CertaintyPicker({
  value,
  onChange,
  disabled,
  legend = 'How sure are you?',
  compact,
}: Props) {
  const name = useId();
  return (
    <fieldset className={compact ? styles.certaintyCompact : styles.certainty}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.certaintyOptions}>
        {([1, 2, 3] as const).map((level) => (
          <label key={level} className={styles.certaintyOption} data-checked={value === level}>
            <input
              type="radio"
              name={name}
              value={level}
              checked={value === level}
              disabled={disabled}
              onChange={() => onChange(level)}
            />
            <span>
              <span className={styles.certaintyName}>{CERTAINTY_LABEL[level]}</span>
              <span className={styles.certaintyHint}>{certaintyHint(level)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
