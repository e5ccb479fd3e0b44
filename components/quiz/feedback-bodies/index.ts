/**
 * The feedback body of each kind of item: the key, why, why not, the source and where to learn
 * more. Complete by type, like ../kinds/index.ts beside it.
 */
import type { ItemKind } from '@/lib/items/schema';
import type { FeedbackView } from '../kinds/types';
import { ManyFeedback } from './Many';
import { OddOneOutFeedback } from './OddOneOut';
import { SingleFeedback } from './Single';
import { SortFeedback } from './Sort';
import { TwoTierFeedback } from './TwoTier';

export const FEEDBACK_VIEWS: { [K in ItemKind]: FeedbackView<K> } = {
  classify: SingleFeedback,
  distinguish: SingleFeedback,
  attribute: SingleFeedback,
  'classify-many': ManyFeedback,
  'two-tier': TwoTierFeedback,
  sort: SortFeedback,
  'odd-one-out': OddOneOutFeedback,
};

/** The feedback body of a kind, in an object as ../kinds/index.ts's `questionOf` says why. */
export function feedbackOf<K extends ItemKind>(kind: K): { FeedbackBody: FeedbackView<K> } {
  return { FeedbackBody: FEEDBACK_VIEWS[kind] };
}
