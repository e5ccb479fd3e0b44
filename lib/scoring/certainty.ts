/**
 * Certainty-based marking (Gardner-Medwin's LAPT scheme, as in Moodle): after answering, the
 * learner says how sure they are. Right earns 1 / 2 / 3 at low / medium / high certainty;
 * wrong earns 0 / −2 / −6. It rewards knowing what you know: high certainty pays only when the
 * chance of being right is above 80 %, medium above 67 %.
 *
 * It applies to each classified scenario, so each card of a sort board carries its own
 * certainty. Partial credit c (multi-select, two-tier) is marked in proportion:
 * c·right + (1−c)·wrong, which is the scheme itself at c = 0 and c = 1.
 */
import type { Certainty } from '../items/response';
import type { Judgement, Score, Scored } from '../items/score';

export const CBM_MARKS: Record<Certainty, { right: number; wrong: number }> = {
  1: { right: 1, wrong: 0 },
  2: { right: 2, wrong: -2 },
  3: { right: 3, wrong: -6 },
};
export const CBM_MAX = 3;
export const CBM_MIN = -6;

/** The lowest accuracy at which each certainty level is the best bet. */
export const CBM_THRESHOLDS: Record<Certainty, number> = { 1: 0, 2: 2 / 3, 3: 0.8 };

export function cbmMark(credit: number, certainty: Certainty): number {
  const { right, wrong } = CBM_MARKS[certainty];
  return credit * right + (1 - credit) * wrong;
}

/** Re-marks a score under CBM. Every judgement needs a certainty; a missing one makes the answer incomplete. */
export function applyCertainty(score: Score): Score {
  if (score.status !== 'scored') return score;
  if (score.judgements.some((j) => j.certainty === undefined)) {
    return { status: 'invalid', message: 'Say how sure you are.' };
  }
  const earned = score.judgements.reduce((sum, j) => sum + cbmMark(j.credit, j.certainty!), 0);
  return {
    ...score,
    earned: Math.round(earned * 1e9) / 1e9,
    max: CBM_MAX * score.judgements.length,
  } satisfies Scored;
}

export type CalibrationRow = {
  certainty: Certainty;
  answers: number;
  /** Mean credit at this certainty, 0–1; undefined when there are no answers. */
  accuracy?: number;
  /** Too sure: accuracy below this level's threshold. Not sure enough: above the next level's. */
  verdict?: 'over-confident' | 'under-confident' | 'well-calibrated';
};

/** Accuracy at each certainty level and whether the learner is over- or under-confident there. */
export function calibration(judgements: readonly Judgement[]): CalibrationRow[] {
  return ([1, 2, 3] as const).map((certainty) => {
    const at = judgements.filter((j) => j.certainty === certainty);
    if (at.length === 0) return { certainty, answers: 0 };
    const accuracy = at.reduce((sum, j) => sum + j.credit, 0) / at.length;
    const floor = CBM_THRESHOLDS[certainty];
    const nextFloor = certainty === 3 ? Infinity : CBM_THRESHOLDS[(certainty + 1) as Certainty];
    const verdict =
      accuracy < floor
        ? 'over-confident'
        : accuracy > nextFloor
          ? 'under-confident'
          : 'well-calibrated';
    return { certainty, answers: at.length, accuracy, verdict };
  });
}
