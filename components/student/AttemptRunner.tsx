'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { itemTitle, kindLabel, responseSummary } from '@/lib/items/registry';
import type { LearnerResponse } from '@/lib/items/response';
import type { Item } from '@/lib/items/schema';
import { isRight, type Scored } from '@/lib/items/score';
import type { AttemptView } from '@/lib/assignments/views';
import { callApi } from '../api';
import { useLoadedModule } from '@/components/ui/useLoadedModule';
import { FeedbackPending } from '../quiz/FeedbackPending';
import { loadFeedback } from '../quiz/load-feedback';
import { ItemQuestion } from '../quiz/ItemQuestion';
import quizStyles from '../quiz/quiz.module.css';
import { useQuestionFocus } from '../quiz/useQuestionFocus';
import { SaveStatus } from './SaveStatus';
import styles from './student.module.css';
import { useAnswerQueue } from './useAnswerQueue';

type Props = { view: AttemptView; code: string };

type Shown = { item: Item; score: Scored };

/** An open attempt: one question per screen, every answer saved as it is given. */
export function AttemptRunner({ view, code }: Props) {
  const router = useRouter();
  const { items } = view;
  const immediate = view.assignment.feedback === 'immediate';
  const [responses, setResponses] = useState<Record<string, LearnerResponse>>(() =>
    Object.fromEntries(Object.entries(view.answers).map(([id, a]) => [id, a.response])),
  );
  const [shown, setShown] = useState<Record<string, Shown>>(() =>
    Object.fromEntries(
      Object.entries(view.answers).flatMap(([id, a]) => {
        const item = view.revealed[id];
        return item && a.score ? [[id, { item, score: a.score }]] : [];
      }),
    ),
  );
  // Unsent work in progress, such as a half-sorted board: the board renders from it.
  const [drafts, setDrafts] = useState<Record<string, LearnerResponse>>({});
  const [editing, setEditing] = useState<string | undefined>();
  const [index, setIndex] = useState(() => {
    const first = items.findIndex((item) => view.answers[item.id] === undefined);
    return first === -1 ? items.length : first;
  });
  const [problem, setProblem] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const { status, enqueue, pending } = useAnswerQueue(code);
  const { titleRef, nextRef, focusAfterRender } = useQuestionFocus();
  // Feedback comes with the saved answer only when the assignment gives it at once.
  const feedbackCode = useLoadedModule(loadFeedback, immediate, { ahead: true });
  const refresh = useCallback(() => router.refresh(), [router]);

  const go = (to: number) => {
    setIndex(to);
    setEditing(undefined);
    setProblem(undefined);
    setAnnouncement('');
    focusAfterRender('title');
  };

  const submitAnswer = (itemId: string, response: LearnerResponse) => {
    setResponses((r) => ({ ...r, [itemId]: response }));
    setEditing(undefined);
    setProblem(undefined);
    focusAfterRender('next');
    enqueue({
      itemId,
      response,
      onSaved: (ack) => {
        const feedback = ack.feedback;
        if (feedback) {
          setShown((s) => ({ ...s, [itemId]: feedback }));
          setAnnouncement(isRight(feedback.score) ? 'Right.' : 'Not quite: see the explanation.');
        }
      },
      onRefused: (error) => {
        setProblem(error);
        // The server knows best (an attempt closed, a deadline passed): show its view.
        router.refresh();
      },
    });
  };

  if (index >= items.length) {
    return (
      <ReviewAndSubmit
        view={view}
        responses={responses}
        onGo={go}
        pending={pending}
        code={code}
        status={<SaveStatus status={status} />}
      />
    );
  }

  const item = items[index]!;
  const response = responses[item.id];
  const feedback = shown[item.id];
  const locked = response !== undefined && editing !== item.id;
  const last = index === items.length - 1;

  return (
    <div className={quizStyles.quiz}>
      <div className={styles.bar}>
        <span>
          Question {index + 1} of {items.length}
          <span className={quizStyles.kind}> · {kindLabel(item.kind)}</span>
        </span>
        <Countdown deadlineAt={view.attempt.deadlineAt} onEnd={refresh} />
        <SaveStatus status={status} />
      </div>

      <ItemQuestion
        key={`${item.id}:${locked ? 'locked' : 'open'}`}
        item={item}
        score={feedback?.score}
        submitLabel={immediate ? 'Check answer' : 'Save answer'}
        given={locked ? response : undefined}
        draft={drafts[item.id] ?? response}
        certaintyBased={view.assignment.certaintyBased}
        titleRef={titleRef}
        onSubmit={(r) => submitAnswer(item.id, r)}
        onDraft={(draft) => setDrafts((d) => ({ ...d, [item.id]: draft }))}
        announce={setAnnouncement}
      />

      <div role="alert">{problem ? <p className="form-error">{problem}</p> : null}</div>

      {locked && feedback ? (
        feedbackCode !== undefined && feedbackCode !== 'failed' ? (
          <feedbackCode.ItemFeedback
            item={feedback.item}
            response={response}
            score={feedback.score}
            certaintyBased={view.assignment.certaintyBased}
          />
        ) : (
          <FeedbackPending score={feedback.score} failed={feedbackCode === 'failed'} />
        )
      ) : null}
      {locked && !feedback ? (
        <div className={styles.recorded}>
          <p>
            {immediate
              ? 'Answer recorded. The explanation appears as soon as it is saved.'
              : 'Answer recorded. You can change it until you submit; feedback comes when the assignment closes.'}
          </p>
          {!immediate ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setEditing(item.id)}
            >
              Change answer
            </button>
          ) : null}
        </div>
      ) : null}

      <div className={styles.nav}>
        {index > 0 ? (
          <button type="button" className="button button-secondary" onClick={() => go(index - 1)}>
            Previous
          </button>
        ) : null}
        <button
          ref={nextRef}
          type="button"
          className={locked ? 'button' : 'button button-secondary'}
          onClick={() => go(index + 1)}
        >
          {last ? 'Review and submit' : locked ? 'Next question' : 'Skip for now'}
        </button>
      </div>

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/** Every question with the answer given (or none), a way back to each, and Submit. */
function ReviewAndSubmit({
  view,
  responses,
  onGo,
  pending,
  code,
  status,
}: {
  view: AttemptView;
  responses: Readonly<Record<string, LearnerResponse>>;
  onGo: (index: number) => void;
  pending: () => number;
  code: string;
  status: React.ReactNode;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const total = view.items.length;
  const unanswered = view.items.filter((item) => responses[item.id] === undefined).length;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo({ top: 0, behavior: 'instant' });
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  const submit = async () => {
    if (pending() > 0) {
      return setError('Some answers are still waiting to be saved. Submit once they are saved.');
    }
    setBusy(true);
    const result = await callApi(`/api/a/${code}/submit`, {});
    setBusy(false);
    if (!result.ok && result.status !== 409) return setError(result.error);
    router.refresh();
  };

  return (
    <section className={styles.results} aria-labelledby="review-title">
      <h2 id="review-title" ref={headingRef} tabIndex={-1}>
        Review and submit
      </h2>
      {status}
      <p>
        {total - unanswered} of {total} questions answered.
        {view.assignment.feedback === 'after-close'
          ? ' You can change any answer until you submit.'
          : ''}
      </p>
      <ol className={styles.review}>
        {view.items.map((item, i) => {
          const response = responses[item.id];
          return (
            <li key={item.id}>
              <button type="button" className={styles.reviewItem} onClick={() => onGo(i)}>
                <span className={styles.reviewTitle}>
                  {i + 1}. {itemTitle(item)}
                </span>
                <span className={response ? undefined : styles.reviewMissing}>
                  {response ? `Your answer: ${responseSummary(item, response)}` : 'Not answered'}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <div role="alert">{error ? <p className="form-error">{error}</p> : null}</div>
      {confirming || unanswered === 0 ? (
        <div className="button-row">
          <button type="button" className="button" disabled={busy} onClick={submit}>
            {unanswered > 0 ? `Submit with ${unanswered} unanswered` : 'Submit answers'}
          </button>
          <button type="button" className="button button-secondary" onClick={() => onGo(0)}>
            Back to question 1
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Submit…
        </button>
      )}
    </section>
  );
}

/** Time left, from the server's deadline; the server, not this clock, decides what counts. */
function Countdown({ deadlineAt, onEnd }: { deadlineAt: number | null; onEnd: () => void }) {
  const [now, setNow] = useState<number | undefined>();
  useEffect(() => {
    if (deadlineAt === null) return;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      if (current > deadlineAt) onEnd();
    };
    const timer = setInterval(tick, 1000);
    const first = setTimeout(tick, 0);
    return () => {
      clearInterval(timer);
      clearTimeout(first);
    };
  }, [deadlineAt, onEnd]);
  if (deadlineAt === null || now === undefined) return null;
  const left = Math.max(0, deadlineAt - now);
  const minutes = Math.floor(left / 60_000);
  const seconds = Math.floor((left % 60_000) / 1000);
  return (
    <span className={styles.timer}>
      Time left {minutes}:{seconds.toString().padStart(2, '0')}
    </span>
  );
}
