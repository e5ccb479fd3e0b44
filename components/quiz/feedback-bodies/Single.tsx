'use client';

import { labelIn } from '@/lib/items/kind';
import { CompareWith, LearnLinks, Source, SubHeading } from '../FeedbackParts';
import { markOf, picks } from '../marks';
import type { FeedbackProps } from '../kinds/types';

type SingleKind = 'classify' | 'distinguish' | 'attribute';

/** The key, why it is right, why the pick is wrong (or also accepted), the source. */
export function SingleFeedback({ item, score }: FeedbackProps<SingleKind>) {
  const label = (id: string) => labelIn(item.options, id);
  const options = score.detail.kind === 'options' ? score.detail.options : [];
  const { key = item.answerKey.best, chosen } = picks(options);
  const chosenMark = chosen === undefined ? undefined : markOf(options, chosen);
  return (
    <>
      <p>
        <strong>{chosenMark === 'accepted' ? 'Best answer' : 'Answer'}:</strong> {label(key)}
      </p>
      <p>{item.teaching.explanation}</p>
      {chosen !== undefined && chosenMark === 'accepted' && item.teaching.alsoFits[chosen] ? (
        <>
          <SubHeading>Why “{label(chosen)}” is accepted too</SubHeading>
          <p>{item.teaching.alsoFits[chosen]}</p>
        </>
      ) : null}
      {chosen !== undefined && chosenMark === 'wrong-pick' && item.teaching.whyNot[chosen] ? (
        <>
          <SubHeading>Why not “{label(chosen)}”?</SubHeading>
          <p>{item.teaching.whyNot[chosen]}</p>
        </>
      ) : null}
      <Source citation={item.teaching.citation} />
      <LearnLinks
        frameworkId={item.frameworkId}
        ids={chosen !== undefined && chosenMark === 'wrong-pick' ? [key, chosen] : [key]}
        label={label}
        confused={chosen !== undefined && chosenMark === 'wrong-pick' ? [key, chosen] : undefined}
      />
      <CompareWith scenario={item.scenario} frameworkId={item.frameworkId} />
    </>
  );
}
