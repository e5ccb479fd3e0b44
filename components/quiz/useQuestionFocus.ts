'use client';

import { useEffect, useRef } from 'react';

/**
 * Keyboard and screen-reader flow between questions: after checking, focus goes to Next; after
 * Next, to the new question's title. `focusAfterRender` says which, once React has rendered it.
 */
export function useQuestionFocus() {
  const titleRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const pending = useRef<'title' | 'next' | null>(null);
  useEffect(() => {
    if (pending.current === 'title') titleRef.current?.focus();
    if (pending.current === 'next') nextRef.current?.focus();
    pending.current = null;
  });
  const focusAfterRender = (target: 'title' | 'next') => {
    pending.current = target;
  };
  return { titleRef, nextRef, focusAfterRender };
}
