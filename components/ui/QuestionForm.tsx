'use client';

import { useSyncExternalStore, type ComponentProps } from 'react';

const noSubscription = () => () => undefined;

/**
 * A question's form, inert until React has hydrated it: a question rendered on the server is on
 * screen before its code runs, and a tap there would submit the form natively (reloading the
 * page) or tick an option React does not know about. Inert, it takes no tap or focus until its
 * handlers are there, and looks the same.
 */
export function QuestionForm({ inert, ...props }: ComponentProps<'form'>) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return <form {...props} inert={inert || !hydrated} />;
}
