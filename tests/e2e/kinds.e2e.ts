import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { OddOneOutItem } from '@/lib/items/schema';
import { firstOfKind, oddOneOutOfSet, servedItems, sortBoardId } from './support/bank';
import { expectNoAxeViolations, expectNoHorizontalScroll, setupBrowser } from './support/browser';
import { tabTo } from './support/keyboard';
import { checkLayout } from './support/layout';
import { verdict } from './support/answer';

const { phone } = setupBrowser();
const items = servedItems();

describe('every kind of item on a 360 px phone', () => {
  it('pick every one that applies: tick, check, see each option marked', async () => {
    const item = firstOfKind(items, 'classify-many');
    const { page } = await phone();
    await page.goto(`/quiz?items=${item.id}`);
    await expectNoAxeViolations(page, 'classify-many question');
    await page.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect.poll(() => verdict(page).textContent()).toMatch(/^(✓|◐|✗)/);
    expect(await page.getByText(/Ticked, applies|Missed, applies/).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'classify-many feedback');
    await expectNoHorizontalScroll(page);
  });

  it('answer and reason: both tiers are scored', async () => {
    const item = firstOfKind(items, 'two-tier');
    if (item.kind !== 'two-tier') throw new Error('unreachable');
    const { page } = await phone();
    await page.goto(`/quiz?items=${item.id}`);
    await expectNoAxeViolations(page, 'two-tier question');
    const keyLabel = item.options.find((o) => o.id === item.answerKey.best)!.label;
    const wrongReason = item.reasons.find((r) => r.id !== item.answerKey.reason)!.label;
    await page
      .getByRole('group', { name: /^1\./ })
      .getByRole('radio', { name: keyLabel, exact: true })
      .check();
    await page
      .getByRole('group', { name: /^2\./ })
      .getByRole('radio', { name: wrongReason, exact: true })
      .check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect.poll(() => verdict(page).textContent()).toBe('◐ Right answer, wrong reason');
    await expectNoAxeViolations(page, 'two-tier feedback');
  });

  it.each([
    ['attribute', 'authors'],
    ['distinguish', 'criteria'],
  ] as const)('%s items are answered like classify items', async (kind, framework) => {
    const item = firstOfKind(items, kind, framework);
    const { page } = await phone();
    await page.goto(`/quiz?items=${item.id}`);
    const label = kind === 'attribute' ? 'Who said it' : 'Which criterion';
    expect(await page.getByText(`Question 1 of 1 · ${label}`).count()).toBe(1);
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect.poll(() => verdict(page).textContent()).toMatch(/^(✓|✗)/);
    await expectNoAxeViolations(page, `${kind} feedback`);
  });

  it('sorts a board by touch alone: tap a card, tap Place here', async () => {
    const board = sortBoardId(items);
    const { page } = await phone({ hasTouch: true, isMobile: true });
    await page.goto(`/quiz?items=${board.id}`);
    await page.getByRole('heading', { name: 'To place (4)' }).waitFor();
    await expectNoAxeViolations(page, 'sort board');
    await expectNoHorizontalScroll(page);
    for (const card of board.scenarios) {
      await page.getByRole('button', { name: card.scenario.title, exact: true }).tap();
      const bucket = card.options.find((o) => o.id === card.answerKey.best)!.label;
      await page.getByRole('button', { name: `Place here in ${bucket}` }).tap();
    }
    await expectNoAxeViolations(page, 'sort board, all placed');
    await page.getByRole('button', { name: 'Check answer' }).tap();
    await expect.poll(() => verdict(page).textContent()).toBe('✓ 4 of 4 cards right');
    await expectNoAxeViolations(page, 'sort feedback');
  });

  it('sorts a board with the keyboard alone: Space picks up, arrows move, Space drops', async () => {
    const board = sortBoardId(items);
    const { page } = await phone();
    await page.goto(`/quiz?items=${board.id}`);
    await page.getByRole('heading', { name: 'To place (4)' }).waitFor();
    const first = board.scenarios[0]!;
    await tabTo(page, '[aria-roledescription="card to sort"]', first.scenario.title);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByText(/^Picked up/).count()).toBe(1);
    // The card starts over the tray; each arrow press moves it one category down.
    const bucketIndex = first.options.findIndex((o) => o.id === first.answerKey.best);
    for (let i = 0; i <= bucketIndex; i++) {
      await page.keyboard.press('ArrowDown');
      const over = i === 0 ? first.options[0]!.label : first.options[i]!.label;
      await expect
        .poll(() => page.getByText(`${first.scenario.title} is over ${over}.`).count())
        .toBe(1);
    }
    await page.keyboard.press('Space');
    const bucketLabel = first.options[bucketIndex]!.label;
    await expect
      .poll(() => page.getByText(`${first.scenario.title} placed in ${bucketLabel}.`).count())
      .toBe(1);
    const bucket = page.getByRole('region', { name: bucketLabel, exact: true });
    await expect
      .poll(() => bucket.getByText(first.scenario.title, { exact: true }).count())
      .toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'To place (3)' }).count()).toBe(1);
  });

  it('sorts a board by dragging with a mouse', async () => {
    const board = sortBoardId(items);
    const { page } = await phone();
    await page.goto(`/quiz?items=${board.id}`);
    await page.getByRole('heading', { name: 'To place (4)' }).waitFor();
    // The last card in the tray and the first category fit on one screen together.
    const card = board.scenarios[3]!;
    const handle = page.getByRole('button', { name: card.scenario.title, exact: true });
    await handle.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    const bucketLabel = card.options[0]!.label;
    const target = page.getByRole('region', { name: bucketLabel, exact: true });
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('card or category not laid out');
    await page.mouse.move(from.x + 20, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(from.x + 30, from.y + 30, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
    await page.mouse.up();
    await expect.poll(() => target.getByText(card.scenario.title, { exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'To place (3)' }).count()).toBe(1);
  });
});

describe('odd one out on a 360 px phone', () => {
  const [sales, attaches] = oddOneOutOfSet('five-functions');
  const titleOf = (item: OddOneOutItem, id: string) =>
    item.scenarios.find((s) => s.id === id)!.title;
  const categoryOf = (item: OddOneOutItem, id: string) =>
    item.teaching.categories.find((c) => c.id === id)!.label;
  /** One of the three that share a category: the first case that is not the odd one. */
  const oneOfTheThree = (item: OddOneOutItem) =>
    item.scenarios.find((s) => s.id !== item.answerKey.odd)!.id;

  /** Tab into the cases, arrow to the one wanted, Space; then Tab to Check answer and Enter. */
  async function answerByKeyboard(page: Page, item: OddOneOutItem, pick: string) {
    await tabTo(page, 'input[type="radio"]');
    const steps = item.scenarios.findIndex((s) => s.id === pick);
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el instanceof HTMLInputElement ? { value: el.value, checked: el.checked } : null;
      });
    expect(await focused()).toEqual({ value: pick, checked: true });
    await tabTo(page, 'button[type="submit"]', 'Check answer');
    await page.keyboard.press('Enter');
  }

  /** Tap the case (its title, as a thumb would), then tap Check answer. */
  async function answerByTouch(page: Page, item: OddOneOutItem, pick: string) {
    await page.getByText(titleOf(item, pick), { exact: true }).tap();
    expect(await page.locator(`input[value="${pick}"]`).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Check answer' }).tap();
  }

  it.each([
    ['keyboard', 'the odd case', 'right'],
    ['keyboard', 'one of the three', 'wrong'],
    ['touch', 'the odd case', 'right'],
    ['touch', 'one of the three', 'wrong'],
  ] as const)('answered by %s alone, picking %s: %s', async (input, _, outcome) => {
    const item = input === 'keyboard' ? sales! : attaches!;
    const { odd, shared, oddCategory } = item.answerKey;
    const pick = outcome === 'right' ? odd : oneOfTheThree(item);
    const { page } = await phone(input === 'touch' ? { hasTouch: true, isMobile: true } : {});
    await page.goto(`/quiz?items=${item.id}`);
    await page.getByText('Question 1 of 1 · Odd one out').waitFor();
    expect(await page.getByRole('radio').count()).toBe(4);
    await expectNoAxeViolations(page, 'odd-one-out question');
    await expectNoHorizontalScroll(page);

    await (input === 'keyboard' ? answerByKeyboard : answerByTouch)(page, item, pick);

    await expect
      .poll(() => verdict(page).textContent())
      .toBe(outcome === 'right' ? '✓ Correct' : '✗ Not quite');
    const feedback = page.locator('section[aria-labelledby$="-feedback"]');
    // Which one was odd, what it is, and what the other three share, with the reason.
    expect(await feedback.locator('p', { hasText: 'The odd one out:' }).textContent()).toBe(
      `The odd one out: ${titleOf(item, odd)}. It is ${categoryOf(item, oddCategory)}; the other three are ${categoryOf(item, shared)}.`,
    );
    expect(
      await feedback.getByText(item.teaching.scenarios[odd]!.explanation, { exact: true }).count(),
    ).toBe(1);
    const belongs = feedback.locator('p', { hasText: 'belongs with the others:' });
    if (outcome === 'wrong') {
      expect(await belongs.textContent()).toBe(
        `“${titleOf(item, pick)}” belongs with the others: ${item.teaching.scenarios[pick]!.explanation}`,
      );
      expect(await page.locator('label', { hasText: titleOf(item, pick) }).textContent()).toContain(
        '✗ Your answer',
      );
    } else {
      expect(await belongs.count()).toBe(0);
    }
    expect(await page.locator('label', { hasText: titleOf(item, odd) }).textContent()).toContain(
      '✓ Answer',
    );
    // The screen reader hears the verdict and the answer.
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'The answer:' }).textContent())
      .toContain(`The answer: ${titleOf(item, odd)}; the other three are`);
    await expectNoAxeViolations(page, 'odd-one-out feedback');
    await expectNoHorizontalScroll(page);
  });

  it('lays out the four cases and the feedback on a wrong pick for a person to read', async () => {
    const item = oddOneOutOfSet('five-functions').at(-1)!;
    const { page } = await phone();
    await page.goto(`/quiz?items=${item.id}`);
    await page.getByText('Question 1 of 1 · Odd one out').waitFor();
    await checkLayout(page, 'odd-one-out question');
    await page.getByText(titleOf(item, oneOfTheThree(item)), { exact: true }).click();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await verdict(page).waitFor();
    await checkLayout(page, 'odd-one-out feedback');
  });
});

describe('the mixed quiz', () => {
  it('brings every kind, and can be completed with the keyboard alone', async () => {
    const { page } = await phone();
    await page.goto('/quiz?scope=mixed&n=20&seed=allkinds');
    const seen = new Set<string>();
    for (let q = 1; q <= 20; q++) {
      const progress = page.getByText(new RegExp(`^Question ${q} of 20`));
      await progress.waitFor();
      const kind = (await progress.textContent())!.split('·')[1]!.trim();
      seen.add(kind);
      if (kind === 'Sort') {
        await page.getByRole('heading', { name: /^To place/ }).waitFor();
        const trayCard = '[data-zone="tray"] [aria-roledescription="card to sort"]';
        const cards = await page.locator(trayCard).count();
        await tabTo(page, trayCard);
        for (let c = 0; c < cards; c++) {
          await page.keyboard.press('Enter');
          await tabTo(page, 'button[aria-label^="Place here in"]');
          await page.keyboard.press('Enter');
          // Focus returns to the next card to place, then to Check answer.
          await expect
            .poll(() =>
              page.evaluate(
                (selector) => document.activeElement?.matches(selector) ?? false,
                c < cards - 1 ? trayCard : 'button[type="submit"]',
              ),
            )
            .toBe(true);
        }
      } else if (kind === 'Every one that applies') {
        await tabTo(page, 'input[type="checkbox"]');
        await page.keyboard.press('Space');
      } else if (kind === 'Answer and reason') {
        await tabTo(page, 'input[type="radio"]');
        await page.keyboard.press('Space');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Space');
      } else {
        await tabTo(page, 'input[type="radio"]');
        await page.keyboard.press('Space');
      }
      const onCheck = await page.evaluate(
        () => document.activeElement?.matches('button[type="submit"]') ?? false,
      );
      if (!onCheck) await tabTo(page, 'button[type="submit"]', 'Check answer');
      await page.keyboard.press('Enter');
      await verdict(page).waitFor();
      // Focus moves to Next by itself.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toMatch(/Next question|See your summary/);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { name: /^Summary/ }).waitFor();
    expect([...seen].sort()).toEqual(
      [
        'Answer and reason',
        'Classify',
        'Every one that applies',
        'Sort',
        'Which criterion',
        'Who said it',
      ].sort(),
    );
    await expectNoAxeViolations(page, 'mixed summary');
  });

  it('offers certainty-based marking and shows calibration in the summary', async () => {
    const { page } = await phone();
    await page.goto('/');
    await page.getByRole('checkbox', { name: 'Certainty-based marking' }).check();
    await page.getByRole('radio', { name: '5', exact: true }).check();
    await page.getByRole('button', { name: /^Start Pajtinka.s functions$/ }).click();
    await page.waitForURL(/cbm=1/);
    for (let q = 1; q <= 5; q++) {
      const progress = page.getByText(new RegExp(`^Question ${q} of 5`));
      await progress.waitFor();
      if ((await progress.textContent())!.includes('Sort')) {
        await page.getByRole('heading', { name: /^To place/ }).waitFor();
        const cards = page.locator('[data-zone="tray"] [aria-roledescription="card to sort"]');
        while ((await cards.count()) > 0) {
          await cards.first().click();
          await page.locator('button[aria-label^="Place here in"]').first().click();
        }
        for (const group of await page.getByRole('group', { name: 'How sure?' }).all()) {
          await group.getByRole('radio', { name: /^Fairly sure/ }).check();
        }
      } else {
        await page.getByRole('radio').first().check();
        await page
          .getByRole('group', { name: 'How sure are you?' })
          .getByRole('radio', { name: /^Very sure/ })
          .check();
      }
      if (q === 1) await expectNoAxeViolations(page, 'certainty picker');
      await page.getByRole('button', { name: 'Check answer' }).click();
      await expect.poll(() => page.getByText(/^Mark:/).count()).toBe(1);
      await page
        .getByRole('button', { name: q === 5 ? 'See your summary' : 'Next question' })
        .click();
    }
    await page.getByRole('table', { name: 'Accuracy at each certainty level' }).waitFor();
    await expectNoAxeViolations(page, 'certainty summary');
  });
});
