/**
 * Which submitted attempts the statistics count when students may try more than once: every
 * attempt, or each student's first or last (Moodle offers the same choice). The first attempt
 * is usually the fairer measure of an item; later ones have seen the feedback.
 */
export const ATTEMPT_CHOICES = ['all', 'first', 'last'] as const;
export type AttemptChoice = (typeof ATTEMPT_CHOICES)[number];

export const ATTEMPT_CHOICE_LABEL: Record<AttemptChoice, string> = {
  all: 'Every submitted attempt',
  first: "Each student's first attempt",
  last: "Each student's last attempt",
};

export type AttemptRef = { id: string; student: string; number: number };

/** The ids of the attempts to count, in the order given. */
export function chooseAttempts(attempts: readonly AttemptRef[], choice: AttemptChoice): string[] {
  if (choice === 'all') return attempts.map((a) => a.id);
  const chosen = new Map<string, AttemptRef>();
  for (const attempt of attempts) {
    const held = chosen.get(attempt.student);
    const better =
      held === undefined ||
      (choice === 'first' ? attempt.number < held.number : attempt.number > held.number);
    if (better) chosen.set(attempt.student, attempt);
  }
  const ids = new Set([...chosen.values()].map((a) => a.id));
  return attempts.filter((a) => ids.has(a.id)).map((a) => a.id);
}
