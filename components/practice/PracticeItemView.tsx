'use client';

import type { LearnerResponse } from '@/lib/items/response';
import type { PublicItem } from '@/lib/items/schema';
import type { Scored } from '@/lib/items/score';
import type { PracticeItem } from '@/lib/practice/bank-data';
import { useLoadedModule } from '@/components/ui/useLoadedModule';
import { LoadedFeedback } from '../quiz/FeedbackPending';
import { ItemQuestion } from '../quiz/ItemQuestion';
import { loadFeedback } from '../quiz/load-feedback';

type Props = {
  question: PublicItem;
  /** The whole item, key and explanation included: here once its chunk is. */
  item: PracticeItem | undefined;
  /** The learner's answer, once given, and its score (from the practice step): feedback follows. */
  response?: LearnerResponse;
  score?: Scored;
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
  score,
  certaintyBased,
  titleRef,
  nextRef,
  onSubmit,
  onNext,
  announce,
}: Props) {
  const feedback = useLoadedModule(loadFeedback, true, { ahead: true });
  const next = (
    <button ref={nextRef} type="button" className="button button-block" onClick={onNext}>
      Next question
    </button>
  );
  return (
    <>
      <ItemQuestion
        key={question.id}
        item={question}
        score={score}
        given={response}
        certaintyBased={certaintyBased}
        titleRef={titleRef}
        onSubmit={onSubmit}
        onDraft={() => undefined}
        announce={announce}
      />
      {response && item && score ? (
        <LoadedFeedback
          code={feedback}
          item={item}
          response={response}
          score={score}
          certaintyBased={certaintyBased}
        >
          {next}
        </LoadedFeedback>
      ) : null}
    </>
  );
}
