/**
 * Every page state a student and an instructor meet, checked for what a person would notice
 * (support/layout.ts): at 320, 360 and 412 px, light and dark, 200 % text, and 1280 px for
 * instructor pages. Screenshots of every state go to the folder it prints.
 */
import { describe, it } from 'vitest';
import {
  createAssignment,
  createOwnItem,
  joinAsStudent,
  signUpInstructor,
} from '../../scripts/classroom';
import { ownScenario } from '../unit/authoring/own-scenario';
import { answerAny, currentKind, saveAny } from './support/answer';
import { setupBrowser } from './support/browser';
import { checkLayout, PHONES_AND_DESKTOP } from './support/layout';

const { phone, baseURL } = setupBrowser();

describe('layout of every page state', () => {
  it(
    'learner pages: home, quiz kinds and feedback, summary, practice, progress, concepts, compare',
    { timeout: 900_000 },
    async () => {
      const { page } = await phone();
      await page.goto('/');
      await checkLayout(page, 'home');

      // A mixed quiz reaches every kind; check each question and its feedback once.
      await page.goto('/quiz?scope=mixed&n=20&seed=allkinds');
      const seen = new Set<string>();
      for (let q = 1; q <= 20; q++) {
        const kind = await currentKind(page, q, 20);
        const first = !seen.has(kind);
        seen.add(kind);
        if (first) await checkLayout(page, `quiz ${kind} question`);
        if (first && kind === 'Sort') {
          const card = page
            .locator('[data-zone="tray"] [aria-roledescription="card to sort"]')
            .first();
          await card.click();
          await checkLayout(page, 'sort board with the categories open');
          await card.click();
        }
        await answerAny(page, q, 20, q);
        if (first) await checkLayout(page, `quiz ${kind} feedback`);
        await page.getByRole('button', { name: /^(Next question|See your summary)$/ }).click();
      }
      await page.getByRole('heading', { name: /^Summary/ }).waitFor();
      await checkLayout(page, 'quiz summary');

      await page.goto('/practice');
      await page.getByRole('button', { name: 'Check answer' }).waitFor();
      await checkLayout(page, 'practice question');
      await answerAny(page, 1, 1).catch(() => undefined);
      await page.goto('/progress');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await checkLayout(page, 'progress');

      for (const path of ['/concepts', '/concepts/pajtinka', '/concepts/modes/gunboat']) {
        await page.goto(path);
        await checkLayout(page, `concepts ${path}`);
      }
      await page.goto('/concepts/modes/gunboat');
      await page
        .getByRole('link', { name: /Side by side$/ })
        .first()
        .click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await checkLayout(page, 'compare page');
      await page.goto('/concepts/no/such');
      await checkLayout(page, 'not found');
    },
  );

  it(
    'class pages: join, attempt with a board, review, results; the instructor pages',
    { timeout: 900_000 },
    async () => {
      const instructor = await signUpInstructor(baseURL, 'Layout');
      const { id, joinCode } = await createAssignment(baseURL, instructor, {
        title: 'Week 3: the five functions, and a long title to see how it wraps on a phone',
        items: { source: 'set', set: 'five-functions' },
        settings: { feedback: 'after-close', certaintyBased: true },
      });
      for (const name of ['Đorđe Petrović-Vukašinović', 'Ana-María Fernández de la Vega']) {
        await joinAsStudent(baseURL, joinCode, name);
      }

      const { page } = await phone();
      await page.goto('/join');
      await checkLayout(page, 'join by code');
      await page.goto(`/a/${joinCode}`);
      await checkLayout(page, 'join with a name');
      await page.getByLabel('Your name').fill('Sam');
      await page.getByRole('button', { name: 'Start' }).click();
      const progress = await page.getByText(/^Question 1 of \d+/).textContent();
      const total = Number(/of (\d+)/.exec(progress!)![1]);
      const seen = new Set<string>();
      for (let q = 1; q <= total; q++) {
        const kind = await currentKind(page, q, total);
        if (!seen.has(kind)) await checkLayout(page, `attempt ${kind} question`);
        await saveAny(page, q, total);
        if (!seen.has(kind)) await checkLayout(page, `attempt ${kind} saved`);
        seen.add(kind);
        await page.getByRole('button', { name: /^(Next question|Review and submit)$/ }).click();
      }
      await page.getByRole('heading', { name: 'Review and submit' }).waitFor();
      await checkLayout(page, 'review and submit');
      await page.getByRole('button', { name: 'Submit answers' }).click();
      await page.getByRole('heading', { name: 'Submitted' }).waitFor();
      await checkLayout(page, 'submitted, feedback to come');

      const { page: teacher, context } = await phone({ viewport: { width: 1280, height: 800 } });
      await context.addCookies([
        {
          name: instructor.cookie.split('=')[0]!,
          value: instructor.cookie.split('=').slice(1).join('='),
          url: baseURL,
        },
      ]);
      await teacher.goto('/instructor');
      await checkLayout(teacher, 'instructor dashboard', { widths: PHONES_AND_DESKTOP });
      await teacher.goto('/instructor/assignments/new');
      await checkLayout(teacher, 'new assignment from a set', { widths: PHONES_AND_DESKTOP });
      await teacher.getByRole('radio', { name: 'Drawn by filters' }).check();
      await checkLayout(teacher, 'new assignment by filters', { widths: PHONES_AND_DESKTOP });
      await teacher.getByRole('radio', { name: 'Picked by hand' }).check();
      await checkLayout(teacher, 'new assignment picked by hand', { widths: PHONES_AND_DESKTOP });
      await teacher.goto(`/instructor/assignments/${id}`);
      await checkLayout(teacher, 'assignment and results', { widths: PHONES_AND_DESKTOP });
      await teacher.goto(`/instructor/assignments/${id}/analysis`);
      await checkLayout(teacher, 'item analysis', { widths: PHONES_AND_DESKTOP });
      await teacher.goto(`/instructor/assignments/${id}`);
      await teacher.getByRole('link', { name: 'Sam' }).click();
      await teacher.getByRole('heading', { name: 'Sam', exact: true }).waitFor();
      await checkLayout(teacher, 'one student answers', { widths: PHONES_AND_DESKTOP });

      const itemId = await createOwnItem(baseURL, instructor, ownScenario());
      await teacher.goto('/instructor/items');
      await checkLayout(teacher, 'my items', { widths: PHONES_AND_DESKTOP });
      await teacher.goto(`/instructor/items/${itemId}`);
      await teacher.getByRole('button', { name: 'Feedback for a wrong answer' }).first().click();
      await teacher.getByText('✗ Not quite').first().waitFor();
      await checkLayout(teacher, 'own item with its preview', { widths: PHONES_AND_DESKTOP });
      await teacher.goto('/instructor/items/new');
      await teacher
        .getByLabel('Title')
        .fill('An official visit to Norland by a Kestrian delegation');
      await teacher.getByRole('checkbox', { name: 'Ask it under this framework' }).first().check();
      await teacher
        .locator('#f-title-messages')
        .getByText(/contains "official visit"/)
        .waitFor();
      await checkLayout(teacher, 'new item with a giveaway', { widths: PHONES_AND_DESKTOP });
      await teacher.goto('/instructor/items/import');
      await checkLayout(teacher, 'import items', { widths: PHONES_AND_DESKTOP });

      // An LMS registered by hand, with the long unbroken values LMSs use.
      const registered = await fetch(`${baseURL}/api/lti/platforms`, {
        method: 'POST',
        headers: {
          cookie: instructor.cookie,
          'x-csrf-token': instructor.csrfToken,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          name: 'University of Somewhere Moodle',
          issuer: 'https://moodle.university-of-somewhere.example.edu',
          clientId: 'Xq3lT9pWm4ZrK8sVb2NcY7hJd5FgA1eU',
          deploymentIds: ['1', '27'],
          authUrl: 'https://moodle.university-of-somewhere.example.edu/mod/lti/auth.php',
          tokenUrl: 'https://moodle.university-of-somewhere.example.edu/mod/lti/token.php',
          jwksUrl: 'https://moodle.university-of-somewhere.example.edu/mod/lti/certs.php',
        }),
      });
      if (registered.status !== 201) throw new Error(`LMS not registered: ${registered.status}`);
      await teacher.goto('/instructor/lti');
      await teacher.getByRole('button', { name: 'Make a registration link' }).click();
      await teacher.getByLabel(/^Registration link/).waitFor();
      await checkLayout(teacher, 'use it from your LMS', { widths: PHONES_AND_DESKTOP });

      await teacher.goto(`/instructor/assignments/${id}`);
      await teacher
        .getByRole('button', { name: 'Close now' })
        .click()
        .catch(async () => {
          await teacher.goto(`/instructor/assignments/${id}`);
          await teacher.getByRole('button', { name: 'Close now' }).click();
        });
      await page.reload();
      await page.getByText(/^Score: /).waitFor();
      await checkLayout(page, 'released results');

      const { page: visitor } = await phone();
      await visitor.goto('/instructor/sign-in');
      await checkLayout(visitor, 'sign in', { widths: PHONES_AND_DESKTOP });
      await visitor.goto('/instructor/sign-up');
      await checkLayout(visitor, 'sign up', { widths: PHONES_AND_DESKTOP });
    },
  );
});
