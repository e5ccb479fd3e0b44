import type { Page } from 'playwright-core';

export const verdict = (page: Page) =>
  page.locator('section[aria-labelledby$="-feedback"] h2').first();

/** The kind label shown next to "Question n of m". */
export async function currentKind(page: Page, q: number, total: number): Promise<string> {
  const progress = page.getByText(new RegExp(`^Question ${q} of ${total}`));
  await progress.waitFor();
  return (await progress.textContent())!.split('·')[1]!.trim();
}

/**
 * Answers whatever item is on screen by tapping/clicking, picking option `pick` where there is
 * a choice, and returns the verdict heading. Certainty "Fairly sure" when asked.
 */
export async function answerAny(page: Page, q: number, total: number, pick = 0): Promise<string> {
  await fillAny(page, q, total, pick);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await verdict(page).waitFor();
  return (await verdict(page).textContent()) ?? '';
}

/** The same with feedback deferred: the answer is saved and the page says so, nothing more. */
export async function saveAny(page: Page, q: number, total: number, pick = 0): Promise<void> {
  await fillAny(page, q, total, pick);
  await page.getByRole('button', { name: 'Save answer' }).click();
  await page.getByText('Answer recorded.', { exact: false }).waitFor();
}

/** Puts together an answer to whatever item is on screen, without sending it. */
async function fillAny(page: Page, q: number, total: number, pick: number): Promise<void> {
  const kind = await currentKind(page, q, total);
  if (kind === 'Sort') {
    await page.getByRole('heading', { name: /^To place/ }).waitFor();
    const cards = page.locator('[data-zone="tray"] [aria-roledescription="card to sort"]');
    while ((await cards.count()) > 0) {
      await cards.first().click();
      await page
        .locator('button[aria-label^="Place here in"]')
        .nth(pick % 5)
        .click();
    }
    for (const group of await page.getByRole('group', { name: 'How sure?' }).all()) {
      await group.getByRole('radio', { name: /^Fairly sure/ }).check();
    }
  } else if (kind === 'Every one that applies') {
    await page
      .getByRole('checkbox')
      .nth(pick % 2)
      .check();
  } else if (kind === 'Answer and reason') {
    await page
      .getByRole('group', { name: /^1\./ })
      .getByRole('radio')
      .nth(pick % 3)
      .check();
    await page
      .getByRole('group', { name: /^2\./ })
      .getByRole('radio')
      .nth(pick % 3)
      .check();
  } else {
    const options = page.locator('form fieldset').first().getByRole('radio');
    await options.nth(pick % (await options.count())).check();
  }
  const certainty = page.getByRole('group', { name: 'How sure are you?' });
  if ((await certainty.count()) > 0) {
    await certainty.getByRole('radio', { name: /^Fairly sure/ }).check();
  }
}
