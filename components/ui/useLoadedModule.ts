'use client';

import { startTransition, useEffect, useState } from 'react';

/**
 * Code that stays out of a page's first load: `load()` runs once `wanted` is true, and the
 * value it resolves to is returned, 'failed' when it could not be fetched (offline without a
 * cached copy), undefined until then.
 *
 * Held in state rather than rendered through React.lazy or next/dynamic: a lazy component
 * suspends, and React holds back the content that replaces a Suspense fallback by up to 300 ms.
 *
 * `ahead`: the code is fetched before anything shows it (feedback before the answer), so its
 * arrival re-renders the page in a transition, in slices that never hold up a tap. Code the
 * learner is waiting for is shown at once.
 */
export function useLoadedModule<T>(
  load: () => Promise<T>,
  wanted = true,
  { ahead = false }: { ahead?: boolean } = {},
): T | 'failed' | undefined {
  const [loaded, setLoaded] = useState<{ value: T } | 'failed'>();
  const settled = loaded !== undefined;
  useEffect(() => {
    if (!wanted || settled) return;
    let live = true;
    load().then(
      (value) => {
        if (!live) return;
        if (ahead) startTransition(() => setLoaded({ value }));
        else setLoaded({ value });
      },
      () => {
        if (live) setLoaded('failed');
      },
    );
    return () => {
      live = false;
    };
    // `load` is a module-level import, the same on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, settled]);
  return loaded === 'failed' ? 'failed' : loaded?.value;
}
