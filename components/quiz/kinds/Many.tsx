'use client';

import { useId, useState } from 'react';
import { labelIn } from '@/lib/items/kind';
import type { Certainty } from '@/lib/items/response';
import { ScenarioCard } from '../../ScenarioCard';
import { CompareWith, LearnLinks, markOf, Source } from '../FeedbackParts';
import { OptionRow } from '../OptionRow';
import { AnswerFooter } from '../SubmitRow';
import styles from '../quiz.module.css';
import type { FeedbackProps, KindView, QuestionProps } from './types';

/** Pick every option that applies: checkboxes, partial credit. */
function ManyQuestion({
  item,
  given,
  score,
  certaintyBased,
  submitLabel,
  titleRef,
  onSubmit,
}: QuestionProps<'classify-many'>) {
  const name = useId();
  const titleId = `${item.id}-title`;
  const answered = given?.kind === 'many' ? given : undefined;
  const [ticked, setTicked] = useState<string[]>(answered?.choices ?? []);
  const [certainty, setCertainty] = useState<Certainty | undefined>(answered?.certainty);
  const [problem, setProblem] = useState<string>();
  const locked = answered !== undefined;
  const selected = new Set(answered?.choices ?? ticked);
  const marks = score?.detail.kind === 'options' ? score.detail.options : undefined;

  return (
    <>
      <ScenarioCard scenario={item.scenario} titleId={titleId} titleRef={titleRef} />
      <form
        className={styles.question}
        onSubmit={(event) => {
          event.preventDefault();
          if (locked) return;
          if (ticked.length === 0) return setProblem('Tick at least one option.');
          if (certaintyBased && certainty === undefined) return setProblem('Say how sure you are.');
          // Keep the options' order, whatever the order of ticking.
          const choices = item.options.map((o) => o.id).filter((id) => ticked.includes(id));
          onSubmit({ kind: 'many', choices, ...(certaintyBased ? { certainty } : {}) });
        }}
      >
        <fieldset className={styles.fieldset} aria-describedby={titleId}>
          <legend className={styles.legend}>{item.question}</legend>
          <ul className={styles.options}>
            {item.options.map((option) => (
              <li key={option.id}>
                <OptionRow
                  type="checkbox"
                  name={name}
                  value={option.id}
                  label={option.label}
                  checked={selected.has(option.id)}
                  disabled={locked}
                  mark={markOf(marks, option.id)}
                  onChange={() => {
                    setTicked((now) =>
                      now.includes(option.id)
                        ? now.filter((id) => id !== option.id)
                        : [...now, option.id],
                    );
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

function ManyFeedback({ item, score }: FeedbackProps<'classify-many'>) {
  const label = (id: string) => labelIn(item.options, id);
  const options = score.detail.kind === 'options' ? score.detail.options : [];
  const applies = options.filter((o) => o.mark === 'right-picked' || o.mark === 'missed');
  const wrongPicks = options.filter((o) => o.mark === 'wrong-pick');
  const missed = applies.filter((o) => o.mark === 'missed');
  return (
    <>
      <p>
        <strong>
          {applies.length === 1 ? 'It plays one role' : `All ${applies.length} that apply`}:
        </strong>{' '}
        {applies.map((o) => label(o.id)).join('; ')}
      </p>
      <p>{item.teaching.explanation}</p>
      <ul className={styles.marks}>
        {applies.map(({ id, mark }) => (
          <li key={id} data-tone={mark === 'right-picked' ? 'right' : 'wrong'}>
            <strong>{mark === 'right-picked' ? '✓ Ticked, applies' : '✗ Missed, applies'}:</strong>{' '}
            {label(id)}
            {id !== item.answerKey.primary && item.teaching.alsoFits[id] ? (
              <> — {item.teaching.alsoFits[id]}</>
            ) : null}
          </li>
        ))}
        {wrongPicks.map(({ id }) => (
          <li key={id} data-tone="wrong">
            <strong>✗ Ticked, does not apply:</strong> {label(id)} —{' '}
            {item.teaching.whyNot[id] ?? item.teaching.alsoFits[id]}
          </li>
        ))}
      </ul>
      {missed.length === 0 && wrongPicks.length === 0 ? null : (
        <p className="muted">
          Each role that applies earns a share of the point; each wrongly ticked one takes a share
          away (never below 0).
        </p>
      )}
      <Source citation={item.teaching.citation} />
      <LearnLinks
        frameworkId={item.frameworkId}
        ids={[...applies, ...wrongPicks].map((o) => o.id)}
        label={label}
        confused={wrongPicks[0] ? [item.answerKey.primary, wrongPicks[0].id] : undefined}
      />
      <CompareWith scenario={item.scenario} frameworkId={item.frameworkId} />
    </>
  );
}

export const manyView: KindView<'classify-many'> = {
  Question: ManyQuestion,
  FeedbackBody: ManyFeedback,
};
