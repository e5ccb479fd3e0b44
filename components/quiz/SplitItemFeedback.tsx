'use client';

import dynamic from 'next/dynamic';

/**
 * ItemFeedback in a chunk of its own, still rendered on the server, for server pages that show it
 * only sometimes (a student's attempt page lists feedback only once the attempt is over). A Server
 * Component that imports a Client Component puts it in the page's first load whether it renders
 * it or not; through next/dynamic in a Client Component, the chunk comes only with the feedback.
 */
export const SplitItemFeedback = dynamic(() =>
  import('./Feedback').then((module) => module.ItemFeedback),
);
