/** Bumped with a numbered migration in quiz-state.ts whenever the saved shape changes. */
export const QUIZ_STORE_VERSION = 2;
export const QUIZ_STORE_KEY = 'attache.quiz';
