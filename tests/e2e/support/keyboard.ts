import type { Page } from 'playwright-core';

/**
 * Presses Tab until the focused element matches `selector` (and, if given, has `name` in its
 * label or text), as a keyboard user would. Fails after `max` presses.
 */
export async function tabTo(page: Page, selector: string, name?: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(
      ({ selector, name }) => {
        const el = document.activeElement;
        if (!el || !el.matches(selector)) return false;
        if (name === undefined) return true;
        const label =
          el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent ?? '';
        return label.includes(name);
      },
      { selector, name },
    );
    if (hit) return;
  }
  throw new Error(`Tab never reached ${selector}${name ? ` named “${name}”` : ''}`);
}
