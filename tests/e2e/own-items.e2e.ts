/**
 * An instructor writes their own case on a phone (360x800): the live checks catch a giveaway,
 * they fix it, preview it as a student, save it, make an assignment of their own items only, a
 * student answers it, and the instructor reads its analysis. Then: the item appears on no public
 * page, asset or static file, and another instructor cannot open it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectNoHorizontalScroll, setupBrowser } from './support/browser';

const { phone, baseURL } = setupBrowser();

/** Words nobody else writes: if they show up on a public surface, the item leaked. */
const MARKER = 'Zorvath';
const TITLE = `The frigate ${MARKER} ties up in Valdoria for three days`;
const GIVEAWAY_TEXT =
  `The Kestrian frigate ${MARKER} pays an official visit to the Valdorian capital for three days. ` +
  'Its captain lays a wreath, the crew plays football against local sailors, and the ship is open ' +
  'to visitors on Sunday. No talks or contracts are on the programme.';
const FIXED_TEXT = GIVEAWAY_TEXT.replace('pays an official visit to', 'ties up in');

const WHY_NOT: Record<string, string> = {
  Information: 'Nobody aboard is tasked with observing the host forces and reporting back home.',
  Cooperation: 'No joint exercise or cooperation programme follows from the stay in port.',
  'Arms business': 'No equipment is on offer and no contract is discussed during the stay.',
  Representation: 'The wreath is one item of a visit, not an appearance at a host ceremony.',
};

async function signUp(page: Page, name: string): Promise<string> {
  const email = `${name.toLowerCase()}-${Date.now()}@example.edu`;
  await page.goto('/instructor/sign-up');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Your assignments' }).waitFor();
  return email;
}

describe('an instructor writes their own items', () => {
  it('goes from nothing to an assignment of their own items, answered and analysed, on a phone', async () => {
    const { page: teacher } = await phone();
    await signUp(teacher, 'Ada');
    await teacher.getByRole('link', { name: 'My items' }).click();
    await teacher.getByRole('heading', { name: 'My items' }).waitFor();
    await expectNoAxeViolations(teacher, 'my items (empty)');
    await teacher.getByRole('link', { name: 'New item' }).click();
    await teacher.getByRole('heading', { name: 'New item' }).waitFor();

    await teacher.getByLabel('Title').fill(TITLE);
    await expect
      .poll(() => teacher.getByLabel('Id').inputValue())
      .toBe('the-frigate-zorvath-ties-up-in-valdoria-for-three-days');
    await teacher.getByLabel('Scenario text').fill(GIVEAWAY_TEXT);
    await teacher.getByLabel('Era', { exact: true }).selectOption('timeless');
    await teacher.getByLabel('Region', { exact: true }).selectOption('global');
    await teacher.getByRole('checkbox', { name: 'Navy' }).check();

    const pajtinka = teacher.getByRole('group', { name: /Pajtinka/ });
    await pajtinka.getByRole('checkbox', { name: 'Ask it under this framework' }).check();
    await pajtinka.getByRole('radio', { name: /^Organising official visits/ }).check();
    await pajtinka
      .getByLabel('Explanation: why the key is right')
      .fill(
        'A warship stays in a friendly port as a guest, with a public programme: the peaceful presence of the sending state’s units.',
      );
    for (const [category, text] of Object.entries(WHY_NOT)) {
      await pajtinka.getByLabel(`Why not ${category}?`).fill(text);
    }
    await pajtinka.getByLabel('Source').selectOption({ label: 'Pajtinka 2016' });

    // The live check names the giveaway beside the text, and saving as ready is refused.
    const textMessages = teacher.locator('#f-text-messages');
    await textMessages.getByText(/contains "official visit", a giveaway/).waitFor();
    await expectNoAxeViolations(teacher, 'item editor with errors');
    await expectNoHorizontalScroll(teacher);
    await teacher.getByRole('button', { name: 'Save as ready' }).click();
    await teacher
      .getByRole('alert')
      .getByText(/problem.* to fix before it is ready/)
      .waitFor();

    await teacher.getByLabel('Scenario text').fill(FIXED_TEXT);
    await teacher.getByText(/^0 errors/).waitFor();
    await expect.poll(() => textMessages.count()).toBe(0);

    // The preview: the question as a student gets it, and the feedback for both answers.
    const preview = teacher.getByRole('region', { name: 'Preview, as a student sees it' });
    const single = preview.getByRole('region', { name: 'Classify' });
    await single.getByRole('heading', { name: TITLE }).waitFor();
    await single.getByRole('button', { name: 'Feedback for a wrong answer' }).click();
    await single.getByText('✗ Not quite').waitFor();
    await single.getByText(WHY_NOT.Information!).waitFor();
    await single.getByRole('button', { name: 'Feedback for a right answer' }).click();
    await single.getByText('✓ Correct').waitFor();
    await preview.getByRole('region', { name: 'Sort' }).waitFor();
    await expectNoAxeViolations(teacher, 'item editor preview');
    await expectNoHorizontalScroll(teacher);

    await teacher.getByRole('button', { name: 'Save as ready' }).click();
    // The item's own page confirms the save, and a reload does not repeat it.
    await teacher.waitForURL(/\/instructor\/items\/[a-z2-7]{12}(\?saved=ready)?$/);
    await teacher.getByText(/Saved as ready \(version 1\)/).waitFor();
    await expect.poll(() => new URL(teacher.url()).search).toBe('');
    const itemUrl = teacher.url();
    await teacher.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await expectNoAxeViolations(teacher, 'saved item');

    // An assignment drawn from "my items" only.
    await teacher.goto('/instructor/assignments/new');
    await teacher.getByLabel('Title').fill('Week 9: our own cases');
    await teacher.getByRole('radio', { name: 'Drawn by filters' }).check();
    await teacher.getByRole('checkbox', { name: 'The bank' }).uncheck();
    await teacher.getByRole('checkbox', { name: 'My items (1)' }).check();
    await teacher.getByLabel('How many questions').fill('5');
    await teacher.getByRole('button', { name: 'Create assignment' }).click();
    await teacher.getByRole('heading', { name: 'Share with your class' }).waitFor();
    const code = (await teacher.getByTestId('join-code').textContent())!.trim();
    const assignmentUrl = teacher.url();

    // A student answers it (wrong, to give the analysis something to show).
    const { page: student } = await phone();
    await student.goto(`/a/${code}`);
    await student.getByLabel('Your name').fill('Sam');
    await student.getByRole('button', { name: 'Start' }).click();
    await student.getByText('Question 1 of 1').waitFor();
    await student.getByRole('heading', { name: TITLE }).waitFor();
    await student.getByRole('radio', { name: /Supporting business contracts for arms/ }).check();
    await student.getByRole('button', { name: 'Check answer' }).click();
    await student.getByText('✗ Not quite').waitFor();
    await student.getByText(WHY_NOT['Arms business']!).waitFor();
    await student.getByRole('button', { name: 'Review and submit' }).first().click();
    await student.getByRole('button', { name: 'Submit answers' }).click();
    await student.getByRole('heading', { name: 'Submitted' }).waitFor();

    // The instructor's analysis lists the item and the answer chosen.
    await teacher.goto(`${assignmentUrl}/analysis`);
    await teacher.getByText(TITLE).first().waitFor();
    await expectNoAxeViolations(teacher, 'analysis of own items');

    // The item page shows where it is used.
    await teacher.goto(itemUrl);
    await teacher.getByRole('link', { name: 'Week 9: our own cases' }).waitFor();

    // Another instructor gets "not found"; nothing public carries the item.
    const { page: rival } = await phone();
    await signUp(rival, 'Eve');
    const response = await rival.goto(itemUrl);
    expect(response?.status()).toBe(404);
    const api = await rival.request.get(`${itemUrl.replace('/instructor/items/', '/api/items/')}`);
    expect(api.status()).toBe(404);

    const { page: visitor } = await phone();
    const seen: string[] = [];
    visitor.on('response', async (r) => {
      seen.push(`${r.url()}\n${await r.text().catch(() => '')}`);
    });
    for (const path of [
      '/',
      '/quiz',
      '/practice',
      '/progress',
      '/concepts/pajtinka',
      '/compare/pajtinka',
    ]) {
      await visitor.goto(path);
      await visitor.waitForLoadState('networkidle');
    }
    const bankIndex = await visitor.request.get('/practice/bank');
    const chunks = (JSON.parse(await bankIndex.text()) as { chunks: unknown[] }).chunks.length;
    const assets = ['/practice/bank', '/sw.js', '/manifest.webmanifest'];
    for (let n = 0; n < chunks; n++) assets.push(`/practice/bank/${n}`);
    for (const path of assets) {
      const r = await visitor.request.get(path);
      seen.push(`${path}\n${await r.text()}`);
    }
    const leaks = seen.filter((text) => text.includes(MARKER)).map((t) => t.split('\n')[0]);
    expect(leaks).toEqual([]);
    expect(seen.length).toBeGreaterThan(20);
    expect(baseURL).toBeTruthy();
  });
});
