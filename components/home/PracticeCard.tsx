'use client';

import { IntentLink } from '@/components/ui/IntentLink';
import { useState } from 'react';
import { dueToday } from '@/lib/practice/select';
import { PracticeStoreProvider, usePracticeStore } from '@/stores/practice-store-provider';
import styles from './PracticeCard.module.css';

/** "Practice" on the home page, with the number of concepts due today once progress is read. */
export function PracticeCard() {
  return (
    <PracticeStoreProvider>
      <Card />
    </PracticeStoreProvider>
  );
}

function Card() {
  const hydrated = usePracticeStore((s) => s.hydrated);
  const cards = usePracticeStore((s) => s.cards);
  const started = Object.keys(cards).length > 0;
  const [now] = useState(() => Date.now());
  const due = dueToday(cards, now);
  return (
    <section className={styles.card} aria-labelledby="practice-title">
      <h2 id="practice-title">Practice</h2>
      <p className={styles.due} aria-live="polite">
        {!hydrated ? (
          <span className="muted">Reading your progress…</span>
        ) : started ? (
          <>
            <strong>{due}</strong> {due === 1 ? 'concept' : 'concepts'} due today
          </>
        ) : (
          'Endless practice that brings back what you miss, at the right time.'
        )}
      </p>
      <div className={styles.row}>
        <IntentLink className="button" href="/practice">
          {started ? 'Continue practice' : 'Start practice'}
        </IntentLink>
        <IntentLink href="/progress">Your progress</IntentLink>
      </div>
    </section>
  );
}
