/**
 * A sort board inside an assignment, finished by touch, by mouse and by keyboard, with feedback
 * after each answer and with feedback deferred until close: every card is placed, and the
 * answer the server stores and the mark it gives are the ones the student made.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createAssignment,
  signUpInstructor,
  type InstructorSession,
} from '../../scripts/classroom';
import { servedItems, sortBoardId } from './support/bank';
import { expectNoAxeViolations, expectNoHorizontalScroll, setupBrowser } from './support/browser';
import { tabTo } from './support/keyboard';
import { verdict } from './support/answer';

const { phone, baseURL } = setupBrowser();
const board = sortBoardId(servedItems());
type Method = 'touch' | 'mouse' | 'keyboard';
const METHODS: Method[] = ['touch', 'mouse', 'keyboard'];

/** Where each card goes: its key, except the last card, which goes one category off. */
const plan = board.scenarios.map((card, index) => {
  const keyAt = card.options.findIndex((o) => o.id === card.answerKey.best);
  const last = index === board.scenarios.length - 1;
  const bucket = card.options[last ? (keyAt + 1) % card.options.length : keyAt]!;
  return { title: card.scenario.title, scenarioId: card.scenario.id, bucket, right: !last };
});
const bucketOf = (title: string) => plan.find((p) => p.title === title)!.bucket;

const liveText = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[aria-live]')].map((el) => el.textContent ?? '').join(' '),
  );

/** Places every card of the board on screen, by one input method. */
async function placeEveryCard(page: Page, method: Method) {
  const tray = page.locator('[data-zone="tray"] [aria-roledescription="card to sort"]');
  if (method === 'keyboard') {
    await tabTo(page, '[aria-roledescription="card to sort"]');
  }
  for (let left = plan.length; left > 0; left--) {
    await expect
      .poll(() => page.getByRole('heading', { name: `To place (${left})` }).count())
      .toBe(1);
    let title: string;
    if (method === 'keyboard') {
      // Focus has moved on to the next card to place by itself.
      title = (await page.evaluate(() => document.activeElement?.textContent ?? '')).trim();
      const target = bucketOf(title).label;
      await page.keyboard.press('Space');
      await expect.poll(() => liveText(page)).toContain(`Picked up ${title}.`);
      for (let step = 0; step < 10; step++) {
        await page.keyboard.press('ArrowDown');
        const over = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
        if (over === `Place here in ${target}`) break;
      }
      await page.keyboard.press('Space');
    } else {
      const card = tray.first();
      title = ((await card.textContent()) ?? '').trim();
      const place = page.getByRole('button', { name: `Place here in ${bucketOf(title).label}` });
      if (method === 'touch') {
        await card.tap();
        await place.tap();
      } else {
        await card.click();
        await place.click();
      }
    }
    const label = bucketOf(title).label;
    await expect
      .poll(() => liveText(page))
      .toContain(`${title} placed in ${label}. ${left - 1} left to place.`);
    const bucket = page.getByRole('region', { name: label, exact: true });
    await expect.poll(() => bucket.getByText(title, { exact: true }).count()).toBe(1);
  }
  await expect
    .poll(() => page.getByText('Every card is placed.', { exact: false }).count())
    .toBe(1);
}

const exportSchema = z.looseObject({
  students: z.array(
    z.looseObject({ name: z.string(), score: z.number(), max: z.number(), answered: z.number() }),
  ),
  answers: z.array(
    z.looseObject({
      name: z.string(),
      scenario: z.string(),
      given: z.string().nullable(),
      credit: z.number().nullable(),
      item_marks: z.number().nullable(),
      item_max: z.number().nullable(),
    }),
  ),
});

async function exported(instructor: InstructorSession, id: string) {
  const response = await fetch(`${baseURL}/api/assignments/${id}/export?format=json`, {
    headers: { cookie: instructor.cookie },
  });
  expect(response.status).toBe(200);
  return exportSchema.parse(await response.json());
}

describe.each([
  ['immediate', 'Check answer'],
  ['after-close', 'Save answer'],
] as const)('a sort board in an assignment, feedback %s', (feedback, button) => {
  it(
    'is finished by touch, by mouse and by keyboard; the stored answers and marks are those given',
    { timeout: 300_000 },
    async () => {
      const instructor = await signUpInstructor(baseURL, `Sorter ${feedback}`);
      const { id, joinCode } = await createAssignment(baseURL, instructor, {
        title: `Board, feedback ${feedback}`,
        items: { source: 'picked', items: [board.id] },
        settings: { feedback },
      });

      const pages = new Map<Method, Page>();
      for (const method of METHODS) {
        const { page } =
          method === 'touch'
            ? await phone({ hasTouch: true, isMobile: true })
            : await phone({ hasTouch: false });
        pages.set(method, page);
        await page.goto(`/a/${joinCode}`);
        await page.getByLabel('Your name').fill(`Student by ${method}`);
        await page.getByRole('button', { name: 'Start' }).click();
        await page.getByText('Question 1 of 1').waitFor();
        if (method === 'touch') await expectNoAxeViolations(page, `assignment board, ${feedback}`);
        await placeEveryCard(page, method);
        await expectNoHorizontalScroll(page);

        const send = page.getByRole('button', { name: button });
        if (method === 'keyboard') {
          // Dropping the last card leaves focus on the button that sends the board.
          await expect
            .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
            .toBe(button);
          await page.keyboard.press('Enter');
        } else if (method === 'touch') await send.tap();
        else await send.click();

        if (feedback === 'immediate') {
          await expect.poll(() => verdict(page).textContent()).toBe('◐ 3 of 4 cards right');
        } else {
          await page.getByText('Answer recorded.', { exact: false }).waitFor();
          expect(await page.getByText(/cards right/).count()).toBe(0);
        }
        await page.getByRole('button', { name: 'Review and submit' }).click();
        await expect.poll(() => page.getByText('4 of 4 cards placed').count()).toBe(1);
        await page.getByRole('button', { name: 'Submit answers' }).click();
        await page.getByRole('heading', { name: 'Submitted' }).waitFor();
      }

      if (feedback === 'after-close') {
        const closed = await fetch(`${baseURL}/api/assignments/${id}`, {
          method: 'POST',
          headers: {
            cookie: instructor.cookie,
            'x-csrf-token': instructor.csrfToken,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ action: 'close' }),
        });
        expect(closed.status).toBe(200);
      }

      const results = await exported(instructor, id);
      for (const method of METHODS) {
        const name = `Student by ${method}`;
        expect(results.students.find((s) => s.name === name)).toMatchObject({
          score: 3,
          max: 4,
          answered: 1,
        });
        const rows = results.answers.filter((a) => a.name === name);
        expect(rows).toHaveLength(plan.length);
        for (const card of plan) {
          expect(rows.find((r) => r.scenario === card.scenarioId)).toMatchObject({
            given: card.bucket.id,
            credit: card.right ? 1 : 0,
            item_marks: 3,
            item_max: 4,
          });
        }
      }

      // Once feedback is released, the student sees the mark and the board's verdict.
      const page = pages.get('mouse')!;
      await page.reload();
      await page.getByRole('heading', { name: 'Submitted' }).waitFor();
      await expect.poll(() => page.getByText('Score: 3 / 4').count()).toBe(1);
      await expect.poll(() => page.getByText('◐ 3 of 4 cards right').count()).toBe(1);
    },
  );
});
