import type { LearnerResponse } from '@/lib/items/response';
import type { ItemKind, ItemOfKind, PublicItem } from '@/lib/items/schema';
import type { Scored } from '@/lib/items/score';

/** What every kind's question component is given. */
export type QuestionProps<K extends ItemKind> = {
  item: PublicItem<ItemOfKind<K>>;
  /** The response already given, which locks the question. */
  given?: LearnerResponse;
  /** Work in progress kept by the page (a half-sorted board survives a reload). */
  draft?: LearnerResponse;
  /** The verdict, when feedback is shown: options are marked from it, never worked out again. */
  score?: Scored;
  certaintyBased?: boolean;
  /** "Check answer" when feedback follows at once, "Save answer" when it comes later. */
  submitLabel: string;
  titleRef?: React.Ref<HTMLHeadingElement>;
  onSubmit: (response: LearnerResponse) => void;
  onDraft: (response: LearnerResponse) => void;
  /** Speaks through the page's live region. */
  announce: (message: string) => void;
};

/** What every kind's feedback body is given: the full item (its teaching) and the verdict. */
export type FeedbackProps<K extends ItemKind> = {
  item: ItemOfKind<K>;
  response: LearnerResponse;
  score: Scored;
};

/** How a kind is asked. */
export type QuestionView<K extends ItemKind> = React.ComponentType<QuestionProps<K>>;

/** How a kind's feedback reads (components/quiz/feedback: loaded after the question). */
export type FeedbackView<K extends ItemKind> = React.ComponentType<FeedbackProps<K>>;
