'use client';

import { labelIn } from '@/lib/items/kind';
import { LearnLinks, Source } from '../FeedbackParts';
import { markOf, picks } from '../marks';
import type { FeedbackProps } from '../kinds/types';

/** Names what the three share and what the fourth is, with each side's explanation. */
export function OddOneOutFeedback({ item, score }: FeedbackProps<'odd-one-out'>) {
  const options = score.detail.kind === 'options' ? score.detail.options : [];
  const { key = item.answerKey.odd, chosen } = picks(options);
  const category = (id: string) => labelIn(item.teaching.categories, id);
  const titleOf = (id: string) => item.scenarios.find((s) => s.id === id)?.title ?? id;
  const shared = category(item.answerKey.shared);
  const odd = category(item.answerKey.oddCategory);
  const wrongPick = chosen !== undefined && markOf(options, chosen) === 'wrong-pick';
  return (
    <>
      <p>
        <strong>The odd one out:</strong> {titleOf(key)}. It is {odd}; the other three are {shared}.
      </p>
      <p>{item.teaching.scenarios[key]?.explanation}</p>
      {wrongPick ? (
        <p>
          <strong>“{titleOf(chosen)}” belongs with the others:</strong>{' '}
          {item.teaching.scenarios[chosen]?.explanation}
        </p>
      ) : null}
      <Source citation={item.teaching.scenarios[key]!.citation} />
      <LearnLinks
        frameworkId={item.frameworkId}
        ids={[item.answerKey.shared, item.answerKey.oddCategory]}
        label={category}
        confused={wrongPick ? [item.answerKey.shared, item.answerKey.oddCategory] : undefined}
      />
    </>
  );
}
