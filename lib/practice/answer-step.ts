/**
 * What one practice answer does, as a pure function: score it, grade the concept and schedule
 * its next review, and queue remediation after a confusion. Time and the scheduler come in as
 * arguments (the page loads ts-fsrs only when the first answer is given).
 */
import { conceptId, type ConceptId } from '../items/ids';
import { scenariosOf, scoreItem } from '../items/registry';
import type { LearnerResponse } from '../items/response';
import type { Scored } from '../items/score';
import type { PracticeItem } from './bank-data';
import { practiceKeyOf } from './bank-split';
import type { PracticeGrade, ScheduleOptions } from './schedule';
import { remediationFor, type PracticeIndex } from './select';
import type { PracticeAnswer, Remediation, StoredCard } from './types';

export type Scheduler = {
  gradeOf: (outcome: { credit: number; keyRight: boolean; certainty?: 1 | 2 | 3 }) => PracticeGrade;
  review: (
    card: StoredCard | undefined,
    grade: PracticeGrade,
    now: number,
    options: ScheduleOptions,
  ) => StoredCard;
};

export type PracticeState = {
  index: PracticeIndex;
  cards: Readonly<Record<ConceptId, StoredCard>>;
  history: readonly PracticeAnswer[];
  remediation: readonly Remediation[];
  retention: number;
};

export type PracticeStep =
  | { ok: false; message: string }
  | {
      ok: true;
      score: Scored;
      answer: PracticeAnswer;
      concept: ConceptId;
      card: StoredCard;
      remediation: Remediation[];
    };

export function practiceStep(
  item: PracticeItem,
  response: LearnerResponse,
  options: { certaintyBased: boolean; now: number },
  state: PracticeState,
  scheduler: Scheduler,
): PracticeStep {
  const score = scoreItem(item, response, { certaintyBased: options.certaintyBased });
  if (score.status !== 'scored') return { ok: false, message: score.message };
  const { scenarioId, key } = practiceKeyOf(item);
  const judgement = score.judgements.find((j) => j.scenarioId === scenarioId);
  const credit = judgement?.credit ?? 0;
  const given = judgement?.given;
  const answer: PracticeAnswer = {
    itemId: item.id,
    scenarioId,
    frameworkId: item.frameworkId,
    key,
    ...(given !== undefined ? { given } : {}),
    credit,
    at: options.now,
  };
  const concept = conceptId(item.frameworkId, key);
  // Partial credit with the right category (the right mode, the wrong reason) is not a confusion.
  const keyRight = given === undefined ? credit > 0 : given === key || credit > 0;
  const card = scheduler.review(
    state.cards[concept],
    scheduler.gradeOf({
      credit,
      keyRight,
      ...(judgement?.certainty !== undefined ? { certainty: judgement.certainty } : {}),
    }),
    options.now,
    { retention: state.retention },
  );
  const queue = state.remediation.filter((r) => r.itemId !== item.id);
  const partners = scenariosOf(item).flatMap((s) => s.contrastWith.map((c) => c.id));
  // One confusion untangled at a time, so a hard patch does not turn into only remediation.
  const added =
    given !== undefined && credit === 0 && queue.length === 0
      ? remediationFor(answer, state.index, partners, state.history)
      : [];
  return { ok: true, score, answer, concept, card, remediation: [...queue, ...added] };
}
