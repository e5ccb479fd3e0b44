'use client';

import { useState } from 'react';
import { exampleResponses } from '@/lib/authoring/preview';
import { kindLabel, scoreItem, toPublicItem } from '@/lib/items/registry';
import type { LearnerResponse } from '@/lib/items/response';
import type { Item } from '@/lib/items/schema';
import { ItemFeedback } from '../../quiz/Feedback';
import { ItemQuestion } from '../../quiz/ItemQuestion';
import styles from './items.module.css';

/** Every item a scenario yields, each on a phone-sized frame, answerable as a student would. */
export function ItemPreviews({ items }: { items: readonly Item[] }) {
  if (items.length === 0) {
    return (
      <p className="muted">
        The preview appears once the scenario has its text, a framework and a valid key.
      </p>
    );
  }
  return (
    <ul className={`list-plain ${styles.previews}`}>
      {items.map((item) => (
        <li key={item.id}>
          <PreviewOne item={item} />
        </li>
      ))}
    </ul>
  );
}

function PreviewOne({ item }: { item: Item }) {
  const [given, setGiven] = useState<{ response: LearnerResponse; round: number }>();
  const [draft, setDraft] = useState<LearnerResponse>();
  const [announcement, setAnnouncement] = useState('');
  const examples = exampleResponses(item);
  const score = given ? scoreItem(item, given.response) : undefined;
  const show = (response: LearnerResponse) =>
    setGiven((previous) => ({ response, round: (previous?.round ?? 0) + 1 }));
  const headingId = `preview-${item.id.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{kindLabel(item.kind)}</h3>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => show(examples.right)}
        >
          Feedback for a right answer
        </button>
        {examples.wrong ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => show(examples.wrong!)}
          >
            Feedback for a wrong answer
          </button>
        ) : null}
        {given ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setGiven(undefined)}
          >
            Start again
          </button>
        ) : null}
      </div>
      <div className={styles.phone}>
        <ItemQuestion
          key={`${item.id}:${given?.round ?? 0}`}
          item={toPublicItem(item)}
          given={given?.response}
          draft={draft}
          score={score?.status === 'scored' ? score : undefined}
          onSubmit={show}
          onDraft={setDraft}
          announce={setAnnouncement}
        />
        {given && score?.status === 'scored' ? (
          <ItemFeedback item={item} response={given.response} score={score} />
        ) : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
