'use client';

import { IntentLink } from '@/components/ui/IntentLink';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { preload } from 'react-dom';
import { withoutKey } from '@/lib/items/kind';
import type { LearnerResponse } from '@/lib/items/response';
import type { Scored } from '@/lib/items/score';
import {
  PRACTICE_BANK_URL,
  type PracticeFramework,
  type PracticeItem,
} from '@/lib/practice/bank-data';
import {
  hasSavedPractice,
  startsAfresh,
  type FirstPracticeQuestion,
} from '@/lib/practice/first-question';
import { dueToday, selectNext, buildPracticeIndex, type Selection } from '@/lib/practice/select';
import { compareHref } from '../links';
import { usePracticeStore } from '@/stores/practice-store-provider';
import { PRACTICE_STORE_KEY } from '@/stores/practice-store-version';
import PracticeItemView from './PracticeItemView';
import styles from './practice.module.css';
import { usePracticeBank } from './usePracticeBank';
import { useQuestionFocus } from '../quiz/useQuestionFocus';

const ignoreStorageEvents = () => () => undefined;
const readSavedPractice = () => {
  try {
    return hasSavedPractice(localStorage.getItem(PRACTICE_STORE_KEY));
  } catch {
    // Storage blocked: nothing saved can be read, as the page's script and the store find too.
    return false;
  }
};
/** The server renders for a learner with nothing saved (the page's script hides it otherwise). */
const nothingSavedOnServer = () => false;

/**
 * Endless practice: the next item is chosen by lib/practice/select after every answer. The
 * frameworks and, for a learner with nothing saved, the first question come with the page, so
 * both are there from the first paint. A learner with saved progress waits for the bank's
 * index, their progress and the chunk that holds the chosen item.
 */
export function PracticeRunner({
  frameworks,
  first,
}: {
  frameworks: readonly PracticeFramework[];
  first?: FirstPracticeQuestion;
}) {
  // The index is fetched while the scripts load, not after they run: the first question waits
  // for it. Asked here, in a client component, so that the hint is in this page's HTML only: from
  // the server page it would travel in the prefetched payload of every link to /practice and
  // fetch the index on other pages. crossOrigin "anonymous" is what a same-origin fetch() asks
  // for, so usePracticeBank's fetch reuses this response.
  preload(PRACTICE_BANK_URL, { as: 'fetch', crossOrigin: 'anonymous' });
  const [answeredHere, setAnsweredHere] = useState(false);
  const bank = usePracticeBank({ answered: answeredHere });
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

  const bankIndex = bank.status === 'ready' ? bank.index : undefined;
  const index = useMemo(
    () =>
      bankIndex &&
      buildPracticeIndex(
        bankIndex.entries.map(({ id, frameworkId, scenarioId, key }) => ({
          id,
          frameworkId,
          scenarioId,
          key,
        })),
      ),
    [bankIndex],
  );
  const labelOf = (frameworkId: string, categoryId: string) =>
    frameworks.find((f) => f.id === frameworkId)?.categories.find((c) => c.id === categoryId);

  // The clock is read when the learner moves on, so rendering stays pure.
  const [now, setNow] = useState(() => Date.now());
  // The item on screen once answered, pinned so that recording the answer does not replace it.
  const [answered, setAnswered] = useState<{
    selection: Selection;
    response: LearnerResponse;
    score: Scored;
  }>();
  // Before the store has read the saved progress, what localStorage holds decides (as the
  // page's script did); the server's render assumes nothing saved.
  const savedOnDevice = useSyncExternalStore(
    ignoreStorageEvents,
    readSavedPractice,
    nothingSavedOnServer,
  );
  const firstRef = first && index?.byId.get(first.id);
  const offered =
    first !== undefined &&
    (index === undefined || firstRef !== undefined) &&
    (hydrated
      ? startsAfresh({ cards, history, remediation, scope, certaintyBased })
      : !savedOnDevice);
  const chosen = useMemo<Selection | undefined>(
    () =>
      offered
        ? firstRef && { item: firstRef, reason: 'new' }
        : hydrated && index
          ? selectNext({ index, cards, history, remediation, scope, now })
          : undefined,
    [offered, firstRef, hydrated, index, cards, history, remediation, scope, now],
  );
  const current: { selection: Selection; response?: LearnerResponse; score?: Scored } | undefined =
    answered ?? (chosen ? { selection: chosen } : undefined);
  // The item on screen: the chosen one, or the server's first question while the index is away.
  const shownId = current?.selection.item.id ?? (offered ? first.id : undefined);
  const shownFramework =
    current?.selection.item.frameworkId ?? (offered ? first.frameworkId : undefined);
  const [announcement, setAnnouncement] = useState('');
  const { titleRef, nextRef, focusAfterRender } = useQuestionFocus();

  const due = dueToday(cards, now);
  const item: PracticeItem | undefined =
    shownId && bank.status === 'ready' ? bank.items.get(shownId) : undefined;
  const question = useMemo(
    () => (item ? withoutKey(item) : offered && shownId === first.id ? first.question : undefined),
    [item, offered, shownId, first],
  );
  // The chosen item's chunk may not be here yet: ask for it (a no-op once it is on its way).
  const request = bank.status === 'ready' ? bank.request : undefined;
  const wanted = shownId && !item ? shownId : undefined;
  useEffect(() => {
    if (wanted && request) request(wanted);
  }, [wanted, request]);

  // An answer to the server's first question can come before its key (the item's chunk) and the
  // index have: it waits for them, and is then scored against what the latest render holds.
  const scoring = { item, current, index, cards, history, remediation, retention, certaintyBased };
  const latest = useRef(scoring);
  const waiting = useRef<(() => void)[]>([]);
  const pendingAnswer = useRef<{ itemId: string; response: LearnerResponse; answeredAt: number }>(
    undefined,
  );
  useEffect(() => {
    latest.current = scoring;
    if (scoring.item && scoring.current && scoring.index) {
      for (const go of waiting.current.splice(0)) go();
    }
  });

  const submit = async (response: LearnerResponse, answeredAt: number) => {
    if (!shownId) return;
    // A second tap while the key is on its way replaces the waiting answer.
    const alreadyWaiting = pendingAnswer.current !== undefined;
    pendingAnswer.current = { itemId: shownId, response, answeredAt };
    if (alreadyWaiting) return;
    while (!(latest.current.item && latest.current.current && latest.current.index)) {
      setAnnouncement('Checking your answer…');
      await new Promise<void>((go) => waiting.current.push(go));
    }
    const answer = pendingAnswer.current;
    pendingAnswer.current = undefined;
    const { item, current, index, cards, history, remediation, retention, certaintyBased } =
      latest.current;
    // The learner moved on (another scope) while the key was on its way: that answer is void.
    if (item.id !== answer.itemId) return;
    // ts-fsrs, the scorers and the remediation rules load with the first answer, not the page.
    const [{ practiceStep }, { resultHeadline }, scheduler] = await Promise.all([
      import('@/lib/practice/answer-step'),
      import('../quiz/verdict'),
      import('@/lib/practice/schedule'),
    ]);
    const step = practiceStep(
      item,
      answer.response,
      { certaintyBased, now: answer.answeredAt },
      { index, cards, history, remediation, retention },
      scheduler,
    );
    if (!step.ok) return;
    setAnswered({ selection: current.selection, response: answer.response, score: step.score });
    setAnsweredHere(true);
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
  const reason = current?.selection.reason ?? 'new';

  return (
    <div className={styles.practice}>
      <div className={styles.bar}>
        <p className={styles.counts}>
          <span>
            <strong>{hydrated ? due : '–'}</strong> due today
          </span>
          <span>
            <strong>{hydrated ? history.length : '–'}</strong> answered
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
          <IntentLink href="/progress">Your progress</IntentLink>
        </div>
      </div>

      {bank.status === 'error' ? (
        <p className={styles.status} role="alert">
          The question bank could not be loaded. Check your connection and reload the page.
        </p>
      ) : question && shownFramework ? (
        // Until the saved progress is read, the page's script may hide the server's question.
        <div className={hydrated ? styles.item : `${styles.item} ${styles.firstPending}`}>
          <p className={styles.why}>
            {reason === 'remediation' && current?.selection.remediation ? (
              <Untangle
                a={labelOf(shownFramework, current.selection.remediation.keyCategory)}
                b={labelOf(shownFramework, current.selection.remediation.confusedWith)}
                compare={compareHref(
                  shownFramework,
                  current.selection.remediation.keyCategory,
                  current.selection.remediation.confusedWith,
                )}
                times={
                  history.filter(
                    (h) =>
                      h.frameworkId === shownFramework &&
                      h.key === current.selection.remediation?.keyCategory &&
                      h.given === current.selection.remediation?.confusedWith,
                  ).length
                }
              />
            ) : (
              <>
                {frameworkLabel(shownFramework)} ·{' '}
                {reason === 'due'
                  ? 'due for review'
                  : reason === 'new'
                    ? 'a new concept'
                    : 'extra practice'}
              </>
            )}
          </p>
          <PracticeItemView
            question={question}
            item={item}
            response={current?.response}
            score={current?.score}
            certaintyBased={certaintyBased}
            titleRef={titleRef}
            nextRef={nextRef}
            onSubmit={(response) => void submit(response, Date.now())}
            onNext={() => {
              setAnswered(undefined);
              setNow(Date.now());
              setAnnouncement('');
              focusAfterRender('title');
            }}
            announce={setAnnouncement}
          />
        </div>
      ) : !hydrated || bank.status === 'loading' ? (
        <p className={styles.status}>Loading your practice…</p>
      ) : !current ? (
        <p className={styles.status}>Nothing to practise in this scope.</p>
      ) : bank.status === 'ready' && bank.failed ? (
        <p className={styles.status} role="alert">
          This question could not be loaded. Check your connection and reload the page.
        </p>
      ) : (
        <p className={styles.status}>Loading the question…</p>
      )}
      {!hydrated && question ? (
        <p className={`${styles.status} ${styles.savedStatus}`}>Loading your practice…</p>
      ) : null}
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
        <IntentLink href={compare}>
          {times >= 2
            ? `You have mixed these up ${times} times: see them side by side, with cases`
            : 'See them side by side, with cases'}
        </IntentLink>
      ) : null}
    </span>
  );
}
