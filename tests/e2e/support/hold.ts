import type { Page } from 'playwright-core';

/** Holds the requests matching `pattern` until released (then lets the rest through). */
export function hold(page: Page, pattern: RegExp) {
  const waiting: (() => Promise<void>)[] = [];
  let released = false;
  const ready = page.route(pattern, async (route) => {
    if (released) await route.continue();
    else waiting.push(() => route.continue());
  });
  return {
    release: async () => {
      await ready;
      released = true;
      await Promise.all(waiting.splice(0).map((go) => go()));
    },
  };
}
