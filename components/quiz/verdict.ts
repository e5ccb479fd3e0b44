import { scenariosRight, type Score } from '@/lib/items/score';

/** The verdict in words and a symbol (never colour alone), read from the score. */
export function resultHeadline(score: Score): string {
  if (score.status !== 'scored') return 'Not answered';
  const { detail } = score;
  if (detail.kind === 'tiers' && detail.answer.right && !detail.reason.right) {
    return '◐ Right answer, wrong reason';
  }
  if (detail.kind === 'placements') {
    const { right, total } = scenariosRight(score);
    return `${right === total ? '✓' : right === 0 ? '✗' : '◐'} ${right} of ${total} cards right`;
  }
  switch (score.outcome) {
    case 'correct':
      return '✓ Correct';
    case 'accepted':
      return '✓ Accepted';
    case 'partial':
      return '◐ Partly right';
    case 'wrong':
      return '✗ Not quite';
  }
}

export function resultTone(score: Score): 'right' | 'wrong' | 'partial' {
  if (score.status !== 'scored' || score.outcome === 'wrong') return 'wrong';
  return score.outcome === 'partial' ? 'partial' : 'right';
}
