import { describe, expect, it } from 'vitest';
import { answerAny, verdict } from './support/answer';
import { firstOfKind, servedItems } from './support/bank';
import { expectNoAxeViolations, expectNoHorizontalScroll, setupBrowser } from './support/browser';
import { hold } from './support/hold';

const { phone } = setupBrowser();

describe('the classify quiz on a phone', () => {
  it('completes a quiz from the home page and shows the score of the answers given', async () => {
    const { page } = await phone();
    await page.goto('/');
    await expectNoAxeViolations(page, 'home');
    await page.getByRole('radio', { name: '5', exact: true }).check();
    await page.getByRole('button', { name: /^Start Pajtinka.s functions$/ }).click();
    await page.waitForURL(/\/quiz\?scope=pajtinka&n=5&seed=[a-z0-9]+/);

    await expectNoAxeViolations(page, 'quiz question');
    await expectNoHorizontalScroll(page);
    // Points as the verdicts reported them: a sort board earns one per card.
    let points = 0;
    let max = 0;
    let missed = 0;
    for (let i = 0; i < 5; i++) {
      const said = await answerAny(page, i + 1, 5, i);
      const cards = /(\d+) of (\d+) cards right/.exec(said);
      points += cards ? Number(cards[1]) : said.startsWith('✓') ? 1 : 0;
      max += cards ? Number(cards[2]) : 1;
      if (!said.startsWith('✓')) missed++;
      if (i === 0) await expectNoAxeViolations(page, 'quiz feedback');
      await page
        .getByRole('button', { name: i === 4 ? 'See your summary' : 'Next question' })
        .click();
    }

    await expect.poll(() => page.getByRole('heading', { name: /^Summary/ }).isVisible()).toBe(true);
    await expect
      .poll(() => page.getByText(`${points} / ${max}`, { exact: true }).isVisible())
      .toBe(true);
    await expectNoAxeViolations(page, 'summary');
    if (missed > 0) {
      await page.getByRole('link', { name: `Retry the ${missed} missed` }).click();
      await page.waitForURL(/\/quiz\?items=/);
      await expect
        .poll(() => page.getByText(new RegExp(`^Question 1 of ${missed}`)).isVisible())
        .toBe(true);
    }
  });

  it('starts a curated set from the home page and links a contrast pair from feedback', async () => {
    const { page } = await phone();
    await page.goto('/');
    await page.getByRole('button', { name: /^Start Military, gunboat or coercive/ }).click();
    await page.waitForURL(/\/quiz\?.*set=three-modes/);
    await expect.poll(() => page.getByText(/^Question 1 of 12/).isVisible()).toBe(true);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Military, gunboat or coercive diplomacy?');
    const paired = servedItems().find(
      (item) => item.kind === 'classify' && item.scenario.contrastWith.length > 0,
    );
    if (!paired || paired.kind !== 'classify') throw new Error('no contrast pair in the bank');
    await page.goto(`/quiz?items=${paired.id}`);
    await answerAny(page, 1, 1, 0);
    const compare = page.getByRole('heading', { name: 'Compare with' });
    await expect.poll(() => compare.count()).toBe(1);
    await expectNoAxeViolations(page, 'feedback with a contrast pair');
  });

  it('resumes at the same question with the same answers after a reload', async () => {
    const { page } = await phone();
    await page.goto('/quiz?scope=modes&n=5&seed=e2eresume');
    const firstVerdict = await answerAny(page, 1, 5, 1);
    await page.getByRole('button', { name: 'Next question' }).click();
    await answerAny(page, 2, 5, 0);
    // Reload while the second answer's feedback is on screen.
    await page.reload();
    await expect.poll(() => page.url()).toContain('q=2');
    await expect.poll(() => page.getByText(/^Question 2 of 5/).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('of 2 answered').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Next question' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Check answer' }).count()).toBe(0);

    // The home page offers to resume, rendered with the page (no shift on hydration).
    await page.goto('/');
    await page.getByRole('link', { name: /^Resume/ }).click();
    await expect.poll(() => page.getByText(/^Question 2 of 5/).isVisible()).toBe(true);
    // The first question's answer is still there.
    await page.goto('/quiz?scope=modes&n=5&seed=e2eresume&q=1');
    await expect.poll(() => page.getByText(/^Question 1 of 5/).isVisible()).toBe(true);
    await expect.poll(() => verdict(page).textContent()).toBe(firstVerdict);
  });

  it('takes no tap on a question before its code has run, then answers normally', async () => {
    const { page } = await phone();
    const scripts = hold(page, /\/_next\/static\/chunks\/.+\.js$/);
    const url = '/quiz?scope=modes&n=5&seed=e2eearly';
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const check = page.getByRole('button', { name: 'Check answer' });
    await check.waitFor();
    // A tap on the server's form would submit it natively and reload the page without the quiz.
    await check.scrollIntoViewIfNeeded();
    const box = (await check.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(300);
    expect(new URL(page.url()).search).toBe(new URL(url, 'http://x').search);
    await scripts.release();
    await answerAny(page, 1, 5, 0);
    await page.getByRole('button', { name: 'Next question' }).waitFor();
  });

  it('keeps a half-sorted board across a reload', async () => {
    const { page } = await phone();
    const board =
      'sort.pajtinka.pla-donation-2017~bilateral-programme-2018~fk3-purchase-2019~vucic-chinese-arms-purchase-2019';
    await page.goto(`/quiz?items=${board}`);
    await page.getByRole('heading', { name: 'To place (4)' }).waitFor();
    await page.locator('[aria-roledescription="card to sort"]').first().click();
    await page.locator('button[aria-label^="Place here in"]').first().click();
    await page.getByRole('heading', { name: 'To place (3)' }).waitFor();
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'To place (3)' }).count()).toBe(1);
  });

  it('stays usable at 320 px wide and with text at 200%', async () => {
    const { page } = await phone({ viewport: { width: 320, height: 640 } });
    await page.goto('/quiz?scope=cottey-forster&n=5&seed=narrow');
    await expectNoHorizontalScroll(page);
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    await expectNoHorizontalScroll(page);
    await answerAny(page, 1, 5, 0);
    await expectNoHorizontalScroll(page);
  });

  it('gives every control a tap target of at least 44 by 44 px', async () => {
    const { page } = await phone();
    await page.goto('/quiz?scope=mixed&n=10&seed=targets&cbm=1');
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('main label, main button, main summary, header a')]
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
    await answerAny(page, 1, 5, 2);
    await expectNoAxeViolations(page, 'dark feedback');
  });
});

describe('concept pages', () => {
  it('are reachable from an explanation and pass axe', async () => {
    const item = firstOfKind(servedItems(), 'classify', 'pajtinka');
    const { page } = await phone();
    await page.goto(`/quiz?items=${item.id}`);
    await answerAny(page, 1, 1, 0);
    await page.getByRole('heading', { name: 'Learn more' }).waitFor();
    await page
      .locator('section[aria-labelledby$="-feedback"] a[href^="/concepts/pajtinka/"]')
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
