/**
 * An assignment with immediate feedback, certainty-based marking and two attempts, made from a
 * curated set: the student sees each explanation as they answer, hands in with questions left,
 * sees the score at once and starts a second attempt; the instructor sees both attempts with
 * the certainty column.
 */
import { describe, expect, it } from 'vitest';
import { answerAny } from './support/answer';
import { expectNoAxeViolations, expectNoHorizontalScroll, setupBrowser } from './support/browser';

const { phone } = setupBrowser();

describe('assignment options', () => {
  it('gives immediate feedback with certainty, a score at hand-in, and a second attempt', async () => {
    const { page: teacher } = await phone();
    await teacher.goto('/instructor/sign-up');
    await teacher.getByLabel('Your name').fill('Grace');
    await teacher.getByLabel('E-mail address').fill(`grace-${Date.now()}@example.edu`);
    await teacher.getByLabel('Password').fill('correct horse battery staple');
    await teacher.getByRole('button', { name: 'Create account' }).click();
    await teacher.getByRole('link', { name: 'New assignment' }).click();
    await teacher.getByLabel('Title').fill('Five functions, twice');
    await teacher.getByLabel('Set', { exact: true }).selectOption('five-functions');
    await teacher.getByLabel('Attempts', { exact: true }).fill('2');
    await teacher.getByRole('checkbox', { name: 'Certainty-based marking' }).check();
    await teacher.getByRole('checkbox', { name: 'Shuffle the options for each student' }).check();
    await teacher.getByRole('button', { name: 'Create assignment' }).click();
    const code = (await teacher.getByTestId('join-code').textContent())!.trim();
    await teacher.getByText('Certainty-based marking').first().waitFor();

    const { page: student } = await phone();
    await student.goto(`/a/${code}`);
    await expectNoAxeViolations(student, 'join page');
    await student.getByLabel('Your name').fill('Sam');
    await student.getByRole('button', { name: 'Start' }).click();
    const progress = await student.getByText(/^Question 1 of \d+/).textContent();
    const total = Number(/of (\d+)/.exec(progress!)![1]);

    // Feedback comes back from the server right after the answer.
    await answerAny(student, 1, total);
    await student.getByText('✓ All answers saved').waitFor();
    await expectNoAxeViolations(student, 'immediate feedback');
    await expectNoHorizontalScroll(student);

    // Skip to the end and hand in with questions unanswered, after a confirmation.
    await student.getByRole('button', { name: 'Next question' }).click();
    for (let q = 2; q <= total; q++) {
      await student.getByRole('button', { name: /^(Skip for now|Review and submit)$/ }).click();
    }
    await student.getByRole('button', { name: 'Submit…' }).click();
    await student.getByRole('button', { name: `Submit with ${total - 1} unanswered` }).click();
    await student.getByRole('heading', { name: 'Submitted' }).waitFor();
    await student.getByText(/^Score: /).waitFor();
    await expectNoAxeViolations(student, 'results with a retry');

    await student.getByRole('button', { name: 'Start a new attempt' }).click();
    await student.getByText(`Question 1 of ${total}`).waitFor();
    expect(await student.getByRole('heading', { level: 1 }).textContent()).toContain('Sam');

    await teacher.reload();
    const rows = teacher.locator('table.data-table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await teacher.getByRole('columnheader', { name: /Certainty/ }).count()).toBe(1);
    expect(await rows.filter({ hasText: 'attempt 2' }).textContent()).toContain('In progress');
    // Sort by score, then filter to attempts still in progress.
    await teacher.getByRole('button', { name: /^Score/ }).click();
    await teacher.getByLabel('Show').selectOption('in-progress');
    await expect.poll(() => rows.count()).toBe(1);
    await expectNoAxeViolations(teacher, 'results with certainty');

    // With two attempts allowed, the analysis can count each student's first attempt only.
    await teacher.getByRole('link', { name: 'Item analysis and confusion matrix' }).click();
    await teacher.getByLabel('Count').selectOption('first');
    await teacher.getByRole('button', { name: 'Recount' }).click();
    await teacher.waitForURL(/attempts=first/);
    await teacher.getByText('From 1 submitted attempt;', { exact: false }).waitFor();
    await expectNoAxeViolations(teacher, 'analysis with a count choice');
  });
});
