'use client';

import { useId, useState } from 'react';
import { labelIn } from '@/lib/items/kind';
import type { Certainty } from '@/lib/items/response';
import { ScenarioCard } from '../../ScenarioCard';
import { CompareWith, LearnLinks, markOf, picks, Source, SubHeading } from '../FeedbackParts';
import { OptionRow } from '../OptionRow';
import { AnswerFooter } from '../SubmitRow';
import styles from '../quiz.module.css';
import type { FeedbackProps, KindView, QuestionProps } from './types';

/** Tier 1: which mode. Tier 2: the reason that sets it apart. Both are scored. */
function TwoTierQuestion({
  item,
  given,
  score,
  certaintyBased,
  submitLabel,
  titleRef,
  onSubmit,
}: QuestionProps<'two-tier'>) {
  const answerName = useId();
  const reasonName = useId();
  const titleId = `${item.id}-title`;
  const answered = given?.kind === 'two-tier' ? given : undefined;
  const [choice, setChoice] = useState(answered?.choice);
  const [reason, setReason] = useState(answered?.reason);
  const [certainty, setCertainty] = useState<Certainty | undefined>(answered?.certainty);
  const [problem, setProblem] = useState<string>();
  const locked = answered !== undefined;
  const tiers = score?.detail.kind === 'tiers' ? score.detail : undefined;

  return (
    <>
      <ScenarioCard scenario={item.scenario} titleId={titleId} titleRef={titleRef} />
      <form
        className={styles.question}
        onSubmit={(event) => {
          event.preventDefault();
          if (locked) return;
          if (!choice) return setProblem('Choose the mode first.');
          if (!reason) return setProblem('Choose the reason too.');
          if (certaintyBased && certainty === undefined) return setProblem('Say how sure you are.');
          onSubmit({ kind: 'two-tier', choice, reason, ...(certaintyBased ? { certainty } : {}) });
        }}
      >
        <fieldset className={styles.fieldset} aria-describedby={titleId}>
          <legend className={styles.legend}>
            <span className={styles.tier}>1.</span> {item.question}
          </legend>
          <ul className={styles.options}>
            {item.options.map((option) => (
              <li key={option.id}>
                <OptionRow
                  type="radio"
                  name={answerName}
                  value={option.id}
                  label={option.label}
                  checked={(answered?.choice ?? choice) === option.id}
                  disabled={locked}
                  mark={markOf(tiers?.answer.options, option.id)}
                  onChange={() => {
                    setChoice(option.id);
                    setProblem(undefined);
                  }}
                />
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>
            <span className={styles.tier}>2.</span> {item.reasonQuestion}
          </legend>
          <ul className={styles.options}>
            {item.reasons.map((option) => (
              <li key={option.id}>
                <OptionRow
                  type="radio"
                  name={reasonName}
                  value={option.id}
                  label={option.label}
                  checked={(answered?.reason ?? reason) === option.id}
                  disabled={locked}
                  mark={markOf(tiers?.reason.options, option.id)}
                  onChange={() => {
                    setReason(option.id);
                    setProblem(undefined);
                  }}
                />
              </li>
            ))}
          </ul>
        </fieldset>
        <AnswerFooter
          certaintyBased={certaintyBased}
          certainty={answered?.certainty ?? certainty}
          locked={locked}
          problem={problem}
          submitLabel={submitLabel}
          onCertainty={(level) => {
            setCertainty(level);
            setProblem(undefined);
          }}
        />
      </form>
    </>
  );
}

function TwoTierFeedback({ item, score }: FeedbackProps<'two-tier'>) {
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

export const twoTierView: KindView<'two-tier'> = {
  Question: TwoTierQuestion,
  FeedbackBody: TwoTierFeedback,
};
