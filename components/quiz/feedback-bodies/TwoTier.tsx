'use client';

import { labelIn } from '@/lib/items/kind';
import { CompareWith, LearnLinks, Source, SubHeading } from '../FeedbackParts';
import { picks } from '../marks';
import styles from '../quiz.module.css';
import type { FeedbackProps } from '../kinds/types';

export function TwoTierFeedback({ item, score }: FeedbackProps<'two-tier'>) {
  if (score.detail.kind !== 'tiers') return null;
  const { answer, reason } = score.detail;
  const label = (id: string) => labelIn(item.options, id);
  const reasonLabel = (id: string) => labelIn(item.reasons, id);
  const mode = picks(answer.options);
  const why = picks(reason.options);
  const key = mode.key ?? item.answerKey.best;
  const reasonKey = why.key ?? item.answerKey.reason;
  return (
    <>
      <dl className={styles.tiers}>
        <dt>1. Mode</dt>
        <dd>
          {answer.right ? '✓' : '✗'} {label(key)}
          {answer.right || mode.chosen === undefined ? '' : ` (you chose ${label(mode.chosen)})`}
        </dd>
        <dt>2. Reason</dt>
        <dd>
          {reason.right ? '✓' : '✗'} {reasonLabel(reasonKey)}
          {why.chosen === undefined || why.chosen === reasonKey
            ? ''
            : ` (you chose: ${reasonLabel(why.chosen)})`}
        </dd>
      </dl>
      <p>{item.teaching.explanation}</p>
      {!answer.right && mode.chosen !== undefined && item.teaching.whyNot[mode.chosen] ? (
        <>
          <SubHeading>Why not “{label(mode.chosen)}”?</SubHeading>
          <p>{item.teaching.whyNot[mode.chosen]}</p>
        </>
      ) : null}
      {why.chosen !== undefined && why.chosen !== reasonKey ? (
        <>
          <SubHeading>About the reason you chose</SubHeading>
          <p>{item.teaching.reasonNotes[why.chosen]}</p>
          <p>
            <strong>The reason:</strong> {item.teaching.reasonNotes[reasonKey]}
          </p>
        </>
      ) : null}
      <Source citation={item.teaching.citation} />
      <LearnLinks
        frameworkId={item.frameworkId}
        ids={answer.right || mode.chosen === undefined ? [key] : [key, mode.chosen]}
        label={label}
        extra={{ href: '/concepts/criteria', label: 'The criteria' }}
        confused={answer.right || mode.chosen === undefined ? undefined : [key, mode.chosen]}
      />
      <CompareWith scenario={item.scenario} frameworkId={item.frameworkId} />
    </>
  );
}
