import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { expectNoAxeViolations, expectNoHorizontalScroll, setupBrowser } from './support/browser';
import { hold } from './support/hold';

const { phone } = setupBrowser();

const count = async (page: Page, label: RegExp) => {
  const text = (await page.getByText(label).first().textContent()) ?? '';
  return Number(/(\d+)/.exec(text)?.[1] ?? NaN);
};

/** Answers the practice item on screen (first option, or a tick) and sees its feedback. */
async function answerOne(page: Page) {
  await page.getByRole('button', { name: 'Check answer' }).waitFor();
  const tiers = page.getByRole('group', { name: /^1\./ });
  if ((await tiers.count()) > 0) {
    await tiers.getByRole('radio').first().check();
    await page.getByRole('group', { name: /^2\./ }).getByRole('radio').first().check();
  } else {
    const first = page.locator('form fieldset').first();
    const radios = first.getByRole('radio');
    if ((await radios.count()) > 0) await radios.first().check();
    else await first.getByRole('checkbox').first().check();
  }
  const certainty = page.getByRole('group', { name: 'How sure are you?' });
  if ((await certainty.count()) > 0) {
    await certainty.getByRole('radio', { name: /^Fairly sure/ }).check();
  }
  await page.getByRole('button', { name: 'Check answer' }).click();
}

/** Answers the practice item on screen and moves on. */
async function practiseOne(page: Page) {
  await answerOne(page);
  await page.getByRole('button', { name: 'Next question' }).click();
}

describe('practice on a phone', () => {
  it('shows the first question from the index and one chunk; reads the rest once it is answered', async () => {
    // Routes see only the page's own requests, not those a service worker makes for it.
    const { page } = await phone({ serviceWorkers: 'block' });
    const served: string[] = [];
    const held: (() => Promise<void>)[] = [];
    let released = false;
    // The first chunk asked for is served; every other one waits until the question is shown.
    await page.route(/\/practice\/bank\/\d+$/, async (route) => {
      if (served.length === 0 || released) {
        served.push(route.request().url());
        await route.continue();
      } else {
        held.push(() => route.continue());
      }
    });
    await page.goto('/practice');
    await page.getByRole('button', { name: 'Check answer' }).waitFor();
    const index = z
      .looseObject({ chunks: z.number() })
      .parse(await (await page.request.get('/practice/bank')).json());
    expect(index.chunks).toBeGreaterThan(5);
    // The question came with the page; its chunk (its key) follows once the index is read.
    await expect.poll(() => served.length).toBe(1);
    // Nothing more is read while the first question has the learner's attention…
    await page.waitForTimeout(1_500);
    expect(served.length + held.length).toBe(1);
    // …once it is answered, the rest of the bank is read while the learner reads the feedback.
    await answerOne(page);
    await expect.poll(() => held.length, { timeout: 5_000 }).toBeGreaterThan(0);
    released = true;
    await Promise.all(held.map((go) => go()));
    await page.getByRole('button', { name: 'Next question' }).click();
    await practiseOne(page);
    await page.getByRole('button', { name: 'Check answer' }).waitFor();
  });

  it('shows a new learner the first question before any script runs; an early answer waits for its key', async () => {
    const { page } = await phone({ serviceWorkers: 'block' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const scripts = hold(page, /\/_next\/static\/chunks\/.+\.js$/);
    const chunks = hold(page, /\/practice\/bank\/\d+$/);
    await page.goto('/practice', { waitUntil: 'domcontentloaded' });
    // No script of the page has run: the question is the server's HTML.
    const title = page.getByRole('heading', { level: 2 }).first();
    await expect.poll(() => title.isVisible()).toBe(true);
    expect(await page.getByText('Loading your practice…').isVisible()).toBe(false);
    expect(await page.getByText(/ · a new concept$/).isVisible()).toBe(true);
    const question = await title.textContent();

    // Hydrated, but the item's chunk (its key) held back: the answer waits for it.
    await scripts.release();
    await page.locator('form fieldset').first().getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.waitForTimeout(500);
    expect(await page.getByRole('button', { name: 'Next question' }).count()).toBe(0);
    await chunks.release();
    await page.getByRole('button', { name: 'Next question' }).waitFor();
    expect(await count(page, /answered/)).toBe(1);
    expect(await title.textContent()).toBe(question);
    await expectNoAxeViolations(page, 'practice, first question answered');
    expect(errors).toEqual([]);
  });

  it('drops an answer still waiting for its key when the learner changes the scope', async () => {
    const { page } = await phone({ serviceWorkers: 'block' });
    const chunks = hold(page, /\/practice\/bank\/\d+$/);
    await page.goto('/practice');
    const first = await page.getByRole('heading', { level: 2 }).first().textContent();
    await page.locator('form fieldset').first().getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByLabel('Practise').selectOption({ label: 'Three modes only' });
    await chunks.release();
    await page.getByRole('button', { name: 'Check answer' }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).not.toBe(first);
    expect(await page.getByText(/^Three modes · /).isVisible()).toBe(true);
    await page.waitForTimeout(500);
    expect(await count(page, /answered/)).toBe(0);
    expect(await page.getByRole('button', { name: 'Next question' }).count()).toBe(0);
  });

  it('never shows the new learner’s question to a learner with saved progress', async () => {
    const { page } = await phone({ serviceWorkers: 'block' });
    await page.goto('/practice');
    const serverQuestion = await page.getByRole('heading', { level: 2 }).textContent();
    await practiseOne(page);
    await page.getByRole('button', { name: 'Check answer' }).waitFor();

    const scripts = hold(page, /\/_next\/static\/chunks\/.+\.js$/);
    await page.reload({ waitUntil: 'domcontentloaded' });
    // Before any script of the page has run, the page's inline script has hidden it.
    await page.getByText('Loading your practice…').waitFor();
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(0);
    await scripts.release();
    await page.getByRole('button', { name: 'Check answer' }).waitFor();
    expect(await count(page, /answered/)).toBe(1);
    expect(await page.getByText(/ · a new concept$/).count()).toBe(0);
    expect(await page.getByRole('heading', { level: 2 }).textContent()).not.toBe(serverQuestion);
  });

  // Regression: the index's preload hint, given by the server page, rode every prefetch of
  // /practice, so the home and concept pages (whose menus link to practice) fetched the index.
  it('fetches no part of the bank on progress, nor on pages that link to practice', async () => {
    const { page } = await phone();
    const bankRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/practice/bank')) {
        bankRequests.push(request.url());
      }
    });
    for (const path of ['/', '/concepts', '/progress']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    await page.getByRole('heading', { name: 'Mastery by concept' }).waitFor();
    expect(bankRequests).toEqual([]);
  });

  it('practises 20 items; progress and due counts survive a reload; export then import elsewhere', async () => {
    const { page } = await phone();
    await page.goto('/practice');
    await expectNoAxeViolations(page, 'practice');
    await expectNoHorizontalScroll(page);
    for (let i = 0; i < 20; i++) await practiseOne(page);
    await expect.poll(() => count(page, /answered$/)).toBe(20);
    const due = await count(page, /due today$/);
    expect(due).toBeGreaterThan(0);

    await page.reload();
    await expect.poll(() => count(page, /answered$/)).toBe(20);
    expect(await count(page, /due today$/)).toBe(due);

    await page.getByRole('link', { name: 'Your progress' }).first().click();
    await page.getByRole('heading', { name: 'Mastery by concept' }).waitFor();
    await expect.poll(() => count(page, /answers$/)).toBe(20);
    await expectNoAxeViolations(page, 'progress');
    await expectNoHorizontalScroll(page);
    expect(
      await page.getByRole('table', { name: /right answer \(rows\)/ }).count(),
    ).toBeGreaterThan(0);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress' }).click();
    const file = join(tmpdir(), `attache-progress-${Date.now()}.json`);
    await (await download).saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).state.history).toHaveLength(20);

    // A fresh browser profile: nothing yet; a bad file changes nothing; the export restores all.
    const { page: other } = await phone();
    await other.goto('/progress');
    await other.getByRole('heading', { name: 'Mastery by concept' }).waitFor();
    expect(await count(other, /answers$/)).toBe(0);
    const bad = join(tmpdir(), `attache-bad-${Date.now()}.json`);
    writeFileSync(
      bad,
      '{"app":"attache","kind":"practice-progress","version":1,"exportedAt":"x","state":{"cards":5}}',
    );
    await other.getByLabel('Import progress').setInputFiles(bad);
    await expect.poll(() => other.getByText(/damaged.*Nothing was changed/).count()).toBe(1);
    expect(await count(other, /answers$/)).toBe(0);
    await other.getByLabel('Import progress').setInputFiles(file);
    await expect.poll(() => count(other, /answers$/)).toBe(20);
    await other.goto('/');
    await expect.poll(() => count(other, /due today$/)).toBe(due);
  });

  it('keeps practising offline after the first visit, and comes back online', async () => {
    const { context, page } = await phone();
    await page.goto('/practice');
    await page.getByRole('button', { name: 'Check answer' }).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    await practiseOne(page);
    // The worker keeps the index and every chunk once it is in control.
    const chunks = z
      .looseObject({ chunks: z.number() })
      .parse(await (await page.request.get('/practice/bank')).json()).chunks;
    await expect
      .poll(
        () => page.evaluate(async () => (await (await caches.open('practice-bank')).keys()).length),
        { timeout: 20_000 },
      )
      .toBe(chunks + 1);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Check answer' }).waitFor();
    await expect.poll(() => page.getByText(/^Offline:/).count()).toBe(1);
    await expect.poll(() => count(page, /answered$/)).toBe(1);
    await practiseOne(page);
    await practiseOne(page);
    await expect.poll(() => count(page, /answered$/)).toBe(3);
    await expectNoAxeViolations(page, 'practice offline');

    await context.setOffline(false);
    await expect.poll(() => page.getByText(/^Offline:/).count()).toBe(0);
    await page.goto('/progress');
    await expect.poll(() => count(page, /answers$/)).toBe(3);
    // The desired retention is the learner's to set, and it is kept.
    await page.getByLabel('Aim to remember').selectOption('0.95');
    await page.reload();
    await expect.poll(() => page.getByLabel('Aim to remember').inputValue()).toBe('0.95');
  });
});
