import Link from 'next/link';
import type { ChoiceItem } from '@/lib/bank/items';
import type { Score } from '@/lib/scoring/types';
import { conceptHref } from '../links';
import styles from './quiz.module.css';

type Props = {
  item: ChoiceItem;
  given: string;
  score: Score;
  children?: React.ReactNode;
};

export function resultHeadline(score: Score): string {
  if (score.status !== 'scored') return 'Not answered';
  switch (score.outcome) {
    case 'correct':
      return '✓ Correct';
    case 'accepted':
      return '✓ Accepted';
    case 'partial':
      return '◐ Partly right';
    case 'wrong':
      return '✗ Not quite';
  }
}

export function resultTone(score: Score): 'right' | 'wrong' | 'partial' {
  if (score.status !== 'scored' || score.outcome === 'wrong') return 'wrong';
  return score.outcome === 'partial' ? 'partial' : 'right';
}

/** What the learner reads after answering: verdict, the key, why, why not, the source. */
export function Feedback({ item, given, score, children }: Props) {
  const label = (id: string) => item.options.find((o) => o.id === id)?.label ?? id;
  const keyLabel = label(item.answer.key);
  const outcome = score.status === 'scored' ? score.outcome : 'wrong';
  return (
    <section
      className={styles.feedback}
      data-tone={resultTone(score)}
      aria-labelledby={`${item.id}-feedback`}
    >
      <h2 id={`${item.id}-feedback`} className={styles.verdict}>
        {resultHeadline(score)}
      </h2>
      <p>
        <strong>{outcome === 'accepted' ? 'Best answer' : 'Answer'}:</strong> {keyLabel}
      </p>
      <p>{item.teaching.explanation}</p>
      {outcome === 'accepted' && item.teaching.alsoFits[given] ? (
        <>
          <h3>Why “{label(given)}” is accepted too</h3>
          <p>{item.teaching.alsoFits[given]}</p>
        </>
      ) : null}
      {outcome === 'wrong' && item.teaching.whyNot[given] ? (
        <>
          <h3>Why not “{label(given)}”?</h3>
          <p>{item.teaching.whyNot[given]}</p>
        </>
      ) : null}
      <p className={styles.citation}>
        Source: <cite title={item.teaching.citation.full}>{item.teaching.citation.text}</cite>
      </p>
      <p className={styles.learn}>
        Learn more: <Link href={conceptHref(item.frameworkId, item.answer.key)}>{keyLabel}</Link>
        {outcome === 'wrong' ? (
          <>
            {' · '}
            <Link href={conceptHref(item.frameworkId, given)}>{label(given)}</Link>
          </>
        ) : null}
      </p>
      {children}
    </section>
  );
}
