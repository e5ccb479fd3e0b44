'use client';

import { labelIn } from '@/lib/items/kind';
import { CompareWith, LearnLinks, Source } from '../FeedbackParts';
import styles from '../quiz.module.css';
import type { FeedbackProps } from '../kinds/types';

export function ManyFeedback({ item, score }: FeedbackProps<'classify-many'>) {
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
