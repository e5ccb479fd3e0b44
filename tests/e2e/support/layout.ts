/**
 * What a person would notice on a phone that axe does not: a word broken in the middle, a column
 * one word wide, a page that scrolls sideways, a target too small for a thumb. Every page state
 * a journey reaches is checked at 320, 360 and 412 px (and 1280 for instructor pages), light and
 * dark, and at 200 % text, and a screenshot of each is saved for a person to look at.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const LAYOUT_DIR = process.env.LAYOUT_DIR ?? join(process.cwd(), 'test-results', 'layout');
let announced = false;

export type LayoutOptions = {
  /** Widths to check; phones by default, plus 1280 for instructor pages. */
  widths?: number[];
  /** Also check at 200 % text (at 360 px). Default true. */
  largeText?: boolean;
};

export const PHONES = [320, 360, 412];
export const PHONES_AND_DESKTOP = [...PHONES, 1280];

type Problem = string;

/** Runs in the page: every problem found at the current size, in words. */
function findProblems(): Problem[] {
  const problems: Problem[] = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) {
    problems.push(`scrolls sideways: ${doc.scrollWidth} px wide in ${doc.clientWidth} px`);
  }
  const visible = (el: Element) => {
    if (
      el.closest(
        '.visually-hidden, [hidden], [aria-hidden="true"], details:not([open]) > :not(summary)',
      )
    ) {
      return false;
    }
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  };
  const describe = (el: Element) =>
    `<${el.tagName.toLowerCase()}> “${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}”`;

  // Words split across lines: each word's pieces must sit on one line.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const splitWords = new Set<string>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !visible(parent)) continue;
    if (parent.closest('script, style, svg, [data-layout-break-ok]')) continue;
    const text = node.textContent ?? '';
    const word = /[\p{L}\p{N}][\p{L}\p{N}'’.]*[\p{L}\p{N}]/gu;
    for (let match = word.exec(text); match; match = word.exec(text)) {
      if (match[0].length < 4) continue;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const tops = new Set(rects.map((r) => Math.round(r.top)));
      if (tops.size < 2) continue;
      // A word wider than its whole column must break (a long word at 200 % text); one that
      // would fit on a line of its own was broken by the layout, and that is the fault.
      let block: Element = parent;
      while (getComputedStyle(block).display.startsWith('inline') && block.parentElement) {
        block = block.parentElement;
      }
      const style = getComputedStyle(block);
      const column =
        block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const wordWidth = rects.reduce((sum, r) => sum + r.width, 0);
      if (column <= 0 || wordWidth < column) {
        splitWords.add(`word split across lines: “${match[0]}” in ${describe(parent)}`);
      }
    }
  }
  problems.push(...splitWords);

  // Text columns too narrow to read: fewer than about eight average characters wide.
  for (const el of document.body.querySelectorAll('*')) {
    if (!visible(el) || el.closest('svg, [data-layout-break-ok]')) continue;
    const ownText = [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
    if (ownText.length < 10 || !/\s/.test(ownText)) continue;
    const style = getComputedStyle(el);
    const fontSize = parseFloat(style.fontSize);
    const width = el.getBoundingClientRect().width;
    if (width < 8 * 0.5 * fontSize) {
      problems.push(`text column ${Math.round(width)} px wide: ${describe(el)}`);
    }
  }

  // Targets a thumb can hit: 44 × 44 px at least (WCAG 2.5.5). Links inside running text are
  // exempt, as WCAG exempts them: the line of text sets their height.
  const targets = document.body.querySelectorAll(
    'a[href], button, select, textarea, summary, input:not([type="hidden"]), [role="button"], [role="tab"]',
  );
  for (const el of targets) {
    if (!visible(el)) continue;
    let box: Element = el;
    if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
      const label = el.closest('label');
      if (!label) continue;
      box = label;
    }
    if (el.tagName === 'A') {
      const block = el.parentElement;
      const inText =
        block &&
        [...block.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim().length > 0,
        );
      if (inText) continue;
    }
    const rect = box.getBoundingClientRect();
    if (rect.width < 43.5 || rect.height < 43.5) {
      problems.push(
        `target ${Math.round(rect.width)}×${Math.round(rect.height)} px: ${describe(el)}`,
      );
    }
  }
  return problems;
}

/**
 * Checks the page as it is now at every size and theme, saves a screenshot of each, and fails
 * with everything found. The page is left at its original size, theme and text size.
 */
export async function checkLayout(
  page: Page,
  label: string,
  options: LayoutOptions = {},
): Promise<void> {
  mkdirSync(LAYOUT_DIR, { recursive: true });
  if (!announced) {
    console.warn(`layout screenshots: ${LAYOUT_DIR}`);
    announced = true;
  }
  const original = page.viewportSize() ?? { width: 360, height: 800 };
  const widths = options.widths ?? PHONES;
  const runs: { width: number; scheme: 'light' | 'dark'; text: 100 | 200 }[] = [
    ...widths.flatMap((width) =>
      (['light', 'dark'] as const).map((scheme) => ({ width, scheme, text: 100 as const })),
    ),
    ...(options.largeText === false
      ? []
      : [{ width: 360, scheme: 'light' as const, text: 200 as const }]),
  ];
  const found: string[] = [];
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  try {
    for (const run of runs) {
      await page.setViewportSize({ width: run.width, height: original.height });
      await page.emulateMedia({ colorScheme: run.scheme });
      await page.evaluate((percent) => {
        document.documentElement.style.fontSize = percent === 100 ? '' : `${percent}%`;
      }, run.text);
      const problems = await page.evaluate(findProblems);
      const name = `${slug}-${run.width}-${run.scheme}${run.text === 200 ? '-200pct' : ''}`;
      await page.screenshot({ path: join(LAYOUT_DIR, `${name}.png`), fullPage: true });
      found.push(...problems.map((p) => `${run.width} px ${run.scheme} ${run.text} %: ${p}`));
    }
  } finally {
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '';
    });
    await page.emulateMedia({ colorScheme: null });
    await page.setViewportSize(original);
  }
  const problems = [...new Set(found)];
  if (process.env.LAYOUT_SURVEY) {
    // Surveying: list everything on every page in one run instead of stopping at the first.
    appendFileSync(process.env.LAYOUT_SURVEY, problems.map((p) => `${label}: ${p}\n`).join(''));
    return;
  }
  expect(problems, `layout of ${label}`).toEqual([]);
}
