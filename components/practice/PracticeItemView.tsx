'use client';

import { scoreItem } from '@/lib/items/registry';
import type { LearnerResponse } from '@/lib/items/response';
import type { PublicItem } from '@/lib/items/schema';
import type { PracticeItem } from '@/lib/practice/bank-data';
import { ItemFeedback } from '../quiz/Feedback';
import { ItemQuestion } from '../quiz/ItemQuestion';

type Props = {
  question: PublicItem;
  /** The whole item, key and explanation included: here once its chunk is. */
  item: PracticeItem | undefined;
  /** The learner's answer, once given: feedback follows the question. */
  response?: LearnerResponse;
  certaintyBased: boolean;
  titleRef: React.Ref<HTMLHeadingElement>;
  nextRef: React.Ref<HTMLButtonElement>;
  onSubmit: (response: LearnerResponse) => void;
  onNext: () => void;
  announce: (message: string) => void;
};

/**
 * The practice item on screen: its question, then its feedback. The question can show before
 * the item's chunk has arrived (the server's first question); feedback needs the whole item.
 */
export default function PracticeItemView({
  question,
  item,
  response,
  certaintyBased,
  titleRef,
  nextRef,
  onSubmit,
  onNext,
  announce,
}: Props) {
  const checked = response && item && scoreItem(item, response, { certaintyBased });
  const shownScore = checked?.status === 'scored' ? checked : undefined;
  return (
    <>
      <ItemQuestion
        key={question.id}
        item={question}
        score={shownScore}
        given={response}
        certaintyBased={certaintyBased}
        titleRef={titleRef}
        onSubmit={onSubmit}
        onDraft={() => undefined}
        announce={announce}
      />
      {response && item && shownScore ? (
        <ItemFeedback
          item={item}
          response={response}
          score={shownScore}
          certaintyBased={certaintyBased}
        >
          <button ref={nextRef} type="button" className="button button-block" onClick={onNext}>
            Next question
          </button>
        </ItemFeedback>
      ) : null}
    </>
  );
}
