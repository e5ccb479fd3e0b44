'use client';

import { IntentLink } from '@/components/ui/IntentLink';
import { createContext, useContext } from 'react';
import { singleItemId } from '@/lib/items/ids';
import type { CitationView, ScenarioView } from '@/lib/items/schema';
import { compareHref, conceptHref } from '../links';
import styles from './quiz.module.css';

// Learning links are not prefetched: feedback shows up to nine of them after every answer,
// and most learners go on to the next question.

/** Feedback under a question (h3 parts) or nested under an h4 in a list of answers (h5 parts). */
export const NestedInList = createContext(false);

export function SubHeading({
  className,
  children,
}: {
  className?: string;
  children: React.ReactNode;
}) {
  const Heading = useContext(NestedInList) ? 'h5' : 'h3';
  return <Heading className={className}>{children}</Heading>;
}

export function Source({ citation }: { citation: CitationView }) {
  return (
    <p className={styles.citation}>
      Source: <cite title={citation.full}>{citation.text}</cite>
    </p>
  );
}

/** Links to the concept pages of the categories the feedback talks about. */
export function LearnLinks({
  frameworkId,
  ids,
  label,
  extra,
  confused,
}: {
  frameworkId: string;
  ids: readonly string[];
  label: (id: string) => string;
  extra?: { href: string; label: string };
  /** The key and the category picked instead: links their compare page, first. */
  confused?: [string, string];
}) {
  const compare = confused && compareHref(frameworkId, ...confused);
  return (
    <div className={styles.learn}>
      <SubHeading className={styles.learnTitle}>Learn more</SubHeading>
      <ul>
        {compare && confused ? (
          <li>
            <IntentLink href={compare}>
              Compare {label(confused[0])} and {label(confused[1])}
            </IntentLink>
          </li>
        ) : null}
        {[...new Set(ids)].map((id) => (
          <li key={id}>
            <IntentLink href={conceptHref(frameworkId, id)}>{label(id)}</IntentLink>
          </li>
        ))}
        {extra ? (
          <li>
            <IntentLink href={extra.href}>{extra.label}</IntentLink>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/** Contrast pairs: the same kind of case with one detail changed, and the category with it. */
export function CompareWith({
  scenario,
  frameworkId,
}: {
  scenario: ScenarioView;
  frameworkId: string;
}) {
  if (scenario.contrastWith.length === 0) return null;
  return (
    <div className={styles.learn}>
      <SubHeading className={styles.learnTitle}>Compare with</SubHeading>
      <p className="muted">One detail differs, and the answer changes with it.</p>
      <ul>
        {scenario.contrastWith.map((other) => {
          const lens = other.lenses.includes(frameworkId) ? frameworkId : other.lenses[0];
          return lens ? (
            <li key={other.id}>
              <IntentLink href={`/quiz?items=${singleItemId(other.id, lens)}`}>
                {other.title}
              </IntentLink>
            </li>
          ) : null;
        })}
      </ul>
    </div>
  );
}
