/**
 * The question practice opens with for a learner with nothing saved. It is chosen on the server
 * and sent in the page's HTML, so a new learner reads it at the first paint instead of after the
 * scripts, the bank's reader, the index and a chunk. A learner with saved progress gets the
 * scheduler's choice as before; the page hides the server's question from them until it is known.
 */
import type { PublicItem } from '../items/schema';
import type { PracticeAnswer, Remediation, StoredCard } from './types';

export type FirstPracticeQuestion = {
  id: string;
  frameworkId: string;
  /** The question without its key or explanation: those come with the item's chunk. */
  question: PublicItem;
};

type SavedPractice = {
  cards: Readonly<Record<string, StoredCard>>;
  history: readonly PracticeAnswer[];
  remediation: readonly Remediation[];
  scope: string;
  certaintyBased: boolean;
};

/**
 * Whether the learner would be asked the server's first question: nothing answered, nothing
 * queued, the mixed scope, and the question shown as the server rendered it (no "how sure").
 */
export function startsAfresh(saved: SavedPractice): boolean {
  return (
    saved.history.length === 0 &&
    Object.keys(saved.cards).length === 0 &&
    saved.remediation.length === 0 &&
    saved.scope === 'mixed' &&
    !saved.certaintyBased
  );
}

/**
 * The same question asked of what localStorage holds, before the store has read and validated
 * it: true unless it is absent or plainly a fresh start. Anything unreadable counts as saved,
 * which only hides the server's question until the store has decided.
 * Self-contained, in plain syntax: the page also runs it as an inline script (its source text),
 * before the question's HTML is parsed.
 */
export function hasSavedPractice(raw: string | null): boolean {
  if (raw === null) return false;
  try {
    const saved = JSON.parse(raw).state;
    return !(
      saved &&
      Array.isArray(saved.history) &&
      saved.history.length === 0 &&
      saved.cards &&
      typeof saved.cards === 'object' &&
      Object.keys(saved.cards).length === 0 &&
      Array.isArray(saved.remediation) &&
      saved.remediation.length === 0 &&
      saved.scope === 'mixed' &&
      !saved.certaintyBased
    );
  } catch {
    return true;
  }
}

/**
 * The attribute the inline script sets on <html> when the learner has saved practice
 * (components/practice/practice.module.css hides the server's question by it).
 */
export const SAVED_PRACTICE_ATTRIBUTE = 'data-practice-saved';

/** The inline script: marks <html> before the first paint, so CSS can hide the server's question. */
export function savedPracticeScript(storeKey: string): string {
  return (
    `try{if((${hasSavedPractice.toString()})(localStorage.getItem(${JSON.stringify(storeKey)})))` +
    `document.documentElement.setAttribute(${JSON.stringify(SAVED_PRACTICE_ATTRIBUTE)},'')}catch(e){}`
  );
}
