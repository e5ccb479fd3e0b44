'use client';

import { IntentLink } from '@/components/ui/IntentLink';
import { labelIn } from '@/lib/items/kind';
import { compareHref, conceptHref } from '../../links';
import { SubHeading } from '../FeedbackParts';
import styles from '../quiz.module.css';
import type { FeedbackProps } from '../kinds/types';

/** The misplaced cards with why, then (folded) why the right ones are right. */
export function SortFeedback({ item, score }: FeedbackProps<'sort'>) {
  if (score.detail.kind !== 'placements') return null;
  const label = (id: string) => labelIn(item.buckets, id);
  const titleOf = (id: string) => item.scenarios.find((s) => s.id === id)?.title ?? id;
  const wrong = score.detail.scenarios.filter((p) => p.verdict === 'wrong');
  const right = score.detail.scenarios.filter((p) => p.verdict !== 'wrong');
  return (
    <>
      {wrong.length > 0 ? (
        <>
          <SubHeading>Misplaced</SubHeading>
          <ul className={styles.sortNotes}>
            {wrong.map(({ scenarioId, placed, key }) => {
              const teaching = item.teaching.scenarios[scenarioId]!;
              return (
                <li key={scenarioId}>
                  <p className={styles.sortNoteTitle}>{titleOf(scenarioId)}</p>
                  <p>
                    <strong>You placed it in:</strong> {label(placed)}.{' '}
                    <strong>It belongs in:</strong> {label(key)}.
                  </p>
                  {teaching.whyNot[placed] ? (
                    <p>
                      <strong>Why not “{label(placed)}”:</strong> {teaching.whyNot[placed]}
                    </p>
                  ) : null}
                  <p>{teaching.explanation}</p>
                  <p className={styles.citation}>
                    Source: <cite title={teaching.citation.full}>{teaching.citation.text}</cite> ·{' '}
                    <IntentLink href={conceptHref(item.frameworkId, key)}>
                      About {label(key)}
                    </IntentLink>
                    <CompareLink frameworkId={item.frameworkId} a={key} b={placed} label={label} />
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {right.length > 0 ? (
        <details className={styles.moreNotes}>
          <summary>
            Why the {right.length} right {right.length === 1 ? 'card is' : 'cards are'} right
          </summary>
          <ul className={styles.sortNotes}>
            {right.map(({ scenarioId, key }) => (
              <li key={scenarioId}>
                <p className={styles.sortNoteTitle}>
                  {titleOf(scenarioId)} → {label(key)}
                </p>
                <p>{item.teaching.scenarios[scenarioId]!.explanation}</p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

function CompareLink({
  frameworkId,
  a,
  b,
  label,
}: {
  frameworkId: string;
  a: string;
  b: string;
  label: (id: string) => string;
}) {
  const href = compareHref(frameworkId, a, b);
  return href ? (
    <>
      {' · '}
      <IntentLink href={href}>
        Compare {label(a)} and {label(b)}
      </IntentLink>
    </>
  ) : null;
}
