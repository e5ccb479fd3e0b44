'use client';

import { useEffect, useState } from 'react';
import { keyTextOf, kindLabel, scoreItem, toPublicItem } from '@/lib/items/registry';
import type { LearnerResponse } from '@/lib/items/response';
import type { Item } from '@/lib/items/schema';
import { isRight } from '@/lib/items/score';
import { useLoadedModule } from '@/components/ui/useLoadedModule';
import { useQuizStore } from '@/stores/quiz-store-provider';
import { LoadedFeedback } from './FeedbackPending';
import { ItemQuestion } from './ItemQuestion';
import { loadFeedback } from './load-feedback';
import styles from './quiz.module.css';
import { useQuestionFocus } from './useQuestionFocus';
import { resultHeadline } from './verdict';

/** The summary's code, fetched on the quiz's last question rather than with the page. */
const loadSummary = () => import('./Summary');

type Props = {
  quizKey: string;
  /** The quiz's URL without the question number. */
  href: string;
  title: string;
  items: Item[];
  certaintyBased?: boolean;
  /** The question asked for in the URL (?q=), 0-based; items.length is the summary. */
  requestedIndex?: number;
  /** Link for "New questions" on the summary; absent when the quiz is a fixed list. */
  newQuizHref?: string;
};

export function QuizRunner({
  quizKey,
  href,
  title,
  items,
  certaintyBased = false,
  requestedIndex,
  newQuizHref,
}: Props) {
  const session = useQuizStore((s) => s.sessions[quizKey]);
  const hydrated = useQuizStore((s) => s.hydrated);
  const open = useQuizStore((s) => s.open);
  const answer = useQuizStore((s) => s.answer);
  const saveDraft = useQuizStore((s) => s.saveDraft);
  const goTo = useQuizStore((s) => s.goTo);
  const restart = useQuizStore((s) => s.restart);
  const itemIds = items.map((item) => item.id);
  const scoring = { certaintyBased };

  // Once the device's saved state is known: continue it, or start afresh.
  useEffect(() => {
    if (!hydrated) return;
    if (!session) {
      open(quizKey, { href, title, itemIds }, Date.now());
    } else if (requestedIndex === undefined) {
      // A fresh link to a finished quiz starts it again; an unfinished one continues.
      if (session.finishedAt !== undefined) restart(quizKey, Date.now());
    } else if (requestedIndex !== session.current) {
      // Going back to review is fine; skipping ahead of the first unanswered question is not.
      const firstUnanswered = session.itemIds.findIndex((id) => session.answers[id] === undefined);
      const limit = firstUnanswered === -1 ? items.length : firstUnanswered;
      goTo(quizKey, Math.min(requestedIndex, limit), Date.now());
    }
    // Only on hydration: later changes are the learner's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated]);

  const index = hydrated && session ? session.current : Math.min(requestedIndex ?? 0, items.length);
  const answers = session?.answers ?? {};

  // Keep ?q= in step so a reload renders this very question on the server.
  useEffect(() => {
    if (!hydrated) return;
    const url = `${href}&q=${index + 1}`;
    const here = window.location.pathname + window.location.search;
    // Without ?q= the server renders the first question already. Replacing the address makes
    // Next.js's router render the page again, which a fresh quiz need not pay for.
    if (here === url || (here === href && index === 0)) return;
    window.history.replaceState(null, '', url);
  }, [hydrated, href, index]);

  const [announcement, setAnnouncement] = useState('');
  const { titleRef, nextRef, focusAfterRender } = useQuestionFocus();

  const ensureSession = () => {
    if (!session) open(quizKey, { href, title, itemIds }, Date.now());
  };

  const feedback = useLoadedModule(loadFeedback, hydrated, { ahead: true });
  // Before the device's answers are read, a summary would say that none were given.
  const summary = useLoadedModule(loadSummary, hydrated && index >= items.length - 1, {
    ahead: true,
  });
  if (index >= items.length) {
    if (summary === 'failed') {
      return (
        <p role="alert">
          Your summary could not be loaded. Check your connection and reload the page.
        </p>
      );
    }
    if (!summary) return <p>Loading your summary…</p>;
    return (
      <summary.Summary
        title={title}
        items={items}
        responses={answers}
        certaintyBased={certaintyBased}
        onRestart={() => {
          restart(quizKey, Date.now());
          focusAfterRender('title');
        }}
        newQuizHref={newQuizHref}
      />
    );
  }

  const item = items[index]!;
  const given = answers[item.id];
  const score = given === undefined ? undefined : scoreItem(item, given, scoring);
  const answeredCount = Object.keys(answers).length;
  const rightCount = items.filter((it) => {
    const response = answers[it.id];
    return response !== undefined && isRight(scoreItem(it, response));
  }).length;
  const last = index === items.length - 1;

  const submit = (response: LearnerResponse) => {
    ensureSession();
    answer(quizKey, item.id, response);
    const result = scoreItem(item, response, scoring);
    const key = keyTextOf(item);
    setAnnouncement(`${resultHeadline(result).slice(2)}.${key ? ` The answer: ${key}.` : ''}`);
    focusAfterRender('next');
  };

  const next = (
    <button
      ref={nextRef}
      type="button"
      className="button button-block"
      onClick={() => {
        ensureSession();
        goTo(quizKey, index + 1, Date.now());
        setAnnouncement('');
        focusAfterRender('title');
      }}
    >
      {last ? 'See your summary' : 'Next question'}
    </button>
  );

  return (
    <div className={styles.quiz}>
      <div className={styles.progress}>
        <p className={styles.progressText}>
          <span>
            Question {index + 1} of {items.length}
            <span className={styles.kind}> · {kindLabel(item.kind)}</span>
          </span>
          <span>
            {rightCount} right of {answeredCount} answered
          </span>
        </p>
        <div className={styles.bar} aria-hidden="true">
          <div
            className={styles.barFill}
            style={{ width: `${(answeredCount / items.length) * 100}%` }}
          />
        </div>
      </div>

      <ItemQuestion
        key={item.id}
        item={toPublicItem(item)}
        score={score?.status === 'scored' ? score : undefined}
        given={given}
        draft={session?.drafts[item.id]}
        certaintyBased={certaintyBased}
        titleRef={titleRef}
        onSubmit={submit}
        onDraft={(draft) => {
          ensureSession();
          saveDraft(quizKey, item.id, draft);
        }}
        announce={setAnnouncement}
      />

      {given !== undefined && score?.status === 'scored' ? (
        <LoadedFeedback
          code={feedback}
          item={item}
          response={given}
          score={score}
          certaintyBased={certaintyBased}
        >
          {next}
        </LoadedFeedback>
      ) : null}

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
