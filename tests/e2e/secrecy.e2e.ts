/**
 * An instructor's marks mean something only if students cannot look the answers up. A graded
 * assignment (feedback after close, drawn from the held-back pool) is taken in Chromium with
 * the service worker on; every response the browser receives, from the pages and from the
 * worker (Playwright reads Chromium's CDP Network events of every target in the context), is
 * searched for the attempt's keys, explanations, "why not" texts and bank ids.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Response as PageResponse } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateItems } from '@/lib/bank/generate';
import { loadBank } from '@/lib/bank/load';
import { heldBackBank, publicBank } from '@/lib/bank/pools';
import { readBankFiles } from '@/lib/bank/read-files';
import { scenariosOf } from '@/lib/items/registry';
import { itemSchema, type Item } from '@/lib/items/schema';
import * as z from 'zod/mini';
import { createAssignment, signUpInstructor } from '../../scripts/classroom';
import { saveAny } from './support/answer';
import { setupBrowser } from './support/browser';

const { phone, baseURL } = setupBrowser();

/** Every text of an item a student must not see before feedback is released. */
function secretsOf(item: Item): string[] {
  const texts: string[] = [];
  const collect = (value: unknown, key?: string) => {
    if (typeof value === 'string') {
      if (key !== 'full' && key !== 'text' && value.length >= 30) texts.push(value.slice(0, 60));
    } else if (Array.isArray(value)) value.forEach((v) => collect(v));
    else if (value && typeof value === 'object') {
      Object.entries(value).forEach(([k, v]) => collect(v, k));
    }
  };
  collect(item.teaching);
  return texts;
}

/** Texts the public bank shows anyway (generic reason notes, stock phrases): not secrets. */
function publicTexts(): Set<string> {
  const loaded = loadBank(readBankFiles(join(process.cwd(), 'questions')));
  if (!loaded.ok) throw new Error('the bank does not load');
  return new Set(generateItems(publicBank(loaded.bank)).flatMap(secretsOf));
}

const assignmentSchema = z.looseObject({
  assignment: z.looseObject({ items: z.array(itemSchema) }),
});

describe('a graded assignment keeps its keys', () => {
  it('sends no key, teaching text or bank id to the browser before close, service worker on', async () => {
    const instructor = await signUpInstructor(baseURL, 'Secrecy');
    const { id, joinCode } = await createAssignment(baseURL, instructor, {
      title: 'Graded: the three modes',
      items: {
        source: 'filters',
        frameworks: ['modes', 'pajtinka'],
        categories: [],
        difficulties: [],
        kinds: [],
        pool: 'held-back',
        from: ['bank'],
        count: 8,
        seed: 'secret01',
      },
      settings: { feedback: 'after-close', shuffleOptions: true },
    });
    const owner = await fetch(`${baseURL}/api/assignments/${id}`, {
      headers: { cookie: instructor.cookie },
    });
    const { items } = assignmentSchema.parse(await owner.json()).assignment;
    expect(items.length).toBe(8);
    expect(items.some((i) => i.kind === 'sort')).toBe(true);
    const shared = publicTexts();
    const secrets = items.flatMap(secretsOf).filter((text) => !shared.has(text));
    expect(secrets.length).toBeGreaterThan(20);
    const bankIds = items.flatMap((i) => [i.id, ...scenariosOf(i).map((s) => s.id)]);

    const { page, context } = await phone({ serviceWorkers: 'allow' });
    const bodies: { url: string; body: string; fromWorker: boolean }[] = [];
    const headersOf = new Map<string, Record<string, string>>();
    const keep = async (response: PageResponse) => {
      const body = await response.text().catch(() => '');
      const url = response.url();
      bodies.push({ url, body, fromWorker: response.request().serviceWorker() !== null });
      headersOf.set(new URL(url).pathname, response.headers());
    };
    context.on('response', keep);

    // A student who practised on this device earlier: the worker is installed and in control.
    await page.goto('/practice');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);

    await page.goto('/join');
    await page.getByLabel('Join code').fill(joinCode);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Your name').fill('Sam');
    await page.getByRole('button', { name: 'Start' }).click();
    for (let q = 1; q <= items.length; q++) {
      await saveAny(page, q, items.length);
      await page.getByText('✓ All answers saved').waitFor();
      await page.getByRole('button', { name: /^(Next question|Review and submit)$/ }).click();
    }
    await page.reload();
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page.getByRole('heading', { name: 'Submitted' }).waitFor();
    context.off('response', keep);

    expect(bodies.filter((b) => b.fromWorker).length).toBeGreaterThan(0);
    expect(bodies.filter((b) => new URL(b.url).pathname.startsWith('/api/a/')).length).toBe(
      items.length + 1,
    );
    const leaks = bodies.flatMap(({ url, body }) => [
      ...secrets.filter((s) => body.includes(s)).map((s) => `${url}: "${s}"`),
      ...bankIds.filter((bankId) => body.includes(`"${bankId}"`)).map((i) => `${url}: ${i}`),
      // The practice chunks are the public bank, keys and all; no other response has a key.
      ...(/"(answerKey|teaching)"/.test(body) && !/\/practice\/bank\/\d+$/.test(url)
        ? [`${url}: a key field`]
        : []),
    ]);
    expect(leaks).toEqual([]);
    expect(bodies.some((b) => /\/practice\/bank\/\d+$/.test(b.url))).toBe(true);

    // The attempt page is never cached and cannot be framed.
    const pageHeaders = headersOf.get(`/a/${joinCode}`);
    expect(pageHeaders?.['cache-control']).toContain('no-store');
    expect(pageHeaders?.['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(pageHeaders?.['x-content-type-options']).toBe('nosniff');

    // Once the assignment closes, the same page shows the explanations.
    await fetch(`${baseURL}/api/assignments/${id}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: instructor.cookie,
        'x-csrf-token': instructor.csrfToken,
      },
      body: JSON.stringify({ action: 'close' }),
    });
    await page.reload();
    await page.getByText(/^Score: /).waitFor();
    const released = await page.content();
    expect(secrets.some((s) => released.includes(s.slice(0, 30)))).toBe(true);
  });

  it('keeps held-back scenarios out of every file the build serves', () => {
    const loaded = loadBank(readBankFiles(join(process.cwd(), 'questions')));
    if (!loaded.ok) throw new Error('the bank does not load');
    const held = heldBackBank(loaded.bank);
    const shared = publicTexts();
    const markers = [
      ...held.scenarios.flatMap((s) => [`"${s.id}"`, s.title, s.text.slice(0, 60)]),
      ...generateItems(held).flatMap(secretsOf),
    ].filter((marker) => !shared.has(marker));
    const files = [join('.next', 'static'), join('.next', 'server', 'app'), 'public'].flatMap(
      (dir) => filesUnder(join(process.cwd(), dir)),
    );
    const served = files.filter((f) =>
      /\.(js|json|html|rsc|body|meta|txt|css|webmanifest)$/.test(f),
    );
    expect(served.length).toBeGreaterThan(20);
    const found = served.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return markers.filter((m) => text.includes(m)).map((m) => `${file}: ${m.slice(0, 40)}`);
    });
    expect(found).toEqual([]);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
