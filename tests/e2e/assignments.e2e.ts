/**
 * The class journey at 360x800: an instructor signs up and makes an assignment; two students
 * join by code in their own browsers and answer (one loses the network on the way); the
 * instructor sees both attempts scored, then the item analysis and the confusion matrix.
 */
import type { Page, Response as PageResponse } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SingleItem as ChoiceItem } from '@/lib/items/schema';
import { servedItems } from './support/bank';
import { expectNoAxeViolations, expectNoHorizontalScroll, setupBrowser } from './support/browser';

const { phone } = setupBrowser();

/** Three Pajtinka classify items with three different keys. */
function threeItems(): ChoiceItem[] {
  const picked: ChoiceItem[] = [];
  for (const item of servedItems()) {
    if (
      item.kind === 'classify' &&
      item.frameworkId === 'pajtinka' &&
      item.answerKey.accepted.length === 0 &&
      !picked.some((p) => p.answerKey.best === item.answerKey.best)
    ) {
      picked.push(item);
    }
    if (picked.length === 3) return picked;
  }
  throw new Error('the bank has too few Pajtinka items');
}

const ITEMS = threeItems();
const labelOf = (item: ChoiceItem, id: string) => item.options.find((o) => o.id === id)!.label;
const wrongOf = (item: ChoiceItem) => item.options.find((o) => o.id !== item.answerKey.best)!;

/** Answers the question on screen: right for the items in `right`, the first wrong option otherwise. */
async function answerOnScreen(page: Page, right: Set<string>): Promise<ChoiceItem> {
  const title = await page.locator('h2[id$="-title"]').first().textContent();
  const item = ITEMS.find((i) => i.scenario.title === title?.trim());
  if (!item) throw new Error(`unexpected question "${title}"`);
  const option = right.has(item.id) ? labelOf(item, item.answerKey.best) : wrongOf(item).label;
  await page.getByRole('radio', { name: option, exact: true }).check();
  await page.getByRole('button', { name: 'Save answer' }).click();
  await page.getByText('Answer recorded.', { exact: false }).waitFor();
  return item;
}

async function nextQuestion(page: Page) {
  await page.getByRole('button', { name: /^(Next question|Review and submit)$/ }).click();
}

async function joinByCode(page: Page, code: string, name: string) {
  await page.goto('/join');
  await page.getByLabel('Join code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(new RegExp(`/a/${code}$`));
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByText(`Question 1 of ${ITEMS.length}`).waitFor();
}

describe('an assignment handed to a class', () => {
  it('runs from sign-up to the scored results, the analysis and the confusion matrix', async () => {
    // The instructor signs up and makes an assignment with deferred feedback.
    const { page: teacher } = await phone();
    await teacher.goto('/instructor');
    await teacher.waitForURL(/\/instructor\/sign-in/);
    await expectNoAxeViolations(teacher, 'sign-in');
    await teacher.getByRole('link', { name: 'Create an instructor account' }).click();
    await teacher.getByLabel('Your name').fill('Dr Ada <b>Lovelace</b>');
    await teacher.getByLabel('E-mail address').fill(`ada-${Date.now()}@example.edu`);
    await teacher.getByLabel('Password').fill('correct horse battery staple');
    await expectNoAxeViolations(teacher, 'sign-up');
    await teacher.getByRole('button', { name: 'Create account' }).click();
    await teacher.getByRole('heading', { name: 'Your assignments' }).waitFor();
    await expectNoAxeViolations(teacher, 'instructor home');

    await teacher.getByRole('link', { name: 'New assignment' }).click();
    await teacher.getByLabel('Title').fill('Week 3: the five functions');
    await teacher.getByRole('radio', { name: 'Picked by hand' }).check();
    for (const item of ITEMS) {
      await teacher.getByLabel('Search the bank').fill(item.id);
      await teacher.getByText(/^1 match;/).waitFor();
      await teacher.getByRole('checkbox', { name: new RegExp(`^${item.scenario.title}`) }).check();
    }
    await teacher.getByText(`${ITEMS.length} picked.`).waitFor();
    await teacher.getByRole('radio', { name: 'Only once the assignment closes' }).check();
    await expectNoAxeViolations(teacher, 'new assignment');
    await expectNoHorizontalScroll(teacher);
    await teacher.getByRole('button', { name: 'Create assignment' }).click();
    await teacher.getByRole('heading', { name: 'Share with your class' }).waitFor();
    const code = (await teacher.getByTestId('join-code').textContent())!.trim();
    expect(code).toMatch(/^[3469ACDEFGHJKMNPQRTWXY]{6}$/);
    expect(await teacher.locator('[role="img"][aria-label^="QR code"] svg').count()).toBe(1);
    await expectNoAxeViolations(teacher, 'assignment page');
    await expectNoHorizontalScroll(teacher);

    // Student A: every answer right. Every response the browser receives is kept, to check
    // that no key or explanation reaches it before the attempt is handed in.
    const { page: alice } = await phone();
    const received: string[] = [];
    const keep = async (response: PageResponse) => {
      received.push(await response.text().catch(() => ''));
    };
    alice.on('response', keep);
    await joinByCode(alice, code, '<img src=x onerror=alert(1)>Alice');
    await expectNoAxeViolations(alice, 'student question');
    await expectNoHorizontalScroll(alice);
    const allRight = new Set(ITEMS.map((i) => i.id));
    for (let i = 0; i < ITEMS.length; i++) {
      await answerOnScreen(alice, allRight);
      await alice.getByText('✓ All answers saved').waitFor();
      await nextQuestion(alice);
    }

    // Student B, by the link, in another browser context: right, then offline, then back.
    const { page: bob, context: bobContext } = await phone();
    await bob.goto(`/a/${code}`);
    await bob.getByLabel('Your name').fill('Bob');
    await bob.getByRole('button', { name: 'Start' }).click();
    await bob.getByText(`Question 1 of ${ITEMS.length}`).waitFor();
    const bobRight = new Set<string>();
    const first = await answerOnScreen(bob, new Set(ITEMS.map((i) => i.id)));
    bobRight.add(first.id);
    await bob.getByText('✓ All answers saved').waitFor();
    await nextQuestion(bob);
    await bobContext.setOffline(true);
    await answerOnScreen(bob, bobRight);
    await bob.getByText(/^Offline, will retry \(1 waiting\)$/).waitFor();
    await nextQuestion(bob);
    await answerOnScreen(bob, bobRight);
    await bob.getByText(/^Offline, will retry/).waitFor();
    await bobContext.setOffline(false);
    await bob.getByText('✓ All answers saved').waitFor({ timeout: 20_000 });
    await nextQuestion(bob);
    await bob.getByRole('button', { name: 'Submit answers' }).click();
    await bob.getByRole('heading', { name: 'Submitted' }).waitFor();

    // A reload mid-way would resume; here Alice reviews and hands in.
    await alice.reload();
    await alice.getByRole('heading', { name: 'Review and submit' }).waitFor();
    await expectNoAxeViolations(alice, 'review and submit');
    await alice.getByRole('button', { name: 'Submit answers' }).click();
    await alice.getByRole('heading', { name: 'Submitted' }).waitFor();
    await alice.getByText(/score and the explanations appear on this page once/).waitFor();
    alice.off('response', keep);
    const leaked = ITEMS.flatMap((item) => [
      item.teaching.explanation.slice(0, 60),
      ...Object.values(item.teaching.whyNot).map((text) => text.slice(0, 60)),
    ]).filter((snippet) => received.some((body) => body.includes(snippet)));
    expect(received.length).toBeGreaterThan(5);
    expect(leaked).toEqual([]);
    expect(received.some((body) => body.includes('"teaching"'))).toBe(false);

    // The instructor sees both attempts with the right scores; the name is text, not markup.
    await teacher.reload();
    const rows = teacher.locator('table.data-table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const aliceRow = rows.filter({ hasText: 'Alice' });
    expect(await aliceRow.locator('th a').textContent()).toBe('<img src=x onerror=alert(1)>Alice');
    expect(await aliceRow.textContent()).toContain(`${ITEMS.length} / ${ITEMS.length}`);
    expect(await rows.filter({ hasText: 'Bob' }).textContent()).toContain(`1 / ${ITEMS.length}`);
    await expectNoAxeViolations(teacher, 'results table');

    // Item analysis: facility 1.00 for the item both got right, 0.50 for the others.
    await teacher.getByRole('link', { name: 'Item analysis and confusion matrix' }).click();
    await teacher.getByRole('heading', { name: 'Item analysis' }).waitFor();
    for (const item of ITEMS) {
      const facility = item.id === first.id ? '1.00' : '0.50';
      expect(
        await teacher.getByTestId(`item-${item.id}`).getByTestId('facility').textContent(),
      ).toBe(facility);
    }
    // Confusion: each key once right by Alice; Bob's two wrong answers land off the diagonal.
    for (const item of ITEMS) {
      const onKey = teacher.getByTestId(`cell-${item.answerKey.best}-${item.answerKey.best}`);
      expect((await onKey.textContent())?.split(' ')[0]).toBe(item.id === first.id ? '2' : '1');
      if (item.id !== first.id) {
        const off = teacher.getByTestId(`cell-${item.answerKey.best}-${wrongOf(item).id}`);
        expect((await off.textContent())?.split(' ')[0]).toBe('1');
      }
    }
    await expectNoAxeViolations(teacher, 'item analysis');

    // Closing releases the feedback to the students.
    await teacher.goBack();
    await teacher.getByRole('button', { name: 'Close now' }).click();
    await teacher.getByRole('button', { name: 'Reopen' }).waitFor();
    await alice.reload();
    await alice.getByText(`Score: ${ITEMS.length} / ${ITEMS.length}`).waitFor();
    await expectNoAxeViolations(alice, 'released results');

    // One student's answers, with keys and explanations, for the instructor.
    await teacher.getByRole('link', { name: 'Bob' }).click();
    await teacher.getByRole('heading', { name: 'Bob' }).waitFor();
    await expectNoAxeViolations(teacher, 'student answers');
  });
});
