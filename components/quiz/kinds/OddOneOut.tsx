'use client';

import { useId, useState } from 'react';
import { labelIn } from '@/lib/items/kind';
import type { Certainty } from '@/lib/items/response';
import { LearnLinks, markOf, picks, Source } from '../FeedbackParts';
import { OptionRow } from '../OptionRow';
import { AnswerFooter } from '../SubmitRow';
import styles from '../quiz.module.css';
import type { FeedbackProps, KindView, QuestionProps } from './types';

/** Four cases as large radio rows (title and text); pick the one that does not belong. */
function OddOneOutQuestion({
  item,
  given,
  score,
  certaintyBased,
  submitLabel,
  titleRef,
  onSubmit,
}: QuestionProps<'odd-one-out'>) {
  const name = useId();
  const answered = given?.kind === 'choice' ? given : undefined;
  const [picked, setPicked] = useState<string | undefined>(answered?.choice);
  const [certainty, setCertainty] = useState<Certainty | undefined>(answered?.certainty);
  const [problem, setProblem] = useState<string>();
  const locked = answered !== undefined;
  const marks = score?.detail.kind === 'options' ? score.detail.options : undefined;

  return (
    <form
      className={styles.question}
      onSubmit={(event) => {
        event.preventDefault();
        if (locked) return;
        if (picked === undefined) return setProblem('Choose a case first.');
        if (certaintyBased && certainty === undefined) return setProblem('Say how sure you are.');
        onSubmit({ kind: 'choice', choice: picked, ...(certaintyBased ? { certainty } : {}) });
      }}
    >
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>
          <h2 ref={titleRef} tabIndex={-1} className={styles.legendHeading}>
            {item.question}
          </h2>
        </legend>
        <ul className={styles.options}>
          {item.scenarios.map((scenario) => (
            <li key={scenario.id}>
              <OptionRow
                type="radio"
                name={name}
                value={scenario.id}
                label={scenario.title}
                description={scenario.text}
                checked={(answered?.choice ?? picked) === scenario.id}
                disabled={locked}
                mark={markOf(marks, scenario.id)}
                onChange={() => {
                  setPicked(scenario.id);
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
  );
}

/** Names what the three share and what the fourth is, with each side's explanation. */
function OddOneOutFeedback({ item, score }: FeedbackProps<'odd-one-out'>) {
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

export const oddOneOutView: KindView<'odd-one-out'> = {
  Question: OddOneOutQuestion,
  FeedbackBody: OddOneOutFeedback,
};
