/** One Chromium per test file, a fresh 360x800 context per test, and axe-core. */
import AxeBuilder from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PHONE = { width: 360, height: 800 };

export function setupBrowser() {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-quic',
        '--no-first-run',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
    await browser?.close();
  });
  const baseURL = inject('baseURL');
  return {
    baseURL,
    /** A new phone-sized browser context (its own storage), and a page in it. */
    async phone(
      options: BrowserContextOptions = {},
    ): Promise<{ context: BrowserContext; page: Page }> {
      if (!browser) throw new Error('browser not started');
      const context = await browser.newContext({
        viewport: PHONE,
        baseURL,
        hasTouch: true,
        ...options,
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => {
        throw error;
      });
      return { context, page };
    },
  };
}

/** Runs axe-core (WCAG 2.0–2.2 A/AA and best practices) and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  // After router.refresh() Next streams the page's <title> back in a moment after the content;
  // give it that moment (a page that never gets a title still fails below).
  await page
    .waitForFunction(() => document.title.trim() !== '', null, { timeout: 3000 })
    .catch(() => undefined);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations, `axe violations on ${label}`).toEqual([]);
}

/** No horizontal scrolling at the current viewport. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}
