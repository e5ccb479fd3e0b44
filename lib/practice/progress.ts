/** What the progress page shows, computed from the device's practice history. */
import { conceptId, type ConceptId } from '../items/ids';
import type { PracticeAnswer } from './types';
import { classConfusion, notableConfusions, type ConfusedPair } from '../analytics/confusion';

/** Mastery is judged on this many most recent answers of a concept, not on lifetime totals. */
export const MASTERY_WINDOW = 5;

export type MasteryLevel = 'not-started' | 'learning' | 'getting-there' | 'mastered';

export type Mastery = { concept: ConceptId; answers: number; score: number; level: MasteryLevel };

export function masteryOf(history: readonly PracticeAnswer[], concept: ConceptId): Mastery {
  const recent = history
    .filter((a) => conceptId(a.frameworkId, a.key) === concept)
    .slice(-MASTERY_WINDOW);
  if (recent.length === 0) return { concept, answers: 0, score: 0, level: 'not-started' };
  const score = recent.reduce((sum, a) => sum + a.credit, 0) / recent.length;
  const level =
    score >= 0.8 && recent.length >= 3 ? 'mastered' : score >= 0.6 ? 'getting-there' : 'learning';
  return { concept, answers: recent.length, score, level };
}

/** counts[key][given]: how often a case of `key` was answered `given` (single-choice answers). */
export function confusionMatrix(
  history: readonly PracticeAnswer[],
  frameworkId: string,
  categories: readonly string[],
): number[][] {
  return classConfusion(history, frameworkId, categories).counts;
}

/** A learner's own notable mix-ups on a framework (see notableConfusions). */
export function learnerConfusions(
  history: readonly PracticeAnswer[],
  frameworkId: string,
  categories: readonly string[],
): ConfusedPair[] {
  return notableConfusions(classConfusion(history, frameworkId, categories));
}

export type DayAccuracy = { day: string; answers: number; accuracy: number };

const DAY = 24 * 60 * 60 * 1000;

/** Accuracy per UTC day over the last `days` days that have answers, oldest first. */
export function accuracyByDay(
  history: readonly PracticeAnswer[],
  now: number,
  days = 14,
): DayAccuracy[] {
  const since = now - days * DAY;
  const byDay = new Map<string, { answers: number; credit: number }>();
  for (const answer of history) {
    if (answer.at < since || answer.at > now) continue;
    const day = new Date(answer.at).toISOString().slice(0, 10);
    const entry = byDay.get(day) ?? { answers: 0, credit: 0 };
    entry.answers++;
    entry.credit += answer.credit;
    byDay.set(day, entry);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, { answers, credit }]) => ({ day, answers, accuracy: credit / answers }));
}
