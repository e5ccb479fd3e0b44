/** Bumped with a numbered migration in practice-state.ts whenever the saved shape changes. */
export const PRACTICE_STORE_VERSION = 1;
export const PRACTICE_STORE_KEY = 'attache.practice';
/** Answers kept for the progress page and the selector; older ones are dropped. */
export const MAX_HISTORY = 3000;
