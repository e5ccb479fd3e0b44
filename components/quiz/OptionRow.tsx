import styles from './quiz.module.css';

import type { OptionMark } from '@/lib/items/score';

export type { OptionMark };

export const MARK_TEXT: Record<OptionMark, string> = {
  key: '✓ Answer',
  accepted: '✓ Also accepted',
  'right-picked': '✓ Right, you ticked it',
  missed: '✗ Applies, you missed it',
  'wrong-pick': '✗ Your answer',
};

type Props = {
  type: 'radio' | 'checkbox';
  name: string;
  value: string;
  label: string;
  /** A longer text under the label, e.g. the case itself when the options are cases. */
  description?: string;
  checked: boolean;
  disabled: boolean;
  mark?: OptionMark;
  onChange: () => void;
};

/** One large, fully tappable option row (radio or checkbox) with its result mark in words. */
export function OptionRow({
  type,
  name,
  value,
  label,
  description,
  checked,
  disabled,
  mark,
  onChange,
}: Props) {
  return (
    <label className={styles.option} data-mark={mark} data-checked={checked}>
      <input
        type={type}
        name={name}
        value={value}
        checked={checked}
        disabled={disabled}
        onChange={onChange}
      />
      <span className={styles.optionLabel}>
        {description ? (
          <>
            <strong>{label}</strong>
            <span className={styles.optionDescription}>{description}</span>
          </>
        ) : (
          label
        )}
      </span>
      {mark ? <span className={styles.mark}>{MARK_TEXT[mark]}</span> : null}
    </label>
  );
}
