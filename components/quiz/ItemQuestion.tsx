'use client';

import type { LearnerResponse } from '@/lib/items/response';
import type { PublicItem } from '@/lib/items/schema';
import type { Scored } from '@/lib/items/score';
import { questionOf } from './kinds';

type Props = {
  item: PublicItem;
  given?: LearnerResponse;
  draft?: LearnerResponse;
  /** The verdict, when feedback is shown now: options are marked from it. */
  score?: Scored;
  certaintyBased?: boolean;
  /** "Check answer" when feedback follows at once, "Save answer" when it comes later. */
  submitLabel?: string;
  titleRef?: React.Ref<HTMLHeadingElement>;
  onSubmit: (response: LearnerResponse) => void;
  onDraft: (response: LearnerResponse) => void;
  announce: (message: string) => void;
};

/** The question of any kind of item: its scenario(s) and the controls to answer it. */
export function ItemQuestion({ submitLabel = 'Check answer', ...props }: Props) {
  const { Question } = questionOf(props.item.kind);
  return <Question key={props.item.id} submitLabel={submitLabel} {...props} />;
}
