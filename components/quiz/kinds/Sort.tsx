'use client';

import dynamic from 'next/dynamic';

// Drag and drop is only needed when a board is on screen: keep it out of the first load.
export const SortQuestion = dynamic(() => import('./SortBoard').then((m) => m.SortBoard));
