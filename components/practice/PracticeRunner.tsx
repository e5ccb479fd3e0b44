'use client';

import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { scoreItem, toPublicItem } from '@/lib/items/registry';
import type { LearnerResponse } from '@/lib/items/response';
import { practiceStep } from '@/lib/practice/answer-step';
import type { PracticeItem } from '@/lib/practice/bank-data';
import { dueCount, selectNext, buildPracticeIndex, type Selection } from '@/lib/practice/select';
import { endOfDay } from '@/lib/practice/progress';
import { compareHref } from '../links';
import { usePracticeStore } from '@/stores/practice-store-provider';
import { ItemFeedback, resultHeadline } from '../quiz/Feedback';
import { ItemQuestion } from '../quiz/ItemQuestion';
import styles from './practice.module.css';
import { usePracticeBank, type BankState } from './usePracticeBank';
import { useQuestionFocus } from '../quiz/useQuestionFocus';

/** Endless practice: the next item is chosen by lib/practice/select after every answer. */
export function PracticeRunner() {
  const bank = usePracticeBank();
  if (bank.status === 'loading') {
    return <p className={styles.status}>Loading the question bank…</p>;
  }
  if (bank.status === 'error') {
    return (
      <p className={styles.status} role="alert">
        The question bank could not be loaded. Check your connection and reload the page.
      </p>
    );
  }
  return <Practice bank={bank} />;
}

function Practice({ bank }: { bank: Extract<BankState, { status: 'ready' }> }) {
  const hydrated = usePracticeStore((s) => s.hydrated);
  const cards = usePracticeStore((s) => s.cards);
  const history = usePracticeStore((s) => s.history);
  const remediation = usePracticeStore((s) => s.remediation);
  const scope = usePracticeStore((s) => s.scope);
  const retention = usePracticeStore((s) => s.retention);
  const certaintyBased = usePracticeStore((s) => s.certaintyBased);
  const record = usePracticeStore((s) => s.record);
  const setScope = usePracticeStore((s) => s.setScope);
  const setCertaintyBased = usePracticeStore((s) => s.setCertaintyBased);

  const index = useMemo(
    () =>
      buildPracticeIndex(
        bank.index.entries.map(({ id, frameworkId, scenarioId, key }) => ({
          id,
          frameworkId,
          scenarioId,
          key,
        })),
      ),
    [bank.index],
  );
  const frameworks = bank.index.frameworks;
  const labelOf = (frameworkId: string, categoryId: string) =>
    frameworks.find((f) => f.id === frameworkId)?.categories.find((c) => c.id === categoryId);

  // The clock is read when the learner moves on, so rendering stays pure.
  const [now, setNow] = useState(() => Date.now());
  // The item on screen once answered, pinned so that recording the answer does not replace it.
  const [answered, setAnswered] = useState<{ selection: Selection; response: LearnerResponse }>();
  const chosen = useMemo(
    () => (hydrated ? selectNext({ index, cards, history, remediation, scope, now }) : undefined),
    [hydrated, index, cards, history, remediation, scope, now],
  );
  const current: { selection: Selection; response?: LearnerResponse } | undefined =
    answered ?? (chosen ? { selection: chosen } : undefined);
  const [announcement, setAnnouncement] = useState('');
  const { titleRef, nextRef, focusAfterRender } = useQuestionFocus();

  const dueToday = dueCount(cards, endOfDay(now, new Date(now).getTimezoneOffset()));
  const item: PracticeItem | undefined = current && bank.items.get(current.selection.item.id);
  // The chosen item's chunk may not be here yet: ask for it (a no-op once it is on its way).
  const { request } = bank;
  const wanted = current && !item ? current.selection.item.id : undefined;
  useEffect(() => {
    if (wanted) request(wanted);
  }, [wanted, request]);
  const checked =
    item && current?.response && scoreItem(item, current.response, { certaintyBased });
  const shownScore = checked?.status === 'scored' ? checked : undefined;

  const submit = async (response: LearnerResponse) => {
    if (!item || !current) return;
    // ts-fsrs is loaded with the first answer, not with the page.
    const scheduler = await import('@/lib/practice/schedule');
    const step = practiceStep(
      item,
      response,
      { certaintyBased, now: Date.now() },
      { index, cards, history, remediation, retention },
      scheduler,
    );
    if (!step.ok) return;
    setAnswered({ selection: current.selection, response });
    setAnnouncement(resultHeadline(step.score).slice(2));
    focusAfterRender('next');
    record({
      answer: step.answer,
      concept: step.concept,
      card: step.card,
      remediation: step.remediation,
    });
  };

  const frameworkLabel = (id: string) => frameworks.find((f) => f.id === id)?.shortLabel ?? id;

  return (
    <div className={styles.practice}>
      <div className={styles.bar}>
        <p className={styles.counts}>
          <span>
            <strong>{hydrated ? dueToday : '–'}</strong> due today
          </span>
          <span>
            <strong>{history.length}</strong> answered
          </span>
        </p>
        <div className={styles.controls}>
          <label className={styles.scope}>
            <span>Practise</span>
            <select
              value={scope}
              onChange={(e) => {
                setAnswered(undefined);
                setNow(Date.now());
                setScope(e.target.value);
              }}
            >
              <option value="mixed">Everything, mixed</option>
              {frameworks.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.shortLabel} only
                </option>
              ))}
            </select>
          </label>
          <label className={styles.toggle}>
            <input
              type="checkbox"
              checked={certaintyBased}
              onChange={(e) => setCertaintyBased(e.target.checked)}
            />
            <span>Say how sure</span>
          </label>
          <Link href="/progress">Your progress</Link>
        </div>
      </div>

      {!hydrated ? (
        <p className={styles.status}>Loading your progress…</p>
      ) : !current ? (
        <p className={styles.status}>Nothing to practise in this scope.</p>
      ) : !item ? (
        bank.failed ? (
          <p className={styles.status} role="alert">
            This question could not be loaded. Check your connection and reload the page.
          </p>
        ) : (
          <p className={styles.status}>Loading the question…</p>
        )
      ) : (
        <>
          <p className={styles.why}>
            {current.selection.reason === 'remediation' && current.selection.remediation ? (
              <Untangle
                a={labelOf(item.frameworkId, current.selection.remediation.keyCategory)}
                b={labelOf(item.frameworkId, current.selection.remediation.confusedWith)}
                compare={compareHref(
                  item.frameworkId,
                  current.selection.remediation.keyCategory,
                  current.selection.remediation.confusedWith,
                )}
                times={
                  history.filter(
                    (h) =>
                      h.frameworkId === item.frameworkId &&
                      h.key === current.selection.remediation?.keyCategory &&
                      h.given === current.selection.remediation?.confusedWith,
                  ).length
                }
              />
            ) : (
              <>
                {frameworkLabel(item.frameworkId)} ·{' '}
                {current.selection.reason === 'due'
                  ? 'due for review'
                  : current.selection.reason === 'new'
                    ? 'a new concept'
                    : 'extra practice'}
              </>
            )}
          </p>
          <ItemQuestion
            key={item.id}
            item={toPublicItem(item)}
            score={shownScore}
            given={current.response}
            certaintyBased={certaintyBased}
            titleRef={titleRef}
            onSubmit={(response) => void submit(response)}
            onDraft={() => undefined}
            announce={setAnnouncement}
          />
          {current.response && shownScore ? (
            <ItemFeedback
              item={item}
              response={current.response}
              score={shownScore}
              certaintyBased={certaintyBased}
            >
              <button
                ref={nextRef}
                type="button"
                className="button button-block"
                onClick={() => {
                  setAnswered(undefined);
                  setNow(Date.now());
                  setAnnouncement('');
                  focusAfterRender('title');
                }}
              >
                Next question
              </button>
            </ItemFeedback>
          ) : null}
        </>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

type Category = { label: string; shortLabel: string; definition: string } | undefined;

/** Shown on the two cases queued after a confusion: the two categories side by side. */
function Untangle({
  a,
  b,
  compare,
  times,
}: {
  a: Category;
  b: Category;
  compare?: string;
  /** How often the learner has given b for a. */
  times: number;
}) {
  if (!a || !b) return null;
  return (
    <span className={styles.untangle}>
      <strong>
        Telling apart: {a.shortLabel} and {b.shortLabel}
      </strong>
      <span>
        {a.shortLabel}: {a.definition}
      </span>
      <span>
        {b.shortLabel}: {b.definition}
      </span>
      {compare ? (
        <Link prefetch={false} href={compare}>
          {times >= 2
            ? `You have mixed these up ${times} times: see them side by side, with cases`
            : 'See them side by side, with cases'}
        </Link>
      ) : null}
    </span>
  );
}
