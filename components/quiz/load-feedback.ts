/**
 * The feedback's code (every kind's feedback body, the parts they share), for pages that ask
 * questions: it is not needed before an answer, so it loads after the page, beside nothing the
 * first paint waits for. Used with components/ui/useLoadedModule.
 */
export const loadFeedback = () => import('./Feedback');
