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

type SingleKind = 'classify' | 'distinguish' | 'attribute';

/** The case, the question, its options as large radio rows, optional certainty, and Check. */
function SingleQuestion({
  item,
  given,
  score,
  certaintyBased,
  submitLabel,
  titleRef,
  onSubmit,
}: QuestionProps<SingleKind>) {
  const name = useId();
  const titleId = `${item.id}-title`;
  const answered = given?.kind === 'choice' ? given : undefined;
  const [picked, setPicked] = useState<string | undefined>(answered?.choice);
  const [certainty, setCertainty] = useState<Certainty | undefined>(answered?.certainty);
  const [problem, setProblem] = useState<string>();
  const locked = answered !== undefined;
  const selected = answered?.choice ?? picked;
  const marks = score?.detail.kind === 'options' ? score.detail.options : undefined;

  return (
    <>
      <ScenarioCard scenario={item.scenario} titleId={titleId} titleRef={titleRef} />
      <form
        className={styles.question}
        onSubmit={(event) => {
          event.preventDefault();
          if (locked) return;
          if (picked === undefined) return setProblem('Choose an option first.');
          if (certaintyBased && certainty === undefined) return setProblem('Say how sure you are.');
          onSubmit({ kind: 'choice', choice: picked, ...(certaintyBased ? { certainty } : {}) });
        }}
      >
        <fieldset className={styles.fieldset} aria-describedby={titleId}>
          <legend className={styles.legend}>{item.question}</legend>
          <ul className={styles.options}>
            {item.options.map((option) => (
              <li key={option.id}>
                <OptionRow
                  type="radio"
                  name={name}
                  value={option.id}
                  label={option.label}
                  checked={selected === option.id}
                  disabled={locked}
                  mark={markOf(marks, option.id)}
                  onChange={() => {
                    setPicked(option.id);
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

/** The key, why it is right, why the pick is wrong (or also accepted), the source. */
function SingleFeedback({ item, score }: FeedbackProps<SingleKind>) {
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

export const singleView: KindView<SingleKind> = {
  Question: SingleQuestion,
  FeedbackBody: SingleFeedback,
};
