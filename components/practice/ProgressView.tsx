'use client';

import { IntentLink } from '@/components/ui/IntentLink';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import type { PracticeFramework } from '@/lib/practice/bank-data';
import {
  accuracyByDay,
  confusionMatrix,
  learnerConfusions,
  masteryOf,
  type DayAccuracy,
  type MasteryLevel,
} from '@/lib/practice/progress';
import { dueToday } from '@/lib/practice/select';
import { conceptId } from '@/lib/items/ids';
import { compareHref } from '../links';
import { TableScroll } from '../ui/TableScroll';
import { usePracticeStore } from '@/stores/practice-store-provider';
import styles from './progress.module.css';

const LEVEL_LABEL: Record<MasteryLevel, string> = {
  'not-started': 'Not started',
  learning: 'Learning',
  'getting-there': 'Getting there',
  mastered: 'Mastered',
};

/**
 * The frameworks come from the server with the page, so nothing is fetched here: the page shows
 * its headings at once and the learner's figures as soon as the saved progress is read.
 */
export function ProgressView({ frameworks }: { frameworks: readonly PracticeFramework[] }) {
  const hydrated = usePracticeStore((s) => s.hydrated);
  // The tables are rendered in a transition, in slices that leave the page responsive, not in
  // the one long task that reading the saved progress would otherwise start.
  const tablesShown = useDeferredValue(hydrated, false);
  const cards = usePracticeStore((s) => s.cards);
  const history = usePracticeStore((s) => s.history);
  const [now] = useState(() => Date.now());
  const due = dueToday(cards, now);
  const days = useMemo(() => accuracyByDay(history, now), [history, now]);
  // Until the saved progress is read, figures show a dash, never an empty learner's zeros.
  const figure = (value: number) => (hydrated ? value : '–');

  return (
    <div className={styles.progress}>
      <p className={styles.summary}>
        <span>
          <strong>{figure(history.length)}</strong> answers
        </span>
        <span>
          <strong>{figure(due)}</strong> concepts due today
        </span>
        <span>
          <strong>{figure(Object.keys(cards).length)}</strong> concepts started
        </span>
      </p>
      <IntentLink className="button" href="/practice">
        Practise now
      </IntentLink>

      {!tablesShown ? (
        <p>Loading your progress…</p>
      ) : (
        <>
          <section aria-labelledby="mastery-title">
            <h2 id="mastery-title">Mastery by concept</h2>
            <p className="muted">
              From your last five answers on each concept, not lifetime totals.
            </p>
            {frameworks.map((framework) => (
              <TableScroll key={framework.id} label={`Mastery: ${framework.shortLabel}`}>
                <table className={styles.table}>
                  <caption>{framework.label}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Concept</th>
                      <th scope="col">Recent</th>
                      <th scope="col">Level</th>
                      <th scope="col">Next due</th>
                    </tr>
                  </thead>
                  <tbody>
                    {framework.categories.map((category) => {
                      const concept = conceptId(framework.id, category.id);
                      const mastery = masteryOf(history, concept);
                      const card = cards[concept];
                      return (
                        <tr key={category.id} data-level={mastery.level}>
                          <th scope="row">{category.shortLabel}</th>
                          <td>
                            {mastery.answers === 0 ? '–' : `${Math.round(mastery.score * 100)} %`}
                          </td>
                          <td>{LEVEL_LABEL[mastery.level]}</td>
                          <td>{card ? dueText(card.due, now) : 'new'}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableScroll>
            ))}
          </section>

          <section aria-labelledby="confusion-title">
            <h2 id="confusion-title">What you mix up</h2>
            <p className="muted">
              Rows: the right answer. Columns: what you chose. Off the diagonal are the mix-ups.
            </p>
            {frameworks.map((framework) => {
              const ids = framework.categories.map((c) => c.id);
              const matrix = confusionMatrix(history, framework.id, ids);
              const total = matrix.flat().reduce((a, b) => a + b, 0);
              if (total === 0) return null;
              const max = Math.max(1, ...matrix.flat());
              const mixUps = learnerConfusions(history, framework.id, ids).flatMap((pair) => {
                const href = compareHref(framework.id, pair.key, pair.given);
                const name = (id: string) =>
                  framework.categories.find((c) => c.id === id)?.shortLabel ?? id;
                return href
                  ? [{ ...pair, href, key: name(pair.key), given: name(pair.given) }]
                  : [];
              });
              return (
                <div key={framework.id}>
                  <div className={styles.scroll}>
                    <table className={styles.heatmap}>
                      <caption>
                        {framework.label}: right answer (rows) by your answer (columns)
                      </caption>
                      <thead>
                        <tr>
                          <td />
                          {framework.categories.map((c) => (
                            <th key={c.id} scope="col" title={c.label}>
                              {c.shortLabel}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {framework.categories.map((row, r) => (
                          <tr key={row.id}>
                            <th scope="row">{row.shortLabel}</th>
                            {matrix[r]!.map((count, c) => (
                              <td
                                key={ids[c]}
                                data-diagonal={r === c}
                                style={{ '--heat': count / max } as React.CSSProperties}
                              >
                                {count}
                              </td>
                            ))}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                  {mixUps.length > 0 ? (
                    <ul className={styles.mixUps}>
                      {mixUps.map((pair) => (
                        <li key={pair.href}>
                          <IntentLink href={pair.href}>
                            {pair.key} answered as {pair.given} {pair.count} times: compare them
                          </IntentLink>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </div>
              );
            })}
            {history.every((a) => a.given === undefined) ? <p>No answers yet.</p> : null}
          </section>

          <section aria-labelledby="time-title">
            <h2 id="time-title">Accuracy over time</h2>
            {days.length === 0 ? (
              <p>No answers in the last 14 days.</p>
            ) : (
              <>
                <AccuracyChart days={days} />
                <table className={styles.table}>
                  <caption>Accuracy per day (the chart as a table)</caption>
                  <thead>
                    <tr>
                      <th scope="col">Day</th>
                      <th scope="col">Answers</th>
                      <th scope="col">Accuracy</th>
                    </tr>
                  </thead>
                  <tbody>
                    {days.map((d) => (
                      <tr key={d.day}>
                        <th scope="row">{d.day}</th>
                        <td>{d.answers}</td>
                        <td>{Math.round(d.accuracy * 100)} %</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>

          <RetentionSetting />
          <ProgressFile />
        </>
      )}
    </div>
  );
}

function dueText(due: number, now: number): string {
  const days = Math.round((due - now) / 86_400_000);
  if (due <= now) return 'due now';
  if (days <= 0) return 'today';
  return days === 1 ? 'tomorrow' : `in ${days} days`;
}

/** A small line chart; the table after it carries the same data for screen readers. */
function AccuracyChart({ days }: { days: readonly DayAccuracy[] }) {
  const width = 320;
  const height = 140;
  const pad = 24;
  const x = (i: number) =>
    days.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (days.length - 1);
  const y = (accuracy: number) => height - pad - accuracy * (height - 2 * pad);
  const points = days.map((d, i) => `${x(i)},${y(d.accuracy)}`).join(' ');
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label="Accuracy per day; the same figures follow in a table"
    >
      {[0, 0.5, 1].map((level) => (
        <g key={level}>
          <line x1={pad} x2={width - pad} y1={y(level)} y2={y(level)} className={styles.grid} />
          <text x={2} y={y(level) + 4} className={styles.axis}>
            {level * 100}%
          </text>
        </g>
      ))}
      <polyline points={points} className={styles.line} />
      {days.map((d, i) => (
        <circle key={d.day} cx={x(i)} cy={y(d.accuracy)} r={4} className={styles.dot} />
      ))}
    </svg>
  );
}

const RETENTIONS = [0.8, 0.85, 0.9, 0.95] as const;

/** FSRS desired retention: higher means shorter intervals and more reviews. */
function RetentionSetting() {
  const retention = usePracticeStore((s) => s.retention);
  const setRetention = usePracticeStore((s) => s.setRetention);
  return (
    <section aria-labelledby="schedule-title">
      <h2 id="schedule-title">Review schedule</h2>
      <label className={styles.setting}>
        <span>Aim to remember</span>
        <select value={retention} onChange={(e) => setRetention(Number(e.target.value))}>
          {RETENTIONS.map((r) => (
            <option key={r} value={r}>
              {Math.round(r * 100)} % of concepts{r === 0.9 ? ' (recommended)' : ''}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">
        Higher means concepts come back sooner and more often. Applies from your next answer.
      </p>
    </section>
  );
}

/** Export to a file, import on another device, or start again. */
function ProgressFile() {
  const replace = usePracticeStore((s) => s.replace);
  const reset = usePracticeStore((s) => s.reset);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const state = usePracticeStore((s) => s);

  const download = async () => {
    const { serialiseExport } = await import('@/stores/practice-state');
    const { cards, history, remediation, scope, retention, certaintyBased } = state;
    const text = serialiseExport(
      { cards, history, remediation, scope, retention, certaintyBased },
      Date.now(),
    );
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `attache-progress-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(url);
    setMessage({ tone: 'ok', text: 'Progress exported.' });
  };

  const upload = async (file: File) => {
    const { parseExport } = await import('@/stores/practice-state');
    const result = parseExport(await file.text());
    if (!result.ok) {
      setMessage({ tone: 'error', text: `${result.message} Nothing was changed.` });
      return;
    }
    replace(result.state);
    setMessage({
      tone: 'ok',
      text: `Progress imported: ${result.state.history.length} answers.`,
    });
  };

  return (
    <section aria-labelledby="file-title" className={styles.file}>
      <h2 id="file-title">Your progress file</h2>
      <p className="muted">
        Progress stays on this device. Export it to keep a copy or to carry it to another device.
      </p>
      <div className={styles.actions}>
        <button type="button" className="button button-secondary" onClick={() => void download()}>
          Export progress
        </button>
        <label className="button button-secondary">
          Import progress
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(file);
              e.target.value = '';
            }}
          />
        </label>
        {confirming ? (
          <span className={styles.confirm}>
            <span>Erase all practice progress on this device?</span>
            <button
              type="button"
              className="button"
              onClick={() => {
                reset();
                setConfirming(false);
                setMessage({ tone: 'ok', text: 'Progress erased.' });
              }}
            >
              Yes, erase
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setConfirming(false)}
            >
              Keep it
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setConfirming(true)}
          >
            Reset progress…
          </button>
        )}
      </div>
      <p role="status" data-tone={message?.tone}>
        {message?.text}
      </p>
    </section>
  );
}
