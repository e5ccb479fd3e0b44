'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { itemTitle, markingNotes } from '@/lib/items/registry';
import type { LearnerResponse } from '@/lib/items/response';
import type { Item } from '@/lib/items/schema';
import { summariseQuiz } from '@/lib/quiz/summary';
import { conceptHref } from '../links';
import { CERTAINTY_LABEL } from './CertaintyPicker';
import { ItemFeedback } from './Feedback';
import styles from './quiz.module.css';

type Props = {
  title: string;
  items: readonly Item[];
  responses: Readonly<Record<string, LearnerResponse>>;
  certaintyBased?: boolean;
  onRestart: () => void;
  newQuizHref?: string;
};

const VERDICT_TEXT = {
  'over-confident': 'Over-confident: you were right less often than this level needs.',
  'under-confident': 'Under-confident: you were right often enough to say you were surer.',
  'well-calibrated': 'Well calibrated.',
} as const;

export function Summary({
  title,
  items,
  responses,
  certaintyBased = false,
  onRestart,
  newQuizHref,
}: Props) {
  const summary = summariseQuiz(items, responses, { certaintyBased });
  const percent =
    summary.max === 0 ? 0 : Math.max(0, Math.round((summary.earned / summary.max) * 100));
  const missed = items.filter((item) => summary.missed.includes(item.id));
  const wrongReason = items.filter((item) => summary.rightAnswerWrongReason.includes(item.id));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const marking = markingNotes(items);
  // The last answer was far down the page: start the summary at its top, then focus its title.
  useEffect(() => {
    window.scrollTo({ top: 0, behavior: 'instant' });
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <div className={styles.summary}>
      <h2 ref={headingRef} tabIndex={-1}>
        Summary: {title}
      </h2>
      <p className={styles.score}>
        <span className={styles.scoreNumber}>
          {formatPoints(summary.earned)} / {summary.max}
        </span>{' '}
        <span>marks ({percent}%)</span>
      </p>
      <p className="muted">
        {certaintyBased
          ? 'Each classified case is marked for certainty: right 1, 2 or 3; wrong 0, −2 or −6.'
          : 'One mark for each classified case.'}
        {marking.length > 0 ? ` ${capitalise(marking.join('; '))}.` : ''}
        {items.length !== summary.scenarios.total
          ? ` So ${items.length} questions make ${summary.scenarios.total} cases.`
          : ''}
      </p>
      <p>
        {summary.scenarios.right} of {summary.scenarios.total} cases classified right.
      </p>
      {summary.answered < summary.total ? (
        <p className="muted">
          {summary.total - summary.answered} of {summary.total} questions were not answered.
        </p>
      ) : null}

      <h3>By category</h3>
      {/* A list, not a table: long category names beside a number column overflowed a phone. */}
      <ul className={styles.byCategory}>
        {summary.byCategory.map((row) => (
          <li key={`${row.frameworkId}:${row.categoryId}`}>
            <Link href={conceptHref(row.frameworkId, row.categoryId)}>{row.label}</Link>
            <span className={styles.categoryScore}>
              {formatPoints(row.right)} of {row.total} right
            </span>
          </li>
        ))}
      </ul>

      {summary.calibration ? (
        <>
          <h3>How sure you were, and how often right</h3>
          <table className={styles.table}>
            <caption className="visually-hidden">Accuracy at each certainty level</caption>
            <thead>
              <tr>
                <th scope="col">Certainty</th>
                <th scope="col">Answers</th>
                <th scope="col">Right</th>
              </tr>
            </thead>
            <tbody>
              {summary.calibration.map((row) => (
                <tr key={row.certainty}>
                  <th scope="row">{CERTAINTY_LABEL[row.certainty]}</th>
                  <td>{row.answers}</td>
                  <td>{row.accuracy === undefined ? '—' : `${Math.round(row.accuracy * 100)}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className={styles.calibration}>
            {summary.calibration
              .filter((row) => row.verdict)
              .map((row) => (
                <li key={row.certainty}>
                  <strong>{CERTAINTY_LABEL[row.certainty]}:</strong> {VERDICT_TEXT[row.verdict!]}
                </li>
              ))}
          </ul>
          <p className="muted">
            Saying “very sure” pays when you are right more than 80% of the time; “fairly sure”
            above 67%.
          </p>
        </>
      ) : null}

      <div className={styles.actions}>
        {missed.length > 0 ? (
          <Link
            className="button button-block"
            href={`/quiz?items=${missed.map((i) => i.id).join(',')}${certaintyBased ? '&cbm=1' : ''}`}
          >
            Retry the {missed.length} missed
          </Link>
        ) : null}
        <button type="button" className="button button-secondary button-block" onClick={onRestart}>
          Start this quiz again
        </button>
        {newQuizHref ? (
          <Link className="button button-secondary button-block" href={newQuizHref}>
            New questions
          </Link>
        ) : null}
      </div>

      {wrongReason.length > 0 ? (
        <>
          <h3>Right answer, wrong reason</h3>
          <p>You named the mode but not what sets it apart. These are worth another look:</p>
          <ul className={styles.missed}>
            {wrongReason.map((item) => (
              <li key={item.id}>{itemTitle(item)}</li>
            ))}
          </ul>
        </>
      ) : null}

      {missed.length > 0 ? (
        <>
          <h3>What you missed</h3>
          <ol className={styles.missed}>
            {missed.map((item) => {
              const response = responses[item.id];
              const score = summary.scores[item.id];
              if (!response || score?.status !== 'scored') return null;
              return (
                <li key={item.id} className={styles.missedItem}>
                  <h4>{itemTitle(item)}</h4>
                  <ItemFeedback
                    item={item}
                    response={response}
                    score={score}
                    certaintyBased={certaintyBased}
                    inList
                  />
                </li>
              );
            })}
          </ol>
        </>
      ) : summary.answered > 0 ? (
        <p>Every answer was right. Try a harder mix or another framework.</p>
      ) : null}
    </div>
  );
}

function formatPoints(points: number): string {
  const text = Number.isInteger(points) ? String(Math.abs(points)) : Math.abs(points).toFixed(1);
  return points < 0 ? `−${text}` : text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
