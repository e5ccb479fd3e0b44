import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectNoHorizontalScroll, setupBrowser } from './support/browser';

const { phone } = setupBrowser();

/** Picks an option, checks it, and returns whether the verdict said it was right. */
async function answer(page: Page, optionIndex: number): Promise<boolean> {
  await page.getByRole('radio').nth(optionIndex).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  const verdict = page
    .getByRole('region')
    .filter({ has: page.getByRole('heading', { name: /^(✓|✗)/ }) });
  const heading = await verdict.getByRole('heading').first().textContent();
  return heading?.startsWith('✓') ?? false;
}

describe('the classify quiz on a phone', () => {
  it('completes a quiz from the home page and shows the score of the answers given', async () => {
    const { page } = await phone();
    await page.goto('/');
    await expectNoAxeViolations(page, 'home');
    await page.getByRole('radio', { name: '5', exact: true }).check();
    await page.getByRole('button', { name: /Start Pajtinka/ }).click();
    await page.waitForURL(/\/quiz\?scope=pajtinka&n=5&seed=[a-z0-9]+/);

    await expectNoAxeViolations(page, 'quiz question');
    await expectNoHorizontalScroll(page);
    let right = 0;
    for (let i = 0; i < 5; i++) {
      await expect.poll(() => page.getByText(`Question ${i + 1} of 5`).isVisible()).toBe(true);
      if (await answer(page, i % 5)) right++;
      if (i === 0) await expectNoAxeViolations(page, 'quiz feedback');
      await page
        .getByRole('button', { name: i === 4 ? 'See your summary' : 'Next question' })
        .click();
    }

    await expect.poll(() => page.getByRole('heading', { name: /^Summary/ }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(`${right} / 5`).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'summary');
    if (right < 5) {
      await page.getByRole('link', { name: `Retry the ${5 - right} missed` }).click();
      await page.waitForURL(/\/quiz\?items=/);
      await expect.poll(() => page.getByText(`Question 1 of ${5 - right}`).isVisible()).toBe(true);
    }
  });

  it('resumes at the same question with the same answers after a reload', async () => {
    const { page } = await phone();
    await page.goto('/quiz?scope=modes&n=5&seed=e2eresume');
    const firstTitle = await page.getByRole('article').getByRole('heading').textContent();
    const firstRight = await answer(page, 1);
    await page.getByRole('button', { name: 'Next question' }).click();
    await expect.poll(() => page.getByText('Question 2 of 5').isVisible()).toBe(true);
    await answer(page, 0);
    // Reload while the second answer's feedback is on screen.
    await page.reload();
    await expect.poll(() => page.url()).toContain('q=2');
    await expect.poll(() => page.getByText('Question 2 of 5').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('of 2 answered').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Next question' }).isVisible()).toBe(true);
    expect(await page.getByRole('radio', { checked: true }).isDisabled()).toBe(true);

    // The home page offers to resume, rendered with the page (no shift on hydration).
    await page.goto('/');
    await page.getByRole('link', { name: /^Resume/ }).click();
    await expect.poll(() => page.getByText('Question 2 of 5').isVisible()).toBe(true);
    // The first question's answer is still there.
    await page.goto('/quiz?scope=modes&n=5&seed=e2eresume&q=1');
    await expect
      .poll(async () => page.getByRole('article').getByRole('heading').textContent())
      .toBe(firstTitle);
    await expect
      .poll(() => page.getByRole('heading', { name: firstRight ? /^✓/ : /^✗/ }).isVisible())
      .toBe(true);
  });

  it('stays usable at 320 px wide and with text at 200%', async () => {
    const { page } = await phone({ viewport: { width: 320, height: 640 } });
    await page.goto('/quiz?scope=cottey-forster&n=5&seed=narrow');
    await expectNoHorizontalScroll(page);
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    await expectNoHorizontalScroll(page);
    await answer(page, 0);
    await expectNoHorizontalScroll(page);
  });

  it('gives every control a tap target of at least 44 by 44 px', async () => {
    const { page } = await phone();
    await page.goto('/quiz?scope=pajtinka&n=5&seed=targets');
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('main label, main button, header a')]
        .map((el) => ({
          text: el.textContent?.trim().slice(0, 40),
          rect: el.getBoundingClientRect(),
        }))
        .filter(({ rect }) => rect.height < 44 || rect.width < 44)
        .map(({ text, rect }) => `${text} ${Math.round(rect.width)}x${Math.round(rect.height)}`),
    );
    expect(small).toEqual([]);
  });

  it('has no accessibility violations in the dark theme', async () => {
    const { page } = await phone({ colorScheme: 'dark' });
    await page.goto('/quiz?scope=pajtinka&n=5&seed=dark');
    await answer(page, 2);
    await expectNoAxeViolations(page, 'dark feedback');
  });
});

describe('concept pages', () => {
  it('are reachable from an explanation and pass axe', async () => {
    const { page } = await phone();
    await page.goto('/quiz?scope=pajtinka&n=5&seed=concepts');
    await answer(page, 0);
    await page
      .getByRole('paragraph')
      .filter({ hasText: 'Learn more' })
      .getByRole('link')
      .first()
      .click();
    await page.waitForURL(/\/concepts\/pajtinka\/[a-z-]+$/);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await expectNoAxeViolations(page, 'concept category page');
    await page.getByRole('link', { name: "Pajtinka's functions", exact: true }).click();
    await page.waitForURL(/\/concepts\/pajtinka$/);
    await expectNoAxeViolations(page, 'framework page');
    await page.goto('/concepts');
    await expectNoAxeViolations(page, 'concepts index');
  });

  it('answers an unknown concept with a 404 page', async () => {
    const { page } = await phone();
    const response = await page.goto('/concepts/pajtinka/no-such-thing');
    expect(response?.status()).toBe(404);
    await expectNoAxeViolations(page, '404 page');
  });
});
