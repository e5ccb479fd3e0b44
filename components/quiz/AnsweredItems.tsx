import { itemTitle } from '@/lib/items/registry';
import type { LearnerResponse } from '@/lib/items/response';
import type { Item, PublicItem } from '@/lib/items/schema';
import type { Scored } from '@/lib/items/score';
import { SplitItemFeedback } from './SplitItemFeedback';

export type AnsweredEntry = {
  /** What the learner saw (titles come from here). */
  item: PublicItem | Item;
  /** The full item, when its key may be shown. */
  revealed?: Item;
  answer?: { response: LearnerResponse; score?: Scored };
};

/** A submitted attempt, item by item (h4 titles): the feedback on each answer, or "Not answered". */
export function AnsweredItems({
  entries,
  certaintyBased,
}: {
  entries: readonly AnsweredEntry[];
  certaintyBased: boolean;
}) {
  return (
    <ol className="list-plain stack">
      {entries.map(({ item, revealed, answer }, i) => (
        <li key={item.id} className="card">
          <h4>
            {i + 1}. {itemTitle(item)}
          </h4>
          {revealed && answer?.score ? (
            <SplitItemFeedback
              item={revealed}
              response={answer.response}
              score={answer.score}
              certaintyBased={certaintyBased}
              inList
            />
          ) : (
            <p className="muted">Not answered.</p>
          )}
        </li>
      ))}
    </ol>
  );
}
