'use client';

import type { LearnerResponse } from '@/lib/items/response';
import type { Item } from '@/lib/items/schema';
import type { Scored } from '@/lib/items/score';
import { CERTAINTY_LABEL } from './CertaintyPicker';
import { NestedInList } from './FeedbackParts';
import { feedbackOf } from './feedback-bodies';
import styles from './quiz.module.css';
import { resultHeadline, resultTone } from './verdict';

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

/**
 * What the learner reads after answering: verdict, the key, why, why not, the source. Pages that
 * ask questions load it after their first paint (./load-feedback.ts).
 */
export function ItemFeedback({ item, response, score, certaintyBased, children, inList }: Props) {
  const headingId = `${item.id}-feedback`;
  const Wrapper = inList ? 'div' : 'section';
  const Verdict = inList ? 'p' : 'h2';
  const { FeedbackBody } = feedbackOf(item.kind);
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
