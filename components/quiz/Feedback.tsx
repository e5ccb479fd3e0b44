'use client';

import type { LearnerResponse } from '@/lib/items/response';
import type { Item } from '@/lib/items/schema';
import { scenariosRight, type Score, type Scored } from '@/lib/items/score';
import { CERTAINTY_LABEL } from './CertaintyPicker';
import { NestedInList } from './FeedbackParts';
import { viewOf } from './kinds';
import styles from './quiz.module.css';

/** The verdict in words and a symbol (never colour alone), read from the score. */
export function resultHeadline(score: Score): string {
  if (score.status !== 'scored') return 'Not answered';
  const { detail } = score;
  if (detail.kind === 'tiers' && detail.answer.right && !detail.reason.right) {
    return '◐ Right answer, wrong reason';
  }
  if (detail.kind === 'placements') {
    const { right, total } = scenariosRight(score);
    return `${right === total ? '✓' : right === 0 ? '✗' : '◐'} ${right} of ${total} cards right`;
  }
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

const signed = (n: number) => (n > 0 ? `+${fmt(n)}` : n < 0 ? `−${fmt(-n)}` : '0');
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

type Props = {
  item: Item;
  response: LearnerResponse;
  score: Scored;
  certaintyBased?: boolean;
  children?: React.ReactNode;
  /** In a list of answers: a plain block under the item's own heading, not a region. */
  inList?: boolean;
};

/** What the learner reads after answering: verdict, the key, why, why not, the source. */
export function ItemFeedback({ item, response, score, certaintyBased, children, inList }: Props) {
  const headingId = `${item.id}-feedback`;
  const Wrapper = inList ? 'div' : 'section';
  const Verdict = inList ? 'p' : 'h2';
  const { FeedbackBody } = viewOf(item.kind);
  return (
    <NestedInList.Provider value={inList ?? false}>
      <Wrapper
        className={styles.feedback}
        data-tone={resultTone(score)}
        aria-labelledby={inList ? undefined : headingId}
      >
        <Verdict id={headingId} className={styles.verdict}>
          {resultHeadline(score)}
        </Verdict>
        {certaintyBased ? <MarkLine score={score} /> : null}
        <FeedbackBody item={item} response={response} score={score} />
        {children}
      </Wrapper>
    </NestedInList.Provider>
  );
}

function MarkLine({ score }: { score: Scored }) {
  // One scenario, one certainty; a board's cards each carry their own.
  const level = score.judgements.length === 1 ? score.judgements[0]!.certainty : undefined;
  return (
    <p className={styles.markLine}>
      <strong>Mark:</strong> {signed(score.earned)} of {score.max}
      {level ? ` (${CERTAINTY_LABEL[level].toLowerCase()})` : ''}
    </p>
  );
}
