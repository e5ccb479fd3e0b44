'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import type { Item } from '@/lib/bank/items';
import { summariseQuiz } from '@/lib/quiz/summary';
import { conceptHref } from '../links';
import { resultHeadline } from './Feedback';
import styles from './quiz.module.css';

type Props = {
  title: string;
  items: readonly Item[];
  answers: Readonly<Record<string, string>>;
  onRestart: () => void;
  newQuizHref?: string;
};

export function Summary({ title, items, answers, onRestart, newQuizHref }: Props) {
  const responses = Object.fromEntries(
    Object.entries(answers).map(([id, choice]) => [id, { kind: 'choice' as const, choice }]),
  );
  const summary = summariseQuiz(items, responses);
  const percent = summary.max === 0 ? 0 : Math.round((summary.earned / summary.max) * 100);
  const missed = items.filter((item) => summary.missed.includes(item.id));
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div className={styles.summary}>
      <h2 ref={headingRef} tabIndex={-1}>
        Summary: {title}
      </h2>
      <p className={styles.score}>
        <span className={styles.scoreNumber}>
          {formatPoints(summary.earned)} / {summary.max}
        </span>{' '}
        <span>({percent}%)</span>
      </p>
      {summary.answered < summary.total ? (
        <p className="muted">
          {summary.total - summary.answered} of {summary.total} questions were not answered.
        </p>
      ) : null}

      <h3>By category</h3>
      <table className={styles.table}>
        <caption className="visually-hidden">Right answers per category of the key</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Right</th>
          </tr>
        </thead>
        <tbody>
          {summary.byCategory.map((row) => (
            <tr key={`${row.frameworkId}:${row.categoryId}`}>
              <th scope="row">
                <Link href={conceptHref(row.frameworkId, row.categoryId)}>{row.label}</Link>
              </th>
              <td>
                {row.right} of {row.total}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className={styles.actions}>
        {missed.length > 0 ? (
          <Link
            className="button button-block"
            href={`/quiz?items=${missed.map((i) => i.id).join(',')}`}
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

      {missed.length > 0 ? (
        <>
          <h3>What you missed</h3>
          <ol className={styles.missed}>
            {missed.map((item) => {
              const given = answers[item.id];
              const label = (id: string | undefined) =>
                item.options.find((o) => o.id === id)?.label ?? '—';
              const score = summary.scores[item.id];
              return (
                <li key={item.id} className={styles.missedItem}>
                  <h4>{item.stem.title}</h4>
                  <p>
                    {score ? (
                      <span className="visually-hidden">{resultHeadline(score).slice(2)}. </span>
                    ) : null}
                    <strong>You answered:</strong> {label(given)}
                    <br />
                    <strong>Answer:</strong> {label(item.answer.key)}
                  </p>
                  <p>{item.teaching.explanation}</p>
                  {given && item.teaching.whyNot[given] ? (
                    <p>
                      <strong>Why not “{label(given)}”:</strong> {item.teaching.whyNot[given]}
                    </p>
                  ) : null}
                  <p className={styles.citation}>
                    Source: <cite>{item.teaching.citation.text}</cite> ·{' '}
                    <Link href={conceptHref(item.frameworkId, item.answer.key)}>
                      About {label(item.answer.key)}
                    </Link>
                  </p>
                </li>
              );
            })}
          </ol>
        </>
      ) : (
        <p>Every answer was right. Try a harder mix or another framework.</p>
      )}
    </div>
  );
}

function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(1);
}
