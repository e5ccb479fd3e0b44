/** The LMS export routes on a throw-away SQLite file: who may download, in which format, and what. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'gift-pegjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as interchange from '@/app/api/assignments/[id]/interchange/route';
import * as setInterchange from '@/app/api/sets/[id]/interchange/route';
import { closeDb } from '@/server/db';
import { Browser, params } from './support/http';
import { newAssignment, signedUpInstructor } from './support/classroom';
import { PAJTINKA_ITEMS } from './support/factories';

let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'attache-interchange-'));
  process.env.DATA_DIR = dataDir;
  process.env.TRUST_PROXY = '1';
  delete process.env.DATABASE_URL;
});
afterAll(async () => {
  delete process.env.TRUST_PROXY;
  await closeDb();
  rmSync(dataDir, { recursive: true, force: true });
});

function download(browser: Browser, id: string, query: string) {
  return browser.send(
    interchange.GET,
    { method: 'GET', path: `/api/assignments/${id}/interchange${query}` },
    params({ id }),
  );
}

const ITEM_COUNT = PAJTINKA_ITEMS.source === 'picked' ? PAJTINKA_ITEMS.items.length : 0;

describe('GET /api/assignments/[id]/interchange', () => {
  it("gives the owner the assignment's items as Moodle XML, privately and as a download", async () => {
    const a = await signedUpInstructor();
    const { id, joinCode } = await newAssignment(a);
    const response = await download(a, id, '?format=moodle');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="attache-${joinCode}.moodle.xml"`,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const text = await response.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const { quiz } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
      text,
    ) as { quiz: { question: { '@type': string }[] } };
    expect(quiz.question.filter((q) => q['@type'] === 'multichoice')).toHaveLength(ITEM_COUNT);
  });

  it('gives GIFT as text that gift-pegjs reads, one question per item', async () => {
    const a = await signedUpInstructor();
    const { id } = await newAssignment(a);
    const response = await download(a, id, '?format=gift');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('x-skipped')).toBe('0');
    const questions = parse(await response.text());
    expect(questions.filter((q) => q.type === 'MC')).toHaveLength(ITEM_COUNT);
  });

  it('gives QTI as a zip whose manifest lists each item file', async () => {
    const a = await signedUpInstructor();
    const { id, joinCode } = await newAssignment(a);
    const response = await download(a, id, '?format=qti');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="attache-${joinCode}.qti.zip"`,
    );
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const names = Object.keys(files);
    expect(names[0]).toBe('imsmanifest.xml');
    const itemFiles = names.filter((n) => n.startsWith('items/'));
    expect(itemFiles).toHaveLength(ITEM_COUNT);
    const manifest = strFromU8(files['imsmanifest.xml']!);
    for (const name of names) {
      expect(XMLValidator.validate(strFromU8(files[name]!)), name).toBe(true);
      if (name !== 'imsmanifest.xml') expect(manifest).toContain(`href="${name}"`);
    }
  });

  it("answers 404 for another instructor's assignment, as for one that does not exist", async () => {
    const a = await signedUpInstructor();
    const b = await signedUpInstructor();
    const { id } = await newAssignment(a);
    const response = await download(b, id, '?format=moodle');
    expect(response.status).toBe(404);
    expect(await download(b, 'x'.repeat(22), '?format=moodle')).toHaveProperty('status', 404);
  });

  it('answers 401 when nobody is signed in', async () => {
    const a = await signedUpInstructor();
    const { id } = await newAssignment(a);
    expect((await download(new Browser(), id, '?format=gift')).status).toBe(401);
  });

  it('answers 400 naming the format when it is missing or not one we write', async () => {
    const a = await signedUpInstructor();
    const { id } = await newAssignment(a);
    const wrong = await download(a, id, '?format=docx');
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: string }).error).toContain('format');
    expect((await download(a, id, '')).status).toBe(400);
  });
});

describe('GET /api/sets/[id]/interchange', () => {
  function setDownload(browser: Browser, id: string, query: string) {
    return browser.send(
      setInterchange.GET,
      { method: 'GET', path: `/api/sets/${id}/interchange${query}` },
      params({ id }),
    );
  }

  it("gives a signed-in instructor a curated set's items, boards and odd ones out included", async () => {
    const a = await signedUpInstructor();
    const response = await setDownload(a, 'five-functions', '?format=moodle');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="attache-set-five-functions.moodle.xml"',
    );
    const text = await response.text();
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain('<question type="matching">');
  });

  it('answers 401 signed out, 404 for an unknown set and 400 for a bad format', async () => {
    const a = await signedUpInstructor();
    expect((await setDownload(new Browser(), 'five-functions', '?format=qti')).status).toBe(401);
    expect((await setDownload(a, 'no-such-set', '?format=qti')).status).toBe(404);
    expect((await setDownload(a, 'Not A Set!', '?format=qti')).status).toBe(404);
    expect((await setDownload(a, 'five-functions', '?format=pdf')).status).toBe(400);
  });
});
