'use client';

import { useRouter } from 'next/navigation';
import { useDeferredValue, useState } from 'react';
import * as z from 'zod/mini';
import { callApi } from '../api';
import styles from './instructor.module.css';

const createdSchema = z.looseObject({ id: z.string() });

export type BankChoice = {
  sets: { id: string; title: string; count: number }[];
  frameworks: { id: string; label: string; categories: { id: string; label: string }[] }[];
  kinds: { id: string; label: string }[];
  items: {
    id: string;
    title: string;
    framework: string;
    kind: string;
    difficulty: number;
    /** "held-back": never shown on a public page, so students cannot look it up. */
    pool: 'public' | 'held-back';
    /** The bank's, the instructor's own, or shared with them by a co-instructor. */
    from: 'bank' | 'mine' | 'shared';
  }[];
  /** How many items of their own and shared with them the instructor can use. */
  own: { mine: number; shared: number };
};

const FROM_LABEL = { bank: 'Bank', mine: 'My item', shared: 'Shared with me' } as const;

type Feedback = 'immediate' | 'after-close';
type PoolChoice = 'held-back' | 'public' | 'any';
const POOL_LABEL: Record<PoolChoice, string> = {
  'held-back': 'Held back: never on a public page (for graded work)',
  public: 'Public bank: also in practice and quizzes',
  any: 'Both',
};

type Props = { bank: BankChoice; csrfToken: string; seed: string; initialPicked?: string[] };

type Source = 'set' | 'filters' | 'picked';
const DIFFICULTY = { 1: 'Introductory', 2: 'Intermediate', 3: 'Advanced' } as const;
/** The picker shows this many matches at a time: enough to scan, few enough to stay quick on a phone. */
const PICKER_LIMIT = 60;

/** Builds an assignment: where its questions come from, and how students take it. */
export function AssignmentForm({ bank, csrfToken, seed, initialPicked = [] }: Props) {
  const router = useRouter();
  const [source, setSource] = useState<Source>(initialPicked.length > 0 ? 'picked' : 'set');
  const [picked, setPicked] = useState<string[]>(initialPicked);
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>('immediate');
  // Deferred feedback means a graded test: draw from the held-back pool unless told otherwise.
  const [chosenPool, setChosenPool] = useState<PoolChoice>();
  const pool: PoolChoice = chosenPool ?? (feedback === 'after-close' ? 'held-back' : 'public');

  const words = deferredSearch.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = bank.items.filter((item) => {
    const text =
      `${item.title} ${item.framework} ${item.kind} ${FROM_LABEL[item.from]} ${item.from === 'bank' ? (item.pool === 'held-back' ? 'held back' : 'public') : 'private'} ${item.id}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });

  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const numbers = (name: string) => form.getAll(name).map(Number);
        const strings = (name: string) => form.getAll(name).map(String);
        const dateOf = (name: string) => {
          const value = String(form.get(name) ?? '');
          return value ? new Date(value).getTime() : null;
        };
        const timeLimit = String(form.get('timeLimit') ?? '').trim();
        const items =
          source === 'set'
            ? { source, set: String(form.get('set')) }
            : source === 'picked'
              ? { source, items: picked }
              : {
                  source,
                  frameworks: strings('frameworks'),
                  categories: strings('categories'),
                  difficulties: numbers('difficulties'),
                  kinds: strings('kinds'),
                  pool,
                  from: strings('from'),
                  count: Number(form.get('count')),
                  seed,
                };
        const body = {
          title: String(form.get('title') ?? ''),
          items,
          settings: {
            feedback,
            maxAttempts: Number(form.get('maxAttempts')),
            timeLimitMinutes: timeLimit === '' ? null : Number(timeLimit),
            opensAt: dateOf('opensAt'),
            dueAt: dateOf('dueAt'),
            shuffleItems: form.get('shuffleItems') === 'on',
            shuffleOptions: form.get('shuffleOptions') === 'on',
            certaintyBased: form.get('certaintyBased') === 'on',
          },
        };
        setBusy(true);
        setError(undefined);
        const result = await callApi('/api/assignments', { body, csrfToken }, createdSchema);
        setBusy(false);
        if (!result.ok) return setError(result.error);
        router.push(`/instructor/assignments/${result.data.id}`);
      }}
    >
      <div className="field">
        <label htmlFor="title">Title</label>
        <input id="title" name="title" type="text" required maxLength={120} />
        <span className="field-hint">
          Students see it when they join, e.g. “Week 3: the five functions”.
        </span>
      </div>

      <fieldset className={styles.fieldset}>
        <legend>Questions</legend>
        {(
          [
            ['set', 'A curated set'],
            ['filters', 'Drawn by filters'],
            ['picked', 'Picked by hand'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="check-row">
            <input
              type="radio"
              name="source"
              value={value}
              checked={source === value}
              onChange={() => setSource(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend>Feedback</legend>
        <label className="check-row">
          <input
            type="radio"
            name="feedback"
            value="immediate"
            checked={feedback === 'immediate'}
            onChange={() => setFeedback('immediate')}
          />
          After each answer
        </label>
        <label className="check-row">
          <input
            type="radio"
            name="feedback"
            value="after-close"
            checked={feedback === 'after-close'}
            onChange={() => setFeedback('after-close')}
          />
          Only once the assignment closes
        </label>
      </fieldset>

      {source === 'set' ? (
        <div className="field">
          <label htmlFor="set">Set</label>
          <select id="set" name="set" defaultValue={bank.sets[0]?.id} aria-describedby="set-hint">
            {bank.sets.map((set) => (
              <option key={set.id} value={set.id}>
                {set.title} ({set.count} questions)
              </option>
            ))}
          </select>
          <span id="set-hint" className="field-hint">
            Curated sets are public: students can practise these very questions.
            {feedback === 'after-close'
              ? ' For a graded test, draw by filters from the held-back pool.'
              : ''}
          </span>
        </div>
      ) : null}

      {source === 'filters' ? (
        <>
          <fieldset className={styles.fieldset}>
            <legend>Draw from</legend>
            <label className="check-row">
              <input type="checkbox" name="from" value="bank" defaultChecked />
              The bank
            </label>
            <label className="check-row">
              <input
                type="checkbox"
                name="from"
                value="mine"
                defaultChecked={bank.own.mine > 0}
                disabled={bank.own.mine === 0}
              />
              My items ({bank.own.mine})
            </label>
            {bank.own.shared > 0 ? (
              <label className="check-row">
                <input type="checkbox" name="from" value="shared" />
                Shared with me ({bank.own.shared})
              </label>
            ) : null}
          </fieldset>
          <fieldset className={styles.fieldset}>
            <legend>Pool of the bank</legend>
            {(['held-back', 'public', 'any'] as const).map((value) => (
              <label key={value} className="check-row">
                <input
                  type="radio"
                  name="pool"
                  value={value}
                  checked={pool === value}
                  onChange={() => setChosenPool(value)}
                />
                {POOL_LABEL[value]}
              </label>
            ))}
          </fieldset>
          <fieldset className={styles.fieldset}>
            <legend>Frameworks (none ticked: all)</legend>
            {bank.frameworks.map((f) => (
              <label key={f.id} className="check-row">
                <input type="checkbox" name="frameworks" value={f.id} />
                {f.label}
              </label>
            ))}
          </fieldset>
          {bank.frameworks.map((f) => (
            <fieldset key={f.id} className={styles.fieldset}>
              <legend>Categories: {f.label} (none ticked: all)</legend>
              {f.categories.map((c) => (
                <label key={c.id} className="check-row">
                  <input type="checkbox" name="categories" value={c.id} />
                  {c.label}
                </label>
              ))}
            </fieldset>
          ))}
          <fieldset className={styles.fieldset}>
            <legend>Difficulty (none ticked: all)</legend>
            <div className={styles.columns}>
              {Object.entries(DIFFICULTY).map(([value, label]) => (
                <label key={value} className="check-row">
                  <input type="checkbox" name="difficulties" value={value} />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className={styles.fieldset}>
            <legend>Question kinds (none ticked: all)</legend>
            {bank.kinds.map((k) => (
              <label key={k.id} className="check-row">
                <input type="checkbox" name="kinds" value={k.id} />
                {k.label}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="count">How many questions</label>
            <input
              id="count"
              name="count"
              type="number"
              min={1}
              max={60}
              defaultValue={10}
              required
            />
          </div>
        </>
      ) : null}

      {source === 'picked' ? (
        <div className="field">
          <label htmlFor="bank-search">Search the bank</label>
          <input
            id="bank-search"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            aria-describedby="bank-search-count"
          />
          <span id="bank-search-count" className="field-hint" aria-live="polite">
            {matches.length} match{matches.length === 1 ? '' : 'es'}
            {matches.length > PICKER_LIMIT ? `, first ${PICKER_LIMIT} shown` : ''}; {picked.length}{' '}
            picked.
          </span>
          <ul className={`list-plain ${styles.picker}`} aria-label="Questions in the bank">
            {matches.slice(0, PICKER_LIMIT).map((item) => (
              <li key={item.id}>
                <label className={styles.pickerItem}>
                  <input
                    type="checkbox"
                    checked={picked.includes(item.id)}
                    onChange={(event) =>
                      setPicked((list) =>
                        event.target.checked
                          ? [...list, item.id]
                          : list.filter((id) => id !== item.id),
                      )
                    }
                  />
                  <span>
                    {item.title}
                    <br />
                    <span className="muted">
                      {item.from !== 'bank' ? (
                        <strong className={styles.pool}>{FROM_LABEL[item.from]}</strong>
                      ) : item.pool === 'held-back' ? (
                        <strong className={styles.pool}>Held back</strong>
                      ) : (
                        'Public'
                      )}{' '}
                      · {item.framework} · {item.kind} ·{' '}
                      {DIFFICULTY[item.difficulty as keyof typeof DIFFICULTY]}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className={styles.columns}>
        <div className="field">
          <label htmlFor="maxAttempts">Attempts</label>
          <input
            id="maxAttempts"
            name="maxAttempts"
            type="number"
            min={1}
            max={20}
            defaultValue={1}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="timeLimit">Time limit (minutes)</label>
          <input
            id="timeLimit"
            name="timeLimit"
            type="number"
            min={1}
            max={600}
            aria-describedby="time-hint"
          />
          <span id="time-hint" className="field-hint">
            Empty: none.
          </span>
        </div>
      </div>
      <div className={styles.columns}>
        <div className="field">
          <label htmlFor="opensAt">Opens (your time)</label>
          <input id="opensAt" name="opensAt" type="datetime-local" />
        </div>
        <div className="field">
          <label htmlFor="dueAt">Due (your time)</label>
          <input id="dueAt" name="dueAt" type="datetime-local" />
        </div>
      </div>
      <fieldset className={styles.fieldset}>
        <legend>Options</legend>
        <label className="check-row">
          <input type="checkbox" name="shuffleItems" />
          Shuffle the questions for each student
        </label>
        <label className="check-row">
          <input type="checkbox" name="shuffleOptions" />
          Shuffle the options for each student
        </label>
        <label className="check-row">
          <input type="checkbox" name="certaintyBased" />
          Certainty-based marking
        </label>
      </fieldset>

      <div role="alert">{error ? <p className="form-error">{error}</p> : null}</div>
      <button type="submit" className="button button-block" disabled={busy}>
        Create assignment
      </button>
    </form>
  );
}
