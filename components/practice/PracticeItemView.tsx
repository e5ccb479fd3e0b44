'use client';

import { scoreItem, toPublicItem } from '@/lib/items/registry';
import type { LearnerResponse } from '@/lib/items/response';
import type { PracticeItem } from '@/lib/practice/bank-data';
import { ItemFeedback } from '../quiz/Feedback';
import { ItemQuestion } from '../quiz/ItemQuestion';

type Props = {
  item: PracticeItem;
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
 * The practice item on screen: its question, then its feedback. Loaded apart from the page
 * (with the item registry and every kind's view), while the bank's index and first chunk are on
 * their way: nothing of it can show before they arrive.
 */
export default function PracticeItemView({
  item,
  response,
  certaintyBased,
  titleRef,
  nextRef,
  onSubmit,
  onNext,
  announce,
}: Props) {
  const checked = response && scoreItem(item, response, { certaintyBased });
  const shownScore = checked?.status === 'scored' ? checked : undefined;
  return (
    <>
      <ItemQuestion
        key={item.id}
        item={toPublicItem(item)}
        score={shownScore}
        given={response}
        certaintyBased={certaintyBased}
        titleRef={titleRef}
        onSubmit={onSubmit}
        onDraft={() => undefined}
        announce={announce}
      />
      {response && shownScore ? (
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
