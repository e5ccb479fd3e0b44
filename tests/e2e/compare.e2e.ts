/**
 * Compare pages: reached from feedback after a wrong pick, they put the two categories side by
 * side with contrasting cases; axe-clean and readable on a 320 px phone.
 */
import { describe, expect, it } from 'vitest';
import { verdict } from './support/answer';
import { expectNoAxeViolations, expectNoHorizontalScroll, setupBrowser } from './support/browser';
import { firstOfKind, servedItems } from './support/bank';

const { phone } = setupBrowser();

describe('compare pages', () => {
  it('opens from the feedback on a wrong pick, with both definitions and contrasting cases', async () => {
    const item = firstOfKind(servedItems(), 'classify', 'pajtinka');
    if (item.kind !== 'classify') throw new Error('expected a classify item');
    const wrong = item.options.find(
      (o) => o.id !== item.answerKey.best && !item.answerKey.accepted.includes(o.id),
    )!;
    const key = item.options.find((o) => o.id === item.answerKey.best)!;
    const { page } = await phone({ viewport: { width: 320, height: 720 } });
    await page.goto(`/quiz?items=${item.id}`);
    await page.getByRole('radio', { name: wrong.label, exact: true }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await verdict(page).waitFor();
    await page.getByRole('link', { name: `Compare ${key.label} and ${wrong.label}` }).click();
    await page.getByRole('heading', { level: 1, name: / or .*\?$/ }).waitFor();
    await page.getByRole('heading', { name: 'The one thing that tells them apart' }).waitFor();
    expect(
      await page.getByRole('heading', { level: 3, name: /^Pair \d$/ }).count(),
    ).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page, 'compare page at 320 px');
    await expectNoHorizontalScroll(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'compare page, dark');
  });

  it('is linked from a concept page', async () => {
    const { page } = await phone();
    await page.goto('/concepts/modes/gunboat');
    await page.getByRole('link', { name: /^Gunboat or Coercive\? Side by side$/ }).click();
    await page
      .getByRole('heading', { level: 1, name: /^(Gunboat or Coercive|Coercive or Gunboat)\?$/ })
      .waitFor();
    await expectNoAxeViolations(page, 'compare page');
  });
});
