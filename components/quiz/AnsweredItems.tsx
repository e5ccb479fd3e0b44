import { itemTitle, type Item } from '@/lib/bank/items';
import type { PublicItem } from '@/lib/bank/public';
import type { Response } from '@/lib/scoring/responses';
import type { Score } from '@/lib/scoring/types';
import { ItemFeedback } from './Feedback';

export type AnsweredEntry = {
  /** What the learner saw (titles come from here). */
  item: PublicItem | Item;
  /** The full item, when its key may be shown. */
  revealed?: Item;
  answer?: { response: Response; score?: Score };
};

/** A handed-in attempt, item by item (h4 titles): the feedback on each answer, or "Not answered". */
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
            <ItemFeedback
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
