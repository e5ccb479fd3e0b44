/**
 * Attaché inside an LMS, in Chromium at 360×800 against the test platform (tests/support): an
 * instructor registers the tool by Dynamic Registration, an LMS instructor deep-links a set,
 * two learners launch straight into their attempts and hand in, and each grade reaches the
 * gradebook exactly once although it failed twice first. Then a framed launch and a refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestPlatform, type Tamper } from '../support/lti-platform';
import { answerAny } from './support/answer';
import { expectNoAxeViolations, expectNoHorizontalScroll, setupBrowser } from './support/browser';
import { checkLayout, PHONES_AND_DESKTOP } from './support/layout';

const { phone } = setupBrowser();

describe('Attaché from an LMS', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await TestPlatform.start();
  });
  afterAll(async () => {
    await platform.stop();
  });

  it('registers, deep-links a set, launches two learners and sends each grade once', async () => {
    const { page: admin } = await phone();
    await admin.goto('/instructor/sign-up');
    await admin.getByLabel('Your name').fill('Ada');
    await admin.getByLabel('E-mail address').fill(`ada-lti-${Date.now()}@example.edu`);
    await admin.getByLabel('Password').fill('correct horse battery staple');
    await admin.getByRole('button', { name: 'Create account' }).click();
    await admin.getByRole('link', { name: 'Use it from your LMS' }).click();
    await admin.getByRole('heading', { name: 'Use it from your LMS', level: 1 }).waitFor();
    await admin.getByRole('button', { name: 'Make a registration link' }).click();
    const link = await admin.getByLabel(/^Registration link/).inputValue();
    expect(link).toMatch(/\/lti\/register\?t=[\w-]+$/);
    await expectNoAxeViolations(admin, 'LMS page');
    await expectNoHorizontalScroll(admin);

    // The LMS opens the link with its configuration: the tool registers itself there.
    await admin.goto(platform.registerUrl(link));
    await admin.getByRole('heading', { name: 'Attaché is registered' }).waitFor();
    await expectNoAxeViolations(admin, 'registration done');
    expect(platform.tool?.launchUrl).toMatch(/\/lti\/launch$/);
    await admin.goto('/instructor/lti');
    await admin.getByText(`client ${platform.clientId}`, { exact: false }).waitFor();

    // An LMS instructor adds an activity ("Select content"): a curated set.
    const { page: teacher } = await phone();
    await teacher.goto(platform.launchUrl('teacher-1', { deepLink: true }));
    await teacher.getByRole('heading', { name: 'Add an activity to your LMS' }).waitFor();
    await expectNoAxeViolations(teacher, 'deep-linking choice');
    await checkLayout(teacher, 'deep-linking choice', { widths: PHONES_AND_DESKTOP });
    await teacher.getByRole('radio', { name: /^Pajtinka's five functions/ }).check();
    await teacher.getByRole('button', { name: 'Add to the LMS' }).click();
    await teacher.getByRole('heading', { name: 'Added to the course' }).waitFor();
    expect(platform.links.map((l) => l.title)).toEqual(["Pajtinka's five functions"]);
    const resourceLink = platform.links[0]!.id;

    // The gradebook is down for the first two scores.
    platform.failNextScores = 2;
    for (const [userId, name] of [
      ['learner-1', 'Ana Learner'],
      ['learner-2', 'Ben Learner'],
    ] as const) {
      const { page: student } = await phone();
      await student.goto(platform.launchUrl(userId, { link: resourceLink }));
      // Straight into the attempt: no join code, no name to type.
      const progress = await student.getByText(/^Question 1 of \d+/).textContent();
      const total = Number(/of (\d+)/.exec(progress!)![1]);
      expect(await student.getByRole('heading', { level: 1 }).textContent()).toContain(name);
      await expectNoAxeViolations(student, `attempt of ${name}`);
      await answerAny(student, 1, total);
      await student.getByText('✓ All answers saved').waitFor();
      await student.getByRole('button', { name: 'Next question' }).click();
      for (let q = 2; q <= total; q++) {
        await student.getByText(new RegExp(`^Question ${q} of ${total}`)).waitFor();
        await student.getByRole('button', { name: /^(Skip for now|Review and submit)$/ }).click();
      }
      await student.getByRole('heading', { name: 'Review and submit' }).waitFor();
      await student
        .getByRole('button', { name: 'Submit…' })
        .click()
        .catch(async (error: unknown) => {
          await student.screenshot({ path: '/tmp/lti-submit.png', fullPage: true });
          throw error;
        });
      await student.getByRole('button', { name: `Submit with ${total - 1} unanswered` }).click();
      await student.getByRole('heading', { name: 'Submitted' }).waitFor();
    }

    // Both grades arrive once each, after the two failures, and no more come later.
    await expect.poll(() => platform.scores.length, { timeout: 30_000 }).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect(platform.failedScorePosts).toBe(2);
    expect(platform.scores.map((s) => s.userId).sort()).toEqual(['learner-1', 'learner-2']);
    for (const score of platform.scores) {
      expect(score).toMatchObject({
        activityProgress: 'Completed',
        gradingProgress: 'FullyGraded',
      });
      expect(score.scoreMaximum).toBeGreaterThan(0);
    }

    // The LMS instructor opens the activity: its results, with the gradebook and who is missing.
    await teacher.goto(platform.launchUrl('teacher-1', { link: resourceLink }));
    const gradebook = teacher.getByRole('region', { name: 'LMS gradebook' });
    await gradebook.waitFor();
    await expect.poll(() => gradebook.getByText(/^Sent /).count()).toBe(2);
    await gradebook.getByRole('heading', { name: 'Not started (1 of 3)' }).waitFor();
    await gradebook.getByText('Cleo Absent').waitFor();
    await expectNoAxeViolations(teacher, 'results with the LMS gradebook');
    await checkLayout(teacher, 'results with the LMS gradebook', { widths: PHONES_AND_DESKTOP });
  });

  it('opens from the LMS’s frame in a window of its own', async () => {
    const resourceLink = platform.links[0]!.id;
    const { context, page: course } = await phone();
    const src = platform.launchUrl('learner-3', { link: resourceLink });
    await course.goto(`${platform.base}/frame?src=${encodeURIComponent(src)}`);
    const frame = course.frameLocator('iframe[title="Attaché activity"]');
    const open = frame.getByRole('link', { name: 'Open Attaché in a new window' });
    await open.waitFor();
    const [student] = await Promise.all([context.waitForEvent('page'), open.click()]);
    await student.getByText(/^Question 1 of \d+/).waitFor();
    expect(await student.getByRole('heading', { level: 1 }).textContent()).toContain('Cleo Absent');
  });

  it('checks a frame’s launch in the LMS’s storage when the frame gets no cookie', async () => {
    const resourceLink = platform.links[0]!.id;
    const { context, page: course } = await phone();
    // A browser that blocks third-party cookies sends none with the frame's launch.
    await context.route('**/lti/launch', async (route) => {
      const headers = { ...route.request().headers() };
      delete headers.cookie;
      await route.continue({ headers });
    });
    const src = platform.launchUrl('learner-3', { link: resourceLink }, 'none', { storage: true });
    await course.goto(`${platform.base}/frame?src=${encodeURIComponent(src)}`);
    const frame = course.frameLocator('iframe[title="Attaché activity"]');
    const open = frame.getByRole('link', { name: 'Open Attaché in a new window' });
    await open.waitFor();
    // The state was found in the LMS's storage: the launch went on (no "could not vouch").
    expect(await frame.getByText('could not vouch').count()).toBe(0);
    const [student] = await Promise.all([context.waitForEvent('page'), open.click()]);
    await student.getByText(/^Question 1 of \d+/).waitFor();
    expect(await student.getByRole('heading', { level: 1 }).textContent()).toContain('Cleo Absent');
  });

  it('refuses spoiled and replayed launches on pages that say why, and takes a rotated key', async () => {
    const link = { link: platform.links[0]!.id };
    const { page } = await phone();
    const launch = async (url: string) => {
      const launched = page.waitForResponse((r) => r.url().endsWith('/lti/launch'));
      await page.goto(url);
      return launched;
    };
    const cases: [Tamper, number, string][] = [
      ['signature', 401, 'The launch’s signature is not valid.'],
      ['unknown-kid', 401, 'unknown key id'],
      ['audience', 401, 'meant for another tool'],
      ['expired', 401, 'The launch token has expired.'],
      ['deployment', 403, 'is not registered for this LMS'],
    ];
    for (const [tamper, status, message] of cases) {
      const response = await launch(platform.launchUrl('learner-1', link, tamper));
      await page.getByRole('heading', { name: 'Attaché could not open this activity' }).waitFor();
      await page.getByText(message, { exact: false }).waitFor();
      expect(response.status(), tamper).toBe(status);
      if (tamper === 'signature') {
        await expectNoAxeViolations(page, 'refused launch');
        await checkLayout(page, 'refused launch');
      }
    }

    // The platform publishes its new key: after the tool's short cool-down it is fetched and taken.
    platform.publishSecondKey();
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await page.goto(platform.launchUrl('learner-3', link));
    await page.getByText(/^Question \d+ of \d+/).waitFor();

    // The same id_token and state posted again (a replayed nonce) are refused.
    const replayed = await launch(`${platform.base}/replay`);
    expect(replayed.status()).toBe(401);
    await page.getByText('used already', { exact: false }).waitFor();
  });
});
