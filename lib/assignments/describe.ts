/** Words for an assignment's state and settings, shared by the instructor's and the student's pages. */
import type { AssignmentState } from './status';
import type { AssignmentSettings } from './settings';

/** "2026-12-05 09:14 UTC", or a dash for a value no date can hold: total, never throws. */
export function formatUtc(ms: number): string {
  const date = new Date(ms);
  if (!Number.isFinite(date.getTime())) return '–';
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function stateLabel(state: AssignmentState): string {
  switch (state.state) {
    case 'open':
      return 'Open';
    case 'closed':
      return 'Closed';
    case 'not-open-yet':
      return `Opens ${formatUtc(state.opensAt)}`;
    case 'past-due':
      return `Past due (${formatUtc(state.dueAt)})`;
  }
}

export function settingsLines(settings: AssignmentSettings): string[] {
  return [
    settings.feedback === 'immediate'
      ? 'Feedback after each answer'
      : 'Feedback once the assignment closes',
    settings.maxAttempts === 1 ? 'One attempt' : `${settings.maxAttempts} attempts`,
    settings.timeLimitMinutes === null
      ? 'No time limit'
      : `Time limit ${settings.timeLimitMinutes} min`,
    ...(settings.opensAt === null ? [] : [`Opens ${formatUtc(settings.opensAt)}`]),
    ...(settings.dueAt === null ? [] : [`Due ${formatUtc(settings.dueAt)}`]),
    ...(settings.shuffleItems ? ['Questions shuffled per student'] : []),
    ...(settings.shuffleOptions ? ['Options shuffled per student'] : []),
    ...(settings.certaintyBased ? ['Certainty-based marking'] : []),
  ];
}
